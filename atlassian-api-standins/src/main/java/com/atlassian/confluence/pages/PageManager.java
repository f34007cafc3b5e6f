package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;
import com.atlassian.confluence.spaces.Space;
import java.util.List;

/**
 * Stand-in for Confluence's page manager.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc (PageManager extends ContentEntityManager; {@code List<Page> getPages(Space, boolean currentOnly)}).
 */
public interface PageManager extends ContentEntityManager {
    List<Page> getPages(Space space, boolean currentOnly);
}
