package io.meetingmemo.preview.store;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Locale;

/** A preview-host account: a Confluence user and its SAL profile in one. */
public record HostUser(UserKey key, String username, String fullName, String email, Locale locale, boolean administrator)
        implements ConfluenceUser, UserProfile {
    @Override public UserKey getKey() { return key; }
    @Override public UserKey getUserKey() { return key; }
    @Override public String getName() { return username; }
    @Override public String getUsername() { return username; }
    @Override public String getFullName() { return fullName; }
    @Override public String getEmail() { return email; }
}
