package io.meetingmemo.contact.domain;

import io.meetingmemo.mail.domain.MailAddress;
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

    /**
     * The fingerprints of every identity of a person: by address when there is one, by name and organisation (as a
     * guest or contact names them), and by name alone (as an action item's free-text owner names them).
     */
    public static Set<String> ofPerson(ContactPerson person, Organisation organisation) {
        Set<String> fingerprints = new LinkedHashSet<>();
        String organisationKey = organisation == null ? "" : organisation.nameKey();
        fingerprints.add(of(person.spaceKey() + "|n:" + person.nameKey() + "|" + organisationKey));
        if (!person.emailKey().isEmpty()) fingerprints.add(of(person.spaceKey() + "|e:" + person.emailKey()));
        fingerprints.add(ofOwner(person.spaceKey(), person.name()));
        return fingerprints;
    }

    /**
     * The fingerprint of an action item's free-text owner on a page of the space: the owner's address when the text is
     * one, else the owner's name alone (an owner names no organisation).
     */
    public static String ofOwner(String spaceKey, String owner) {
        String address = MailAddress.parse(owner).map(a -> a.value().toLowerCase(java.util.Locale.ROOT)).orElse("");
        return of(spaceKey + (address.isEmpty() ? "|o:" + NameKey.of(owner) : "|e:" + address));
    }
}
