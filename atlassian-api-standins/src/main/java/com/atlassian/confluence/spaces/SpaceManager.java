package com.atlassian.confluence.spaces;

/**
 * Stand-in for Confluence's space manager.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc ({@code Space getSpace(String spaceKey)}; null when absent).
 */
public interface SpaceManager {
    Space getSpace(String spaceKey);
}
