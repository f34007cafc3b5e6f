package com.atlassian.confluence.core;

/**
 * Stand-in for the change {@code ContentEntityManager.saveNewVersion} applies to content before saving it
 * as a new version.
 * <p>Signature source: {@code com.atlassian.confluence.core.Modification} in the Confluence 8.7.2 decompile
 * (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); platform-next-features.md §6.1.
 */
public interface Modification<T extends ContentEntityObject> {
    void modify(T content);
}
