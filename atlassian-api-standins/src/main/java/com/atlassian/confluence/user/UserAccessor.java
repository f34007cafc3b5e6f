package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Stand-in for Confluence's user lookup, with only the two members reminders call: the user of a key (to ask the
 * permission manager on that person's behalf) and whether the account is deactivated.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5),
 * {@code @Nullable ConfluenceUser getUserByKey(UserKey)} (overriding {@code ConfluenceUserResolver}) and
 * {@code @Deprecated boolean isDeactivated(User)}; OnlyOffice's 10.x code still calls
 * {@code userAccessor.getUserByKey(new UserKey(s))} (platform-next-features.md §7.3).
 */
public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey key);

    boolean isDeactivated(User user);
}
