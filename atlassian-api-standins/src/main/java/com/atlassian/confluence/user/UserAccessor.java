package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Stand-in for Confluence's user lookup, with only the members the app calls: the user of a key (to ask the
 * permission manager on that person's behalf), whether the account is deactivated (reminders), and the accounts
 * of a mail address (the contacts register's erasure).
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5),
 * {@code @Nullable ConfluenceUser getUserByKey(UserKey)} (overriding {@code ConfluenceUserResolver}) and
 * {@code @Deprecated boolean isDeactivated(User)}; OnlyOffice's 10.x code still calls
 * {@code userAccessor.getUserByKey(new UserKey(s))} (platform-next-features.md §7.3).
 */
public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey key);

    boolean isDeactivated(User user);

    /**
     * The accounts whose profile address is this one (Confluence's user search by address), for telling whether a
     * register entry is a Confluence user. Signature source: Confluence 8.7.2 decompile (as above),
     * {@code public SearchResult getUsersByEmail(String)} declared on {@code bucket.user.UserAccessor}, which
     * {@code DefaultUserAccessor} implements; interface method resolution finds it through the supertypes. The
     * Confluence 9.0.3 javadoc (docs.atlassian.com/ConfluenceServer/javadoc/9.0.3/com/atlassian/confluence/user/UserAccessor.html)
     * still lists {@code bucket.user.UserAccessor} among its superinterfaces; 10.2 is assumed unchanged [U].
     */
    com.atlassian.user.search.SearchResult getUsersByEmail(String email);
}
