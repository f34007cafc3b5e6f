package io.meetingmemo.reminder.domain;

import io.meetingmemo.mail.domain.OutgoingMail.MailFormat;

/**
 * What a person chose for the app's mail: reminders (on unless they turned them off), the weekly digest (off unless
 * they turned it on) and HTML or plain-text mail. {@code version} is 0 until they first save.
 */
public record PersonSettings(String userKey, boolean reminders, boolean digest, MailFormat format, int version) {
    public static PersonSettings defaultsFor(String userKey) {
        return new PersonSettings(userKey, true, false, MailFormat.HTML, 0);
    }
}
