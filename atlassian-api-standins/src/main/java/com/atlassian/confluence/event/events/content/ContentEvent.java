package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.event.events.ConfluenceEvent;

/**
 * Stand-in for content events.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc ({@code boolean isSuppressNotifications()}).
 */
public abstract class ContentEvent extends ConfluenceEvent {
    private final boolean suppressNotifications;

    protected ContentEvent(Object source, boolean suppressNotifications) {
        super(source);
        this.suppressNotifications = suppressNotifications;
    }

    public boolean isSuppressNotifications() { return suppressNotifications; }
}
