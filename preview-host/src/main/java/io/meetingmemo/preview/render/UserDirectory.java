package io.meetingmemo.preview.render;

import java.util.Optional;

/** The host's users, as far as rendering storage needs them. */
public interface UserDirectory {
    /** Display name for a user given by key and/or username, or empty when unknown. */
    Optional<String> displayName(String userKey, String username);

    /** Username for a user key (for macro parameters), or empty when unknown. */
    Optional<String> usernameForKey(String userKey);
}
