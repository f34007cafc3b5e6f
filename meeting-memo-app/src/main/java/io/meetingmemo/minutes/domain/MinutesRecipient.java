package io.meetingmemo.minutes.domain;

import io.meetingmemo.mail.domain.MailAddress;

/**
 * A person the minutes of a memo may go to: an attendee, someone absent, or a guest, with what the app knows of them
 * when the sender prepares the mail.
 *
 * @param id         how the preview and the send request name them: {@code user:<key>} or {@code guest:<n>}
 * @param userKey    the Confluence user's key; null for a guest
 * @param name       the name shown to the sender (a display name, or the guest's name as the memo writes it)
 * @param rawAddress the address as the profile or the memo gives it, possibly malformed; null when none
 * @param address    the address mail goes to, when {@code rawAddress} is a valid one
 * @param canView    whether they may view the page: guests never, users by Confluence's permissions
 * @param problem    why they can get no mail whatever the sender chooses, or null
 */
public record MinutesRecipient(String id, Role role, String userKey, String name, String rawAddress, MailAddress address,
                               boolean canView, SkipReason problem) {
    public enum Role {
        ATTENDEE, ABSENT, GUEST;

        public String wireName() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** Who gets the minutes unless the sender says otherwise: those who may view the page and can be mailed. */
    public boolean chosenByDefault() { return problem == null && canView; }

    /** The address a user's mail goes to, or why there is none. */
    public static MinutesRecipient user(Role role, String userKey, String name, String rawAddress, boolean canView,
                                        SkipReason accountProblem) {
        MailAddress address = MailAddress.parse(rawAddress).orElse(null);
        SkipReason problem = accountProblem != null ? accountProblem : addressProblem(rawAddress, address);
        return new MinutesRecipient("user:" + userKey, role, userKey, name, rawAddress, address, canView, problem);
    }

    /** A guest of the memo (the n-th, counted from 1): never a viewer of the page. */
    public static MinutesRecipient guest(int n, String name, String rawAddress) {
        MailAddress address = MailAddress.parse(rawAddress).orElse(null);
        return new MinutesRecipient("guest:" + n, Role.GUEST, null, name, rawAddress, address, false,
                addressProblem(rawAddress, address));
    }

    private static SkipReason addressProblem(String raw, MailAddress address) {
        if (address != null) return null;
        return raw == null || raw.isBlank() ? SkipReason.NO_ADDRESS : SkipReason.INVALID_ADDRESS;
    }
}
