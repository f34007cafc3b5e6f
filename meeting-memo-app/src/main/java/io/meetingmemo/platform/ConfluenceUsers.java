package io.meetingmemo.platform;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.meetingmemo.actionitem.domain.UserKeyResolver;
import io.meetingmemo.memo.domain.UserRef;
import java.util.Optional;

/** Looks users up in Confluence (through SAL) by key or username. */
public final class ConfluenceUsers implements UserKeyResolver {
    private final UserManager userManager;

    public ConfluenceUsers(UserManager userManager) {
        this.userManager = userManager;
    }

    /** A user as shown to people: stable key, current username and display name. */
    public record Person(String userKey, String username, String displayName) {}

    @Override
    public String userKeyOf(UserRef user) {
        return find(user).map(Person::userKey).orElse(null);
    }

    public Optional<Person> find(UserRef user) {
        UserProfile profile = null;
        if (user.userKey() != null) profile = userManager.getUserProfile(new UserKey(user.userKey()));
        if (profile == null && user.username() != null) profile = userManager.getUserProfile(user.username());
        return Optional.ofNullable(profile).map(ConfluenceUsers::person);
    }

    public Optional<Person> byKey(String userKey) {
        if (userKey == null) return Optional.empty();
        return Optional.ofNullable(userManager.getUserProfile(new UserKey(userKey))).map(ConfluenceUsers::person);
    }

    /** A username or a user key, as REST callers may give either. */
    public Optional<Person> byUsernameOrKey(String value) {
        UserProfile profile = userManager.getUserProfile(value);
        if (profile == null) profile = userManager.getUserProfile(new UserKey(value));
        return Optional.ofNullable(profile).map(ConfluenceUsers::person);
    }

    /** The mail address of a user's profile as Confluence has it (possibly blank or malformed); empty when no such user. */
    public Optional<String> emailOf(String userKey) {
        if (userKey == null) return Optional.empty();
        return Optional.ofNullable(userManager.getUserProfile(new UserKey(userKey))).map(UserProfile::getEmail);
    }

    private static Person person(UserProfile p) {
        return new Person(p.getUserKey().getStringValue(), p.getUsername(), p.getFullName());
    }
}
