package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

/**
 * Stand-in for the base class of a blueprint's context provider: Confluence hands it the creation
 * context (space key and the like) and renders the content template with the map it returns.
 * <p>Signature source: confluence-create-content-plugin 18.7.17 as shipped in Confluence 8.7.2 (GitHub
 * ngannk-fptu/Decompiled-Files, commit e0c88ec5), {@code @PublicSpi}: the deprecated no-argument
 * constructor (the other takes the plugin's TemplateRendererHelper, which apps do not construct),
 * {@code init}, the final {@code getContextMap} and the abstract {@code updateBlueprintContext};
 * platform-next-features.md §4.2. The body here does what the real one does for these members: the
 * incoming context becomes a BlueprintContext, the subclass updates it, its map is returned.
 */
public abstract class AbstractBlueprintContextProvider implements ContextProvider {
    @Deprecated
    public AbstractBlueprintContextProvider() {}

    @Override
    public void init(Map<String, String> params) throws PluginParseException {}

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        // As the real class: the context wraps the caller's own map (null stays null), so what the provider puts in is
        // in the caller's map too (create-content plugin 18.7.17, decompiled: "return
        // this.updateBlueprintContext(new BlueprintContext(context)).getMap()").
        return updateBlueprintContext(new BlueprintContext(context)).getMap();
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
