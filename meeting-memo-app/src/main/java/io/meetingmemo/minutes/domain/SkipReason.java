package io.meetingmemo.minutes.domain;

import java.util.Arrays;
import java.util.Locale;

/** Why a person named in a memo got no minutes; recorded with each send and shown in the preview. */
public enum SkipReason {
    /** The sender unticked them. */
    NOT_CHOSEN,
    /** They may not view the page (a guest, or a user without permission) and the sender did not include them. */
    NO_PAGE_ACCESS,
    /** Neither their profile nor the memo gives a mail address. */
    NO_ADDRESS,
    /** The address given is not one the app will put in a mail header. */
    INVALID_ADDRESS,
    /** Their account is deactivated. */
    DEACTIVATED,
    /** The memo names a user no account has. */
    UNKNOWN_USER,
    /** The outgoing mail server was removed while the minutes were being handed over. */
    MAIL_UNAVAILABLE;

    /** The name in JSON and in the database: lower case with hyphens ({@code no-page-access}). */
    public String wireName() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static SkipReason fromWireName(String wireName) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no skip reason " + wireName));
    }
}
