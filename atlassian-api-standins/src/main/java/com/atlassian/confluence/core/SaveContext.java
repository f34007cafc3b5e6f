package com.atlassian.confluence.core;

/**
 * Stand-in for how content is saved: whether watchers are notified, events published, the last modifier
 * updated (a new version) or the current version overwritten.
 * <p>Signature source: {@code com.atlassian.confluence.core.SaveContext} and its superinterface
 * {@code OperationContext} in the Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5);
 * platform-next-features.md §6.2. The app only passes {@link DefaultSaveContext} constants; the preview host reads
 * these flags to save as Confluence does.
 */
public interface SaveContext {
    boolean doUpdateLastModifier();

    boolean isSuppressNotifications();

    boolean isEventSuppressed();
}
