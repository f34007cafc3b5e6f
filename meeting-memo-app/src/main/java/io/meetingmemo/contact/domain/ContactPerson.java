package io.meetingmemo.contact.domain;

import java.time.LocalDate;

/**
 * A person of a space's contacts register: usually someone from another organisation whom the team meets.
 *
 * @param id             0 for one not yet stored
 * @param organisationId the organisation's id, or null
 * @param keeperKey      the user key of the internal person who keeps in touch, or null
 * @param purpose        why the register holds this person (personal data by design), or null
 * @param retainUntil    until when the entry may be kept, or null
 * @param lastMet        the date of the latest memo that names the person, or null
 */
public record ContactPerson(long id, String spaceKey, String name, Long organisationId, String role, String email,
                            String phone, String keeperKey, RelationshipStatus status, String notes, String purpose,
                            LocalDate retainUntil, LocalDate lastMet, int version) {
    public ContactPerson {
        status = status == null ? RelationshipStatus.LEAD : status;
    }

    public String nameKey() {
        return NameKey.of(name);
    }

    /** The address as the register compares it (case-insensitive), or "" when none. */
    public String emailKey() {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
