package com.atlassian.confluence.core;

/**
 * Stand-in for Confluence's content manager.
 * <p>{@code getById} is deprecated "since 7.5.0, use ContentService.find(Expansion...) for plugins"
 * (javadoc 8.5, 9.0.2 and 10.0.3), yet present in 10.0.3 and still called by Atlassian's own apps on 10.0.1.
 * Meeting Memo keeps it, with this note, because the replacement returns the REST API's content model
 * rather than a {@code ContentEntityObject} with its storage body, which the app's permission checks and
 * re-sync need; both uses sit in one adapter each ({@code permission.ContentPermissions},
 * {@code platform.ConfluencePages}), so moving before Confluence 11 is a two-class change.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public interface ContentEntityManager {
    /**
     * Saves {@code current} as a new version after {@code modification} changed it (Confluence clones it as the
     * previous version first and clears the version comment before calling the modification, so set the comment
     * inside it). Signature source: {@code ContentEntityManager.saveNewVersion(T, Modification<T>, SaveContext)} in
     * the Confluence 8.7.2 decompile (commit e0c88ec5), erasure
     * {@code (ContentEntityObject, Modification, SaveContext)V}; platform-next-features.md §6.1–6.2.
     */
    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification, SaveContext saveContext);

    /** @return the content, or null when there is none with that id */
    @Deprecated
    ContentEntityObject getById(long id);
}
