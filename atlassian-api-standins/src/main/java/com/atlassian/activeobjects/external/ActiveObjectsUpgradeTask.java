package com.atlassian.activeobjects.external;

/**
 * Stand-in for a numbered schema/data upgrade declared as {@code <upgradeTask>} in the ao module.
 * <p>Signature source: Active Objects plugin 5.2.1 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5, activeobjects-plugin); the entity API itself (net.java.ao) comes from Maven Central.
 */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
