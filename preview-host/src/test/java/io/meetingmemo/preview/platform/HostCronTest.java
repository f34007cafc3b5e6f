package io.meetingmemo.preview.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Quartz cron expressions as the host's scheduler reads them: the next run after a moment, in a time zone. */
class HostCronTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static LocalDateTime next(String cron, String after) {
        Instant next = HostCron.parse(cron).nextAfter(LocalDateTime.parse(after).atZone(HELSINKI).toInstant(), HELSINKI);
        return next == null ? null : LocalDateTime.ofInstant(next, HELSINKI);
    }

    @Test
    void dailyAtAnHourInTheZone() {
        assertEquals(LocalDateTime.parse("2026-12-01T07:00"), next("0 0 7 * * ?", "2026-12-01T06:59:59"));
        assertEquals(LocalDateTime.parse("2026-12-02T07:00"), next("0 0 7 * * ?", "2026-12-01T07:00"), "strictly after");
    }

    @Test
    void weekdaysByNameAndNumber() {
        // 2026-11-28 is a Saturday.
        assertEquals(LocalDateTime.parse("2026-11-30T08:30"), next("0 30 8 ? * MON-FRI", "2026-11-28T09:00"));
        assertEquals(LocalDateTime.parse("2026-11-29T08:30"), next("0 30 8 ? * 1", "2026-11-28T09:00"), "1 is Sunday, as in Quartz");
        assertEquals(LocalDateTime.parse("2026-12-02T08:30"), next("0 30 8 ? * wed", "2026-11-28T09:00"));
    }

    @Test
    void stepsListsMonthsAndYears() {
        assertEquals(LocalDateTime.parse("2026-12-01T10:15"), next("0 0/15 * * * ?", "2026-12-01T10:07:30"));
        assertEquals(LocalDateTime.parse("2026-12-01T10:07:45"), next("15,45 * * * * ?", "2026-12-01T10:07:30"));
        assertEquals(LocalDateTime.parse("2026-12-31T00:00"), next("0 0 0 31 * ?", "2026-11-01T00:00"), "November has no 31st");
        assertEquals(LocalDateTime.parse("2027-03-01T06:00"), next("0 0 6 1 MAR,SEP ?", "2026-12-01T00:00"));
        assertEquals(LocalDateTime.parse("2030-01-01T12:00"), next("0 0 12 1 1 ? 2030", "2026-12-01T00:00"));
        assertNull(next("0 0 12 1 1 ? 2020", "2026-12-01T00:00"), "a past year never fires");
    }

    @Test
    void unsupportedAndMalformedExpressionsAreRefusedByName() {
        for (String unsupported : new String[] {"0 0 7 L * ?", "0 0 7 15W * ?", "0 0 7 ? * 6#3", "0 0 7 ? * 6L"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostCron.parse(unsupported));
            assertTrue(e.getMessage().contains("not supported by the preview host"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HostCron.parse("0 0 7 * * *")).getMessage().contains("exactly one"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HostCron.parse("0 0 7 * *")).getMessage().contains("6 or 7 fields"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HostCron.parse("0 0 25 * * ?")).getMessage().contains("hours"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HostCron.parse("0 0 9-7 * * ?")).getMessage().contains("backwards"));
    }
}
