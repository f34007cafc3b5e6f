package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/**
 * Stand-in for content that lives in a space.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public abstract class SpaceContentEntityObject extends ContentEntityObject {
    private Space space;

    public Space getSpace() { return space; }

    public void setSpace(Space space) { this.space = space; }

    public String getSpaceKey() { return space == null ? null : space.getKey(); }
}
