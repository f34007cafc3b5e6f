package io.meetingmemo.series.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NextMemoTitleTest {
    private static final LocalDate LAST = LocalDate.of(2026, 12, 1);
    private static final LocalDate NEXT = LocalDate.of(2026, 12, 8);

    @Test
    void theLatestPageTitleGoesOnWithTheNewDate() {
        assertEquals("Board 2026-12-08", NextMemoTitle.of("Board 2026-12-01", LAST, "Board", NEXT));
        assertEquals("2026-12-08 Hallitus (ylimääräinen)", NextMemoTitle.of("2026-12-01 Hallitus (ylimääräinen)", LAST, "Hallitus", NEXT));
    }

    @Test
    void aTitleWithoutTheDateGivesTheMemoTitleAndTheDate() {
        assertEquals("Board 2026-12-08", NextMemoTitle.of("Board, first of December", LAST, "Board", NEXT));
        assertEquals("Board 2026-12-08", NextMemoTitle.of(null, null, " Board ", NEXT));
        assertEquals("2026-12-08", NextMemoTitle.of(null, null, null, NEXT));
    }
}
