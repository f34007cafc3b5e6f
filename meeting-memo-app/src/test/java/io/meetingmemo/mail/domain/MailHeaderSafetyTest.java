package io.meetingmemo.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Text from pages and profiles can never add a header line or a recipient to a mail the app sends. */
class MailHeaderSafetyTest {
    @Test
    void aSubjectWithLineBreaksStaysOneLine() {
        String subject = MailHeaderText.of("Minutes\r\nBcc: victim@example.com\n\tX-Evil: 1");
        assertEquals("Minutes Bcc: victim@example.com X-Evil: 1", subject);
        assertFalse(subject.chars().anyMatch(c -> c < 0x20 || c == 0x7f));
    }

    @Test
    void unicodeLineSeparatorsAndInvisibleFormattingBecomeSpaces() {
        assertEquals("Kokous Ohjausryhmä", MailHeaderText.of("Kokous\u2028\u200bOhjausryhmä\u0085"));
    }

    @Test
    void aLongSubjectIsCutWithAnEllipsisAndNeverSplitsACharacter() {
        String subject = MailHeaderText.of("😀".repeat(300));
        assertTrue(subject.length() <= MailHeaderText.MAX_LENGTH, "length " + subject.length());
        assertTrue(subject.endsWith("…"));
        assertFalse(Character.isHighSurrogate(subject.charAt(subject.length() - 2)));
    }

    @Test
    void finnishAndSwedishLettersAreKept() {
        assertEquals("Pöytäkirja – Åbo möte", MailHeaderText.of("  Pöytäkirja – Åbo möte  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna.virtanen@edufutura.fi", "o'brien+memo@kunta.example.org", "x@a-b.fi"})
    void plainAddressesAreAccepted(String address) {
        assertEquals(address, MailAddress.parse(" " + address + " ").orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna", "anna@", "@edufutura.fi", "anna@edufutura", "a b@c.fi", "anna@edufutura.fi\r\nBcc: x@y.fi",
            "Anna <anna@edufutura.fi>", "anna@edufutura.fi, eve@evil.example", "anna@edufutura.fi;eve@evil.example",
            "\"anna\"@edufutura.fi", "anna..v@edufutura.fi", ".anna@edufutura.fi", "anna.@edufutura.fi", "anna@-edufutura.fi"})
    void anythingButAPlainAddressIsRefused(String text) {
        assertTrue(MailAddress.parse(text).isEmpty(), text);
        assertThrows(IllegalArgumentException.class, () -> new MailAddress(text));
    }

    @Test
    void anOverlongAddressIsRefused() {
        assertTrue(MailAddress.parse("a".repeat(64) + "@" + "b".repeat(60) + ".fi".repeat(70)).isEmpty());
    }

    @Test
    void theUnsubscribeLinkMustBeAnAbsoluteWebAddressWithoutBreaks() {
        MailAddress to = new MailAddress("anna@edufutura.fi");
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(to, "s", "<p>h</p>", "t",
                "https://confluence.example/x>\r\nBcc: eve@evil.example", OutgoingMail.MailFormat.HTML));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(to, "s", "<p>h</p>", "t",
                "javascript:alert(1)", OutgoingMail.MailFormat.HTML));
        assertEquals("s x", new OutgoingMail(to, "s\nx", "h", "t", "https://confluence.example/plugins/servlet/x?a=1",
                OutgoingMail.MailFormat.TEXT).subject());
    }
}
