package io.meetingmemo.preview.platform;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events synchronously on the publishing thread to every {@code @EventListener} method whose
 * parameter type accepts the event, as atlassian-event does for non-async listeners. A failing
 * listener is logged and never fails the publisher (a page save goes on).
 */
public final class HostEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HostEventPublisher.class);

    private record Listener(Object target, Method method, Class<?> eventType) {}

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        for (Listener l : listeners) {
            if (!l.eventType.isInstance(event)) continue;
            try {
                l.method.invoke(l.target, event);
            } catch (InvocationTargetException e) {
                LOG.error("Listener {} failed on {}", l.method, event.getClass().getSimpleName(), e.getCause());
            } catch (IllegalAccessException e) {
                LOG.error("Listener {} is not accessible", l.method, e);
            }
        }
    }

    @Override
    public void register(Object listener) {
        for (Method m : listener.getClass().getMethods()) {
            if (m.isAnnotationPresent(EventListener.class) && m.getParameterCount() == 1) {
                listeners.add(new Listener(listener, m, m.getParameterTypes()[0]));
            }
        }
    }

    @Override
    public void unregister(Object listener) { listeners.removeIf(l -> l.target == listener); }
}
