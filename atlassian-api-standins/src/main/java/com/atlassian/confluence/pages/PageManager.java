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

    /**
     * The space's blog posts (only the current ones when {@code currentOnly}), the blog counterpart of
     * {@link #getPages(Space, boolean)}. Signature source: {@code public @NonNull List<BlogPost> getBlogPosts(Space var1,
     * boolean var2)} in the Confluence 8.7.2 decompile (commit e0c88ec5, {@code pages/PageManager.java}); documented as
     * {@code getBlogPosts(Space space, boolean currentOnly)} in the PageManager javadoc since 2.5 (docs.atlassian.com,
     * 2.5 to 6.6 seen). The 9.2.4 PageManager javadoc (docs.atlassian.com/ConfluenceServer/javadoc/9.2.4) still lists the
     * blog-post methods ({@code getBlogPost}, {@code findNextBlogPost}, …) without deprecating them; this exact method
     * was not seen in a 10.x page, so it is one of the details "not verified against a real Confluence" (README).
     */
    List<BlogPost> getBlogPosts(Space space, boolean currentOnly);

    /**
     * The current page of this title in the space, or null when there is none. Signature source: {@code Page
     * getPage(String spaceKey, String pageTitle)} of {@code PageManager} in the Confluence 8.7.2 decompile (GitHub
     * ngannk-fptu/Decompiled-Files, commit e0c88ec5); Confluence's own create-content plugin 18.7.17 calls it to refuse a
     * blueprint page whose title is taken ({@code DefaultContentBlueprintService.validatePageTitleIsUnique}:
     * {@code pageManager.getPage(space.getKey(), title) != null}). Listed on PageManager in the 9.x javadoc.
     */
    Page getPage(String spaceKey, String pageTitle);
}
