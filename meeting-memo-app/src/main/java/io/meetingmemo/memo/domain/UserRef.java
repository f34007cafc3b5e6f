package io.meetingmemo.memo.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Confluence user named in storage format: by user key ({@code ri:userkey}), by username
 * ({@code ri:username} or a plain comma-separated list), or both. At least one is present.
 */
public record UserRef(String userKey, String username) {
    public UserRef {
        if (isBlank(userKey) && isBlank(username)) {
            throw new IllegalArgumentException("a user reference needs a user key or a username");
        }
        userKey = isBlank(userKey) ? null : userKey.trim();
        username = isBlank(username) ? null : username.trim();
    }

    public static UserRef byKey(String userKey) { return new UserRef(userKey, null); }

    public static UserRef byName(String username) { return new UserRef(null, username); }

    /** The usernames of a comma-separated user parameter, in order, trimmed; empty parts name nobody. */
    public static List<String> usernamesIn(String parameter) {
        List<String> usernames = new ArrayList<>();
        for (String part : parameter.split(",")) {
            String username = StorageText.trimToNull(part);
            if (username != null) usernames.add(username);
        }
        return usernames;
    }

    /** The value that identifies the user for storage: the key when known, else the username. */
    public String identity() { return userKey != null ? userKey : username; }

    private static boolean isBlank(String s) { return s == null || s.isBlank(); }

    @Override public boolean equals(Object o) {
        return o instanceof UserRef u && Objects.equals(userKey, u.userKey) && Objects.equals(username, u.username);
    }

    @Override public int hashCode() { return Objects.hash(userKey, username); }
}
