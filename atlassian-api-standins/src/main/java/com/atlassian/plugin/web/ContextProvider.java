package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Stand-in for the web-fragment context provider that content templates and blueprints use to fill in
 * their variables.
 * <p>Signature source: atlassian-plugins-webfragment-api as shipped in Confluence 8.7.2 (GitHub
 * ngannk-fptu/Decompiled-Files, commit e0c88ec5); implemented by Confluence's create-content plugin's
 * AbstractBlueprintContextProvider (platform-next-features.md §4.2).
 */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
