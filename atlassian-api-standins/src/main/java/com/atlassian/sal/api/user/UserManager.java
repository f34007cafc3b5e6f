package com.atlassian.sal.api.user;

/**
 * Stand-in for SAL's user service. Only the request-free members are declared: they are the same in the
 * javax (9.x) and jakarta (10.x) SAL, so nothing here depends on the servlet namespace.
 * <p>Signature source: SAL API 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); the same members exist in SAL 6/7 (Confluence 9.x/10.x, sal-api 7.0.0-jakarta).
 */
public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
