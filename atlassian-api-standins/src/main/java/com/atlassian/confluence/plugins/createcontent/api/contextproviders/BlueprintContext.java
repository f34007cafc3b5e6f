package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;

/**
 * Stand-in for the values a blueprint's content template is filled with ({@code <at:var at:name="…"/>}),
 * plus the new page's title under {@code "ContentPageTitle"}.
 * <p>Signature source: confluence-create-content-plugin 18.7.17 as shipped in Confluence 8.7.2 (GitHub
 * ngannk-fptu/Decompiled-Files, commit e0c88ec5), {@code @PublicApi}; platform-next-features.md §4.2.
 * Only the members Meeting Memo and the preview host use are declared.
 */
public class BlueprintContext {
    private final Map<String, Object> map;

    /** Wraps the map itself, as the real package-private constructor does (create-content plugin 18.7.17, decompiled). */
    BlueprintContext(Map<String, Object> context) { this.map = context; }

    public BlueprintContext() { this(new HashMap<>()); }

    public Map<String, Object> getMap() { return map; }

    public Object get(String key) { return map.get(key); }

    public void put(String key, Object value) { map.put(key, value); }

    public void setTitle(String title) { map.put("ContentPageTitle", title); }

    public String getSpaceKey() { return (String) map.get("spaceKey"); }

    public void setSpaceKey(String spaceKey) { map.put("spaceKey", spaceKey); }
}
