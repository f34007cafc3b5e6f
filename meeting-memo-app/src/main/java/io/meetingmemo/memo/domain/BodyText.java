package io.meetingmemo.memo.domain;

/**
 * A macro or task body read as plain text. It also keeps the first user mention and the first date,
 * which a native task uses as its assignee and due date.
 */
final class BodyText implements ContentSink {

    private final StringBuilder text = new StringBuilder();
    private UserRef firstUser;
    private String firstTime;
    private BodyPosition firstTimeAt;

    @Override public void append(String chars) { text.append(chars); }

    @Override public void user(UserRef user) {
        if (firstUser == null) firstUser = user;
    }

    @Override public void time(String datetime, BodyPosition at) {
        if (firstTime == null) {
            firstTime = datetime;
            firstTimeAt = at;
        }
    }

    /** The text with whitespace collapsed; empty when there is none. */
    String plainText() { return StorageText.collapse(text); }

    /** The text trimmed, with inner whitespace as written; null when there is none. */
    String trimmedText() { return StorageText.trimToNull(text); }

    UserRef firstUser() { return firstUser; }

    String firstTime() { return firstTime; }

    BodyPosition firstTimeAt() { return firstTimeAt; }
}
