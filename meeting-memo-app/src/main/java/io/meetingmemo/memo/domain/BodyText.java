package io.meetingmemo.memo.domain;

/**
 * A macro or task body read as plain text. It also keeps the first user mention and the first date,
 * which a native task uses as its assignee and due date.
 * <p>A user mention has no text in storage format; it is written into the text as {@link #MENTION}
 * followed by the user's identity (the user key when the mention has one, else the username), so "Ask
 * @petri to review" keeps its person. Outputs show the mentioned person's current display name in its
 * place. A task's first mention is its assignee, shown in its own column, and stays out of the text.
 */
final class BodyText implements ContentSink {
    /** Marks a mention in a body's plain text. */
    static final char MENTION = '@';

    private final boolean firstMentionIsAssignee;

    private final StringBuilder text = new StringBuilder();
    private UserRef firstUser;
    private String firstTime;
    private BodyPosition firstTimeAt;

    @Override public void append(String chars) { text.append(chars); }

    BodyText() { this(false); }

    /** @param firstMentionIsAssignee a task body: its first mention names the assignee and is not text */
    BodyText(boolean firstMentionIsAssignee) { this.firstMentionIsAssignee = firstMentionIsAssignee; }

    @Override public void user(UserRef user) {
        boolean first = firstUser == null;
        if (first) firstUser = user;
        if (first && firstMentionIsAssignee) return;
        if (text.length() > 0 && Character.isLetterOrDigit(text.charAt(text.length() - 1))) text.append(' ');
        text.append(MENTION).append(user.identity());
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
