package com.atlassian.user;

import java.io.Serializable;

/**
 * Stand-in for atlassian-user's entity: {@code String getName()}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc (atlassian-user).
 */
public interface Entity extends Serializable {
    String getName();
}
