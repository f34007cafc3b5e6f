package io.meetingmemo.reminder.domain;

/** The two mails the reminder run sends; a person gets at most one of each kind a day. */
public enum ReminderKind {
    /** Items due soon, due today, newly overdue and (once a week) still overdue. */
    REMINDER,
    /** The weekly digest: open and overdue items, what was closed in the week, the next meetings. */
    DIGEST
}
