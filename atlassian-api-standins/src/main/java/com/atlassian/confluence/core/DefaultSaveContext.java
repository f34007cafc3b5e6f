package com.atlassian.confluence.core;

/**
 * Stand-in for Confluence's preset save contexts.
 * <p>Signature source: {@code public static final SaveContext} constants of
 * {@code com.atlassian.confluence.core.DefaultSaveContext} in the Confluence 8.7.2 decompile (GitHub
 * ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in javadoc 10.1.2; flags as in platform-next-features.md
 * §6.2: {@code DEFAULT} (new version, watchers notified) and {@code SUPPRESS_NOTIFICATIONS} (new version, no watcher
 * mail, events on). Referencing the constants (a getstatic of type SaveContext) avoids the builder's inherited
 * fluent methods, whose erased return type a stand-in would get wrong (§6.3).
 */
public final class DefaultSaveContext implements SaveContext {
    public static final SaveContext DEFAULT = new DefaultSaveContext(false, true, false);
    public static final SaveContext SUPPRESS_NOTIFICATIONS = new DefaultSaveContext(true, true, false);

    private final boolean suppressNotifications;
    private final boolean updateLastModifier;
    private final boolean suppressEvents;

    private DefaultSaveContext(boolean suppressNotifications, boolean updateLastModifier, boolean suppressEvents) {
        this.suppressNotifications = suppressNotifications;
        this.updateLastModifier = updateLastModifier;
        this.suppressEvents = suppressEvents;
    }

    @Override public boolean doUpdateLastModifier() { return updateLastModifier; }

    @Override public boolean isSuppressNotifications() { return suppressNotifications; }

    @Override public boolean isEventSuppressed() { return suppressEvents; }
}
