package com.atlassian.confluence.core;

import com.atlassian.core.bean.EntityObject;

/**
 * Stand-in for Confluence content (pages, blog posts, comments). In Confluence the chain is
 * ContentEntityObject → AbstractLabelableEntityObject → … → EntityObject; the intermediate classes add
 * nothing Meeting Memo calls, so this stand-in extends EntityObject directly (members resolve up the
 * runtime hierarchy either way).
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public abstract class ContentEntityObject extends EntityObject {
    private String title;
    private String bodyAsString;

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    /** The body in storage format (XHTML). */
    public String getBodyAsString() { return bodyAsString; }

    public void setBodyAsString(String body) { this.bodyAsString = body; }

    public String getIdAsString() { return String.valueOf(getId()); }

    public abstract String getType();

    /** Context-relative view URL, e.g. {@code /pages/viewpage.action?pageId=123}. */
    public abstract String getUrlPath();

    public boolean isDeleted() { return false; }
}
