package com.atlassian.confluence.spaces;

/**
 * Stand-in for a Confluence space (only key and name are used).
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc (com.atlassian.confluence.spaces.Space: getKey(), getName(), setKey, setName).
 */
public class Space {
    private String key;
    private String name;

    public Space() {}

    public Space(String key) { this.key = key; }

    public String getKey() { return key; }

    public void setKey(String key) { this.key = key; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }
}
