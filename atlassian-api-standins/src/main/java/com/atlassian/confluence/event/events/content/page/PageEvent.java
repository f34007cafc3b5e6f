package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;

/**
 * Stand-in for page events: {@code Page getPage()} (non-null) and {@code ContentEntityObject getContent()}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public abstract class PageEvent extends ContentEvent {
    private final Page page;

    protected PageEvent(Object source, Page page, boolean suppressNotifications) {
        super(source, suppressNotifications);
        this.page = page;
    }

    public Page getPage() { return page; }

    public ContentEntityObject getContent() { return page; }
}
