package io.meetingmemo.contact.domain;

import io.meetingmemo.mail.domain.MailAddress;
import java.util.Locale;

/**
 * A guest or contact as a memo names them ({@code memo-guest}, {@code memo-contact}), to be linked to the register of
 * the page's space.
 *
 * @param memoKey      the memo on the page
 * @param memoDate     the memo's date, or null when it has none
 * @param partKey      the macro's own key on the page (its macro id, else its position), so a link survives edits
 * @param kind         guest (took part) or contact (discussed)
 * @param registerRef  the register entry the author picked in the macro browser ({@code register-id}), or null
 * @param keeperKey    the user who keeps in touch (a contact's owner), or null
 */
public record ContactMention(String memoKey, String memoTitle, java.time.LocalDate memoDate, String partKey, Kind kind,
                             String name, String organisation, String role, String email, String phone, String keeperKey,
                             Long registerRef) {
    public enum Kind { GUEST, CONTACT }

    /** The address as the register compares it, or "" when there is none or it is not a mail address. */
    public String emailKey() {
        return MailAddress.parse(email).map(a -> a.value().toLowerCase(Locale.ROOT)).orElse("");
    }

    /**
     * Whether the register can hold this mention: a name with a letter or digit, and a name and organisation no longer
     * than the register's limit. Longer text stays on the page; the register does not cut anyone's name.
     */
    public boolean isLinkable() {
        return !nameKey().isEmpty() && name.strip().length() <= ContactValidation.NAME_MAX
                && (organisation == null || organisation.strip().length() <= ContactValidation.NAME_MAX);
    }

    public String nameKey() {
        return NameKey.of(name);
    }

    public String organisationKey() {
        return NameKey.of(organisation);
    }

    /**
     * Whether the memo names an organisation rather than a person in it: a contact or guest whose name is its
     * organisation's, with no address and no register entry picked. It links to the organisation, not to a person.
     */
    public boolean namesAnOrganisation() {
        return registerRef == null && emailKey().isEmpty() && !organisationKey().isEmpty() && organisationKey().equals(nameKey());
    }

    /**
     * What makes an entry the app creates from a memo one entry, whichever page or node creates it first: the address
     * when there is one, else the name and organisation. Stored with the entry under a unique constraint.
     */
    public String identityKey(String spaceKey) {
        String email = emailKey();
        return spaceKey + "|" + (email.isEmpty() ? "n:" + nameKey() + "|" + organisationKey() : "e:" + email);
    }
}
