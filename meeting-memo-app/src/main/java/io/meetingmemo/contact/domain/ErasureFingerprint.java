package io.meetingmemo.contact.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The one-way form in which the app remembers that a person was erased: SHA-256 of an identity a page's save would
 * create the entry under. It lets a later save of a page that still names the person leave them out, and cannot be
 * read back as a name or an address.
 */
public final class ErasureFingerprint {
    private ErasureFingerprint() {
    }

    public static String of(String identityKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identityKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The fingerprints of both identities of a person: by address when there is one, and by name and organisation. */
    public static Set<String> ofPerson(ContactPerson person, Organisation organisation) {
        Set<String> fingerprints = new LinkedHashSet<>();
        String organisationKey = organisation == null ? "" : organisation.nameKey();
        fingerprints.add(of(person.spaceKey() + "|n:" + person.nameKey() + "|" + organisationKey));
        if (!person.emailKey().isEmpty()) fingerprints.add(of(person.spaceKey() + "|e:" + person.emailKey()));
        return fingerprints;
    }
}
