package com.atlassian.confluence.spaces;

/**
 * Stand-in for Confluence's space manager. {@code getSpace(String)} is deprecated in Confluence 8.7.2's
 * source (in favour of the REST-model SpaceService) but present on 10.x and called by Atlassian's own
 * Slack app there; the app keeps it in one adapter (platform.ConfluencePages) for the same reason as
 * {@code ContentEntityManager.getById}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc ({@code Space getSpace(String spaceKey)}; null when absent). {@code Collection<String> getAllSpaceKeys(SpaceStatus)}: Confluence javadoc 5.x–7.19 ("Get the space keys of all spaces with the given status").
 */
public interface SpaceManager {
    @Deprecated
    Space getSpace(String spaceKey);

    java.util.Collection<String> getAllSpaceKeys(SpaceStatus status);
}
