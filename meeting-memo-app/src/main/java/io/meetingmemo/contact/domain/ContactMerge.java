package io.meetingmemo.contact.domain;

import java.time.LocalDate;

/**
 * Joins two entries for one person: the kept entry's values win, its empty fields take the other's, notes of both are
 * kept, and the latest meeting is the later of the two. The caller moves the other entry's links and removes it.
 */
public final class ContactMerge {
    private ContactMerge() {
    }

    public static ContactPerson merge(ContactPerson kept, ContactPerson other) {
        if (kept.id() == other.id()) throw new IllegalArgumentException("an entry cannot be merged with itself");
        if (!kept.spaceKey().equals(other.spaceKey())) {
            throw new IllegalArgumentException("entries of two spaces' registers cannot be merged");
        }
        return new ContactPerson(kept.id(), kept.spaceKey(), kept.name(),
                kept.organisationId() != null ? kept.organisationId() : other.organisationId(),
                either(kept.role(), other.role()), either(kept.email(), other.email()), either(kept.phone(), other.phone()),
                either(kept.keeperKey(), other.keeperKey()), kept.status(), notes(kept.notes(), other.notes()),
                either(kept.purpose(), other.purpose()), later(kept.retainUntil(), other.retainUntil()),
                later(kept.lastMet(), other.lastMet()), kept.version());
    }

    private static String either(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private static String notes(String first, String second) {
        if (first == null || first.isBlank()) return second;
        if (second == null || second.isBlank() || first.contains(second)) return first;
        return first + "\n\n" + second;
    }

    private static LocalDate later(LocalDate first, LocalDate second) {
        if (first == null) return second;
        if (second == null) return first;
        return first.isAfter(second) ? first : second;
    }
}
