package io.meetingmemo.mail.domain;

import java.util.Objects;

/**
 * One mail the app sends to one person: the recipient, a subject already made header-safe, the message rendered as
 * HTML and as plain text (the person's mail format decides which is sent), and the address of the page where the
 * person turns such mail off (sent as List-Unsubscribe), when there is one.
 */
public record OutgoingMail(MailAddress to, String subject, String html, String text, String unsubscribeUrl,
                           MailFormat format) {
    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        subject = MailHeaderText.of(subject);
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        if (unsubscribeUrl != null && !unsubscribeUrl.matches("https?://[^\\s<>\"]+")) {
            throw new IllegalArgumentException("the unsubscribe address must be an absolute http(s) URL");
        }
    }

    /** Which rendering of a mail a person receives. */
    public enum MailFormat {
        HTML,
        TEXT
    }
}
