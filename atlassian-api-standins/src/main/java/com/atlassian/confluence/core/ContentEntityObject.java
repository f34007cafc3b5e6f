package com.atlassian.confluence.core;

import com.atlassian.core.bean.EntityObject;

/**
 * Stand-in for Confluence content (pages, blog posts, comments). In Confluence the chain is
 * ContentEntityObject → AbstractLabelableEntityObject → … → EntityObject; the intermediate classes add
 * nothing Meeting Memo calls, so this stand-in extends EntityObject directly (members resolve up the
 * runtime hierarchy either way), except {@link #getVersion()}, declared here for the same reason.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public abstract class ContentEntityObject extends EntityObject {
    private String title;
    private String bodyAsString;
    private int version = 1;
    private String versionComment;

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    /** The body in storage format (XHTML). */
    public String getBodyAsString() { return bodyAsString; }

    public void setBodyAsString(String body) { this.bodyAsString = body; }

    /**
     * The content's version number: 1 when created, one more with each save of a new version (the current
     * page keeps its id; history is kept as older copies).
     * <p>Signature source: {@code public int getVersion()} of
     * {@code com.atlassian.confluence.core.AbstractVersionedEntityObject} (implementing
     * {@code com.atlassian.confluence.core.Versioned}), a superclass of ContentEntityObject, in the Confluence 8.7.2
     * decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); listed unchanged on {@code Versioned} in the
     * Confluence 10.x javadoc. Declared here, a call compiles to {@code invokevirtual ContentEntityObject.getVersion()I},
     * which the JVM resolves up the real hierarchy.
     */
    public int getVersion() { return version; }

    /** @see #getVersion() ({@code AbstractVersionedEntityObject.setVersion(int)}, same source) */
    public void setVersion(int version) { this.version = version; }

    /** The comment saved with this version ("what changed"). Same source as the class. */
    public String getVersionComment() { return versionComment; }

    public void setVersionComment(String versionComment) { this.versionComment = versionComment; }

    public String getIdAsString() { return String.valueOf(getId()); }

    public abstract String getType();

    /** Context-relative view URL, e.g. {@code /pages/viewpage.action?pageId=123}. */
    public abstract String getUrlPath();

    public boolean isDeleted() { return false; }
}
