package io.meetingmemo.memo.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One {@code <ac:parameter>} of a memo or item macro. Its value is read both as text and as a list of
 * users: {@code <ri:user/>} elements and comma-separated usernames, in the order they are written.
 */
final class ParameterValue implements ContentSink {

    private final String name;
    private final BodyPosition at;
    private final StringBuilder text = new StringBuilder();
    private final Set<UserRef> users = new LinkedHashSet<>();
    /** Text since the last {@code <ri:user/>}: usernames still to be split off. */
    private final StringBuilder pendingUsernames = new StringBuilder();

    ParameterValue(String name, BodyPosition at) {
        this.name = name;
        this.at = at;
    }

    String name() { return name; }

    /** Where the parameter starts, for problems about its value. */
    BodyPosition at() { return at; }

    @Override public void append(String chars) {
        text.append(chars);
        pendingUsernames.append(chars);
    }

    @Override public void user(UserRef user) {
        addPendingUsernames();
        users.add(user);
    }

    /** Dates only matter inside task bodies. */
    @Override public void time(String datetime, BodyPosition at) {}

    /** The text trimmed, or null when blank. */
    String text() { return StorageText.trimToNull(text); }

    /** The users in document order without exact duplicates. */
    List<UserRef> users() {
        addPendingUsernames();
        return List.copyOf(users);
    }

    /** The first user, or null when the parameter names nobody. */
    UserRef firstUser() {
        List<UserRef> all = users();
        return all.isEmpty() ? null : all.get(0);
    }

    private void addPendingUsernames() {
        for (String username : UserRef.usernamesIn(pendingUsernames.toString())) users.add(UserRef.byName(username));
        pendingUsernames.setLength(0);
    }
}
