package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/**
 * Stand-in for Confluence's user service; only the lookup Meeting Memo calls is declared: the Confluence user of a
 * key, which permission checks take ({@code PermissionManager.hasPermission(ConfluenceUser, …)}). Null when no such user.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5),
 * {@code ConfluenceUserResolver.getUserByKey(UserKey)} overridden by {@code UserAccessor}; the ONLYOFFICE connector calls
 * {@code userAccessor.getUserByKey(new UserKey(s))} on Confluence 10 (platform-next-features.md §7.3).
 */
public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey key);
}
