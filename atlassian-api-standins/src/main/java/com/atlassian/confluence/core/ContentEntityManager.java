package com.atlassian.confluence.core;

/**
 * Stand-in for Confluence's content manager. {@code getById} is the non-deprecated lookup that
 * confluence-platform.md §2.5 recommends over {@code PageManager.getPage(long)}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public interface ContentEntityManager {
    /** @return the content, or null when there is none with that id */
    ContentEntityObject getById(long id);
}
