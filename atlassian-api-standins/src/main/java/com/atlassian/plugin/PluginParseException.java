package com.atlassian.plugin;

/**
 * Stand-in for the plugin framework's parse failure, thrown by module init methods.
 * <p>Signature source: atlassian-plugins-core 7.4.0 as shipped in Confluence 8.7.2 (GitHub
 * ngannk-fptu/Decompiled-Files, commit e0c88ec5): an unchecked exception with (String), (Throwable) and
 * (String, Throwable) constructors; declared by {@code ContextProvider.init} (platform-next-features.md §4.2).
 */
public class PluginParseException extends RuntimeException {
    public PluginParseException(String message) { super(message); }

    public PluginParseException(Throwable cause) { super(cause); }

    public PluginParseException(String message, Throwable cause) { super(message, cause); }
}
