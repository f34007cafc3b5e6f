package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Stand-in for Confluence's permission service. A null user means anonymous. Only the members Meeting
 * Memo calls are declared.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5)
 * for {@code hasPermission(user, Permission, Object)}; since 8.8 the user parameters take a
 * {@code ConfluenceUser} (javadoc 8.8.0, 8.9.3 and 9.5.2 at docs.atlassian.com/ConfluenceServer/javadoc
 * list the {@code ConfluenceUser} overloads and mark the {@code com.atlassian.user.User} ones deprecated;
 * the ONLYOFFICE connector moved its permission calls to {@code ConfluenceUser} for Confluence 10). Only
 * the {@code ConfluenceUser} overload is declared here, so the app's bytecode calls that one.
 */
public interface PermissionManager {
    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);
}
