package io.meetingmemo.reminder.domain;

import io.meetingmemo.mail.domain.MailAddress;
import java.util.Optional;

/** The people reminders go to, as Confluence knows them now, and what each of them may view. */
public interface RecipientDirectory {
    /** The person with this key; empty when no account has it any more. */
    Optional<Recipient> find(String userKey);

    /** Whether the person may view the page now (false for a page that is gone); the app's one permission policy. */
    boolean canView(String userKey, long pageId);

    /**
     * @param address the profile's address when it is a valid one
     */
    record Recipient(String userKey, String displayName, Optional<MailAddress> address, boolean deactivated) {
    }
}
