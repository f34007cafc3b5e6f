package io.meetingmemo.contact.domain;

import java.util.Locale;
import java.util.Optional;

/** Where the relationship with a person stands: someone worth approaching, someone we work with, or gone quiet. */
public enum RelationshipStatus {
    LEAD,
    ACTIVE,
    DORMANT;

    public static Optional<RelationshipStatus> parse(String code) {
        if (code == null || code.isBlank()) return Optional.empty();
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
