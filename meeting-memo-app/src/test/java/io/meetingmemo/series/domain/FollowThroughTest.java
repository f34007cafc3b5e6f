package io.meetingmemo.series.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The follow-through figures: completion in whole per cent, whole days to done, the median, and meetings since a memo. */
class FollowThroughTest {
    @Test
    void completionIsDoneOfAllRoundedAndNoneWithoutItems() {
        assertEquals(67, new FollowThrough(1, 2, null).completionPercent());
        assertEquals(33, new FollowThrough(2, 1, null).completionPercent());
        assertEquals(100, new FollowThrough(0, 4, null).completionPercent());
        assertNull(FollowThrough.NONE.completionPercent());
    }

    @Test
    void daysToDoneAreWhole24HourPeriodsFromFirstTracked() {
        Instant saved = Instant.parse("2026-11-02T16:00:00Z");
        assertEquals(0, FollowThrough.daysToDone(saved, Instant.parse("2026-11-03T15:59:59Z")));
        assertEquals(1, FollowThrough.daysToDone(saved, Instant.parse("2026-11-03T16:00:00Z")));
        assertNull(FollowThrough.daysToDone(saved, null), "done, but the tracker does not know when");
        assertNull(FollowThrough.daysToDone(saved, saved.minusSeconds(1)), "a clock that went back");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(5.0, FollowThrough.median(List.of(10L, 2L, 5L)));
        assertEquals(3.5, FollowThrough.median(List.of(7L, 2L, 5L, 1L)));
        assertNull(FollowThrough.median(List.of()));
    }

    @Test
    void meetingsSinceCountsTheMeetingDaysAfterTheMemosDay() {
        List<LocalDate> newestFirst = List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 9, 1));
        assertEquals(2, FollowThrough.meetingsSince(LocalDate.of(2026, 10, 1), newestFirst), "not the memo's own meeting");
        assertEquals(3, FollowThrough.meetingsSince(LocalDate.of(2026, 9, 1), newestFirst));
        assertEquals(0, FollowThrough.meetingsSince(LocalDate.of(2026, 11, 1), newestFirst));
    }
}
