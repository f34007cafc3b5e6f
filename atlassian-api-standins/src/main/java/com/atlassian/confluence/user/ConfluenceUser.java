package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Stand-in for a Confluence user: {@code UserKey getKey()}. (In Confluence it also extends
 * RelatableEntity, which Meeting Memo does not use.)
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5), unchanged in the Confluence 9.x/10.x javadoc at docs.atlassian.com/ConfluenceServer/javadoc.
 */
public interface ConfluenceUser extends User {
    UserKey getKey();
}
