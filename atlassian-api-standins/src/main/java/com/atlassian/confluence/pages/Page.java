package com.atlassian.confluence.pages;

/**
 * Stand-in for a Confluence page. Content type "page"; view URL {@code /pages/viewpage.action?pageId=N}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public class Page extends AbstractPage {
    public static final String CONTENT_TYPE = "page";

    @Override public String getType() { return CONTENT_TYPE; }

    @Override public String getUrlPath() { return "/pages/viewpage.action?pageId=" + getId(); }

    private Page parent;

    /**
     * The page's parent page, or null for a page at the top of its space (a space's home page, or a page created
     * without a parent). Signature source: {@code public Page getParent()} of {@code com.atlassian.confluence.pages.Page}
     * in the Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5,
     * {@code com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/Page.java}, called there by
     * {@code severParentChildRelationships()} as {@code this.getParent().removeChild(this)}); listed on {@code Page} in
     * the Confluence 9.x javadoc. A 10.x javadoc page of it was not at hand.
     */
    public Page getParent() { return parent; }

    /** For hosts that build pages (the real one is set by Confluence's persistence, {@code setParentPage}); not called by the app. */
    public void setParent(Page parent) { this.parent = parent; }
}
