package com.atlassian.confluence.spaces;

/**
 * Stand-in for the state of a space.
 * <p>Signature source: Confluence javadoc, com.atlassian.confluence.spaces.SpaceStatus (enum CURRENT,
 * ARCHIVED), docs.atlassian.com/ConfluenceServer/javadoc 7.x; unchanged in the 8.7.2 decompile
 * (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5).
 */
public enum SpaceStatus { CURRENT, ARCHIVED }
