package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Stand-in: published when a page was removed for good (purged from the trash). Constructor {@code (PageRemoveEvent)(Object source, Page page)}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public class PageRemoveEvent extends PageEvent {
    public PageRemoveEvent(Object source, Page page) { super(source, page, false); }
}
