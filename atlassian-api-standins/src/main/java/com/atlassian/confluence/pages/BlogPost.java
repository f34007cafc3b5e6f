package com.atlassian.confluence.pages;

/**
 * Stand-in for a Confluence blog post. Content type "blogpost"; its id-based view URL is
 * {@code /pages/viewpage.action?pageId=N}, the URL Confluence's legacy links use for every blog post (a page
 * may get a {@code /display/SPACE/Title} URL instead, a blog post never does).
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5,
 * {@code com/atlassian/confluence/pages/BlogPost.java}: {@code public class BlogPost extends AbstractPage},
 * {@code CONTENT_TYPE = "blogpost"}; {@code AbstractPage.toLegacyPageUrl()} for the URL); the class and its use
 * as {@code PageManager}'s blog type are listed in the Confluence 9.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc
 * (9.1.2 {@code pages/class-use/BlogPost.html}, 9.2.4 {@code pages/PageManager.html}).
 */
public class BlogPost extends AbstractPage {
    public static final String CONTENT_TYPE = "blogpost";

    @Override public String getType() { return CONTENT_TYPE; }

    @Override public String getUrlPath() { return "/pages/viewpage.action?pageId=" + getId(); }
}
