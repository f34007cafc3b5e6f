package com.atlassian.confluence.security;

import com.atlassian.user.User;

/**
 * Stand-in for Confluence's permission service. A null user means anonymous.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc ({@code boolean hasPermission(User, Permission, Object)}, {@code boolean isConfluenceAdministrator(User)}).
 */
public interface PermissionManager {
    boolean hasPermission(User user, Permission permission, Object target);

    boolean isConfluenceAdministrator(User user);
}
