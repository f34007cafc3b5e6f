package io.meetingmemo.reminder.domain;

/** Why a person's mail of the day was not handed over; recorded in the reminder log. */
public enum SkipReason {
    /** The person's profile has no valid mail address. */
    NO_ADDRESS,
    /** No account has this key any more, or it is deactivated. */
    UNKNOWN_OR_DEACTIVATED_USER,
    /** The person turned this mail off. */
    OPTED_OUT,
    /** None of the items is on a page the person may still view (pages deleted or restricted since the query). */
    NOTHING_VISIBLE,
    /** Confluence has no outgoing mail server. */
    NO_MAIL_SERVER,
    /** The mail could not be made or handed over (recorded with the error's message). */
    MAIL_FAILED
}
