package io.meetingmemo.reminder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When an item is in a reminder, who gets it, what settings may be saved, and how many items a mail lists. */
class ReminderRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Optional<DueReason> reason(int daysLate, int daysBefore) {
        return DueReason.of(TODAY.minusDays(daysLate), TODAY, daysBefore);
    }

    @Test
    void anItemIsMentionedNDaysAheadOnItsDayTheDayAfterAndEveryWeekAfterThat() {
        assertEquals(Optional.of(DueReason.DUE_SOON), reason(-2, 2));
        assertEquals(Optional.empty(), reason(-1, 2), "not the day in between");
        assertEquals(Optional.empty(), reason(-3, 2));
        assertEquals(Optional.of(DueReason.DUE_TODAY), reason(0, 2));
        assertEquals(Optional.of(DueReason.DUE_TODAY), reason(0, 0), "N = 0: only on the day");
        assertEquals(Optional.empty(), reason(-2, 0));
        assertEquals(Optional.of(DueReason.NEWLY_OVERDUE), reason(1, 2));
        for (int late = 2; late <= 7; late++) assertEquals(Optional.empty(), reason(late, 2), late + " days late");
        assertEquals(Optional.of(DueReason.STILL_OVERDUE), reason(8, 2));
        assertEquals(Optional.of(DueReason.STILL_OVERDUE), reason(15, 2));
        assertEquals(Optional.of(DueReason.STILL_OVERDUE), reason(365, 2), "365 = 52 weeks and a day");
        assertEquals(Optional.empty(), DueReason.of(null, TODAY, 2), "no due date, no reminder");
    }

    @Test
    void theAssigneeGetsTheItemElseTheFollowUpOwnerWhoMayViewItElseTheMinuteTaker() {
        assertEquals("k-assignee", Recipients.of("k-assignee", null, false, "k-minutes"));
        assertEquals("k-assignee", Recipients.of("k-assignee", "k-follow", true, "k-minutes"),
                "an owner with an account: the follow-up owner is not mailed for the item");
        assertEquals("k-minutes", Recipients.of(null, null, false, "k-minutes"));
        assertEquals("k-minutes", Recipients.of(" ", null, false, "k-minutes"));
        assertEquals("k-follow", Recipients.of(null, "k-follow", true, "k-minutes"), "an owner without an account: the follow-up owner");
        assertEquals("k-minutes", Recipients.of(null, "k-follow", false, "k-minutes"),
                "a follow-up owner who may not view the page: the minute-taker");
        assertEquals("k-follow", Recipients.of(null, "k-follow", true, null), "no minute-taker needed");
        assertNull(Recipients.of(null, "k-follow", false, null), "nobody who may follow it up");
        assertNull(Recipients.of(null, " ", true, null), "a blank follow-up names nobody");
        assertNull(Recipients.of(null, null, false, null), "nobody to follow it up");
    }

    @Test
    void settingsOutOfRangeAreRefusedWithEveryReason() {
        ReminderSettings.InvalidSettings e = assertThrows(ReminderSettings.InvalidSettings.class,
                () -> new ReminderSettings(true, 24, 15, null, List.of("OK", "bad key\r\n"), 0));
        assertEquals(4, e.reasons().size(), e.reasons().toString());
        assertTrue(e.reasons().get(3).contains("bad key"), "the key is named, its line break flattened: " + e.reasons());
        assertTrue(!e.getMessage().contains("\n"));
        ReminderSettings ok = new ReminderSettings(false, 0, 14, DayOfWeek.SUNDAY, List.of(" EDU ", "EDU", "", "~petri"), 3);
        assertEquals(List.of("EDU", "~petri"), ok.excludedSpaceKeys(), "trimmed, blank and repeated keys dropped");
    }

    private static DueItem item(long id, LocalDate due) {
        return new DueItem(id, 1, "S", "P", "m", "M", null, "t" + id, "k", null, due, DueReason.DUE_TODAY);
    }

    @Test
    void aMailListsTheFirstHundredItemsOverdueFirstAndCountsTheRest() {
        PersonReminder reminder = new PersonReminder("k");
        for (int i = 1; i <= 10_000; i++) reminder.add(item(i, TODAY.plusDays(i % 50 - 25)));
        assertEquals(10_000, reminder.total());
        assertEquals(PersonReminder.MAX_LISTED, reminder.listed().size());
        assertEquals(9_900, reminder.notListed());
        assertEquals(TODAY.minusDays(25), reminder.listed().get(0).dueDate(), "the most overdue first");
        reminder.removeAll(i -> i.id() % 2 == 0);
        assertTrue(reminder.listed().stream().allMatch(i -> i.id() % 2 == 1));
        assertEquals(10_000 - reminder.listed().size() - reminder.notListed(), 10_000 - reminder.total());
    }
}
