package io.meetingmemo.contact.domain;

import java.util.Locale;
import java.util.Optional;

/** What kind of organisation a register entry is; OTHER when nobody said. */
public enum OrganisationKind {
    MUNICIPALITY,
    SCHOOL,
    COMPANY,
    MEDIA,
    ASSOCIATION,
    OTHER;

    /** The kind named by its code (any case), or empty for an unknown code. */
    public static Optional<OrganisationKind> parse(String code) {
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
