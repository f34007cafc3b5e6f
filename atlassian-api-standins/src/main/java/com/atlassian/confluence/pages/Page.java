package com.atlassian.confluence.pages;

/**
 * Stand-in for a Confluence page. Content type "page"; view URL {@code /pages/viewpage.action?pageId=N}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public class Page extends AbstractPage {
    public static final String CONTENT_TYPE = "page";

    @Override public String getType() { return CONTENT_TYPE; }

    @Override public String getUrlPath() { return "/pages/viewpage.action?pageId=" + getId(); }
}
