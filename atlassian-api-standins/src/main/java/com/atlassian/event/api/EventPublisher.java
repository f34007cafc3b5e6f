package com.atlassian.event.api;

/**
 * Stand-in for the event bus: register listener objects, publish events.
 * <p>Signature source: atlassian-event 5.0.2 in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files,
 * commit e0c88ec5): EventPublisher extends EventListenerRegistrar {register, unregister, unregisterAll}.
 */
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
