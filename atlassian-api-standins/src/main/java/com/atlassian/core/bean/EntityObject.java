package com.atlassian.core.bean;

/**
 * Stand-in for the root of Confluence's persistent objects (atlassian-core), source of {@code getId()}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc (atlassian-core EntityObject).
 */
public abstract class EntityObject {
    private long id;

    public long getId() { return id; }

    public void setId(long id) { this.id = id; }
}
