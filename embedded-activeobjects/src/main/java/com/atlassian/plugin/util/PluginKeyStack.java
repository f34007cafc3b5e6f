package com.atlassian.plugin.util;

/**
 * No-op stand-in for atlassian-plugins' {@code PluginKeyStack}, for an embedded Active Objects ORM.
 *
 * <p>Inside Confluence the plugin system keeps a stack of the plugins whose code is running, and the Active
 * Objects ORM 6.x tags its timing metrics with the first of them ({@code getFirstPluginKey()}). An embedded
 * ORM has no plugin system and its metrics are no-ops ({@link com.atlassian.util.profiling.Metrics}), so
 * there is no key. This class lives in the embedded-activeobjects module and never in the app's bundle.
 */
public final class PluginKeyStack {
    private PluginKeyStack() {}

    /** The key of the outermost plugin on this thread's stack; none without a plugin system. */
    public static String getFirstPluginKey() {
        return null;
    }
}
