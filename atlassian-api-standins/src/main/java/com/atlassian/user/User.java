package com.atlassian.user;

import java.security.Principal;

/**
 * Stand-in for atlassian-user's user: {@code getFullName()}, {@code getEmail()}; name from Entity.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc (atlassian-user).
 */
public interface User extends Entity, Principal {
    String getFullName();

    String getEmail();
}
