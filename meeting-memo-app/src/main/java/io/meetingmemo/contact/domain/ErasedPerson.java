package io.meetingmemo.contact.domain;

import io.meetingmemo.mail.domain.MailAddress;
import java.util.Locale;

/**
 * An erased person as the app's tables keep them after erasure: ids, statuses and history stay, and where a row held
 * the person's name (an action item's free-text owner, a guest a memo's minutes were sent to) it holds {@link #STORED}
 * instead, which the one presenter shows as "Erased person" in the reader's language.
 */
public final class ErasedPerson {
    /**
     * What a row holds in place of an erased person's name. U+001F cannot occur in a page (XML 1.0 cannot carry it), so
     * no page can name someone this, and the marker never passes for a real name.
     */
    public static final String STORED = "\u001Ferased";

    private ErasedPerson() {
    }

    public static boolean is(String stored) {
        return STORED.equals(stored);
    }

    /**
     * Whether a name or address as a page or a row writes it names the person: the same name (compared by
     * {@link NameKey}) or the same mail address. An organisation cannot tell two people of one name apart here; erasure
     * errs on the side of the person being erased.
     */
    public static boolean names(ContactPerson person, String written) {
        if (written == null || is(written)) return false;
        if (!person.nameKey().isEmpty() && NameKey.of(written).equals(person.nameKey())) return true;
        String address = MailAddress.parse(written).map(a -> a.value().toLowerCase(Locale.ROOT)).orElse("");
        return !address.isEmpty() && address.equals(person.emailKey());
    }

    /** Whether a guest line as a series stores it ("Name" or "Name (Organisation)") names the person. */
    public static boolean namesGuestLine(ContactPerson person, String line) {
        if (line == null) return false;
        return names(person, line) || names(person, line.replaceFirst("\\s*\\([^)]*\\)\\s*$", ""));
    }
}
