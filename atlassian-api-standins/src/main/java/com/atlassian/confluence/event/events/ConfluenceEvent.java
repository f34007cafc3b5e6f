package com.atlassian.confluence.event.events;

import java.io.Serializable;

/**
 * Stand-in for the root of Confluence's events (in 8.7.2 it extends com.atlassian.event.Event, which no
 * caller needs).
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public abstract class ConfluenceEvent implements Serializable {
    private final transient Object source;

    protected ConfluenceEvent(Object source) { this.source = source; }

    public Object getSource() { return source; }
}
