package io.meetingmemo.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who gets the minutes with a given choice, and the plain-text body's order and line safety. */
class MinutesDomainTest {
    private static final Map<String, String> LABELS = Map.of("yourActions", "Your actions", "decisions", "Decisions",
            "otherActions", "Other actions", "openPage", "Open the memo", "due", "due");

    private static final MinutesRecipient VIEWER = MinutesRecipient.user(MinutesRecipient.Role.ATTENDEE, "k1", "Petri", "petri@example.org", true, null);
    private static final MinutesRecipient NO_VIEW = MinutesRecipient.user(MinutesRecipient.Role.ABSENT, "k2", "Sanna", "sanna@example.org", false, null);
    private static final MinutesRecipient GUEST = MinutesRecipient.guest(1, "Liisa", " liisa@partner.example.com ");
    private static final MinutesRecipient DEACTIVATED = MinutesRecipient.user(MinutesRecipient.Role.ATTENDEE, "k3", "Mikko", "mikko@example.org", true, SkipReason.DEACTIVATED);

    @Test
    void viewersAreChosenUnlessUntickedOthersOnlyWhenIncludedAndAccountProblemsAlwaysWin() {
        assertNull(MinutesChoice.DEFAULT.skipReason(VIEWER));
        assertEquals(SkipReason.NO_PAGE_ACCESS, MinutesChoice.DEFAULT.skipReason(NO_VIEW));
        assertEquals(SkipReason.NO_PAGE_ACCESS, MinutesChoice.DEFAULT.skipReason(GUEST));
        MinutesChoice ticked = new MinutesChoice(Set.of(), Set.of("guest:1", "user:k3"));
        assertEquals(SkipReason.NOT_CHOSEN, ticked.skipReason(VIEWER));
        assertNull(ticked.skipReason(GUEST));
        assertEquals(SkipReason.DEACTIVATED, ticked.skipReason(DEACTIVATED), "ticking a deactivated account sends nothing");
        assertEquals(List.of("user:zz"), new MinutesChoice(Set.of("user:k1", "user:zz"), Set.of()).unknownIds(List.of(VIEWER, GUEST)));
    }

    @Test
    void addressesAreParsedOnceAndMalformedOnesAreKeptAsGivenForTheRecord() {
        assertEquals("liisa@partner.example.com", GUEST.address().value());
        MinutesRecipient bad = MinutesRecipient.guest(2, "Bad", "a@b.com\r\nBcc: victim@example.com");
        assertNull(bad.address());
        assertEquals(SkipReason.INVALID_ADDRESS, bad.problem());
        assertEquals("a@b.com\r\nBcc: victim@example.com", bad.rawAddress());
        assertEquals(SkipReason.NO_ADDRESS, MinutesRecipient.guest(3, "None", "  ").problem());
    }

    @Test
    void theTextListsOwnActionsFirstFlattensLineBreaksAndHasNoLinkWithoutAccess() {
        MinutesView view = new MinutesView("Minutes: Board", "Petri sent you the minutes of Board.", "Board\r\nBcc: x@example.com",
                "27 November 2026", List.of(new MinutesView.ActionLine("Mine\nsecond line", null, "4 December 2026")),
                List.of("Decided"), List.of(new MinutesView.ActionLine("Theirs", "Anna", null)), null,
                "The page is not shared with you.", LABELS);
        String text = MinutesText.write(view);
        assertTrue(text.indexOf("Your actions") < text.indexOf("Mine second line — due 4 December 2026")
                && text.indexOf("Mine second line") < text.indexOf("Decisions")
                && text.indexOf("Decisions") < text.indexOf("Other actions")
                && text.indexOf("Other actions") < text.indexOf("- Theirs (Anna)"), text);
        assertTrue(text.contains("Board Bcc: x@example.com\n"), "a title's line break cannot start a line of its own: " + text);
        assertFalse(text.contains("Open the memo"), text);
        assertTrue(text.contains("The page is not shared with you."), text);

        MinutesView viewer = new MinutesView("s", "i", "Board", null, List.of(), List.of(), List.of(), "https://c.example.org/pages/viewpage.action?pageId=7", null, LABELS);
        String viewerText = MinutesText.write(viewer);
        assertTrue(viewerText.contains("Open the memo: https://c.example.org/pages/viewpage.action?pageId=7"), viewerText);
        assertFalse(viewerText.contains("Your actions"), "no empty sections: " + viewerText);
    }
}
