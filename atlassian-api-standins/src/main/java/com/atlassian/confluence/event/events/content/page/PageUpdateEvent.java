package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;

/**
 * Stand-in: published when a page is saved again. {@code AbstractPage getOriginalPage()} (nullable),
 * {@code boolean isMinorEdit()}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc. Constructor {@code (Object source, Page page, AbstractPage originalPage, boolean suppressNotifications)}.
 */
public class PageUpdateEvent extends PageEvent {
    private final AbstractPage originalPage;

    public PageUpdateEvent(Object source, Page page, AbstractPage originalPage, boolean suppressNotifications) {
        super(source, page, suppressNotifications);
        this.originalPage = originalPage;
    }

    public AbstractPage getOriginalPage() { return originalPage; }

    public boolean isMinorEdit() { return false; }
}
