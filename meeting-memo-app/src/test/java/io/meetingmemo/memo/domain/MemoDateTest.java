package io.meetingmemo.memo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Memo and due dates are read exactly as strict ISO dates in yyyy-MM-dd form, nothing more lenient. */
class MemoDateTest {

    private static LocalDate strictIso(String text) {
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void acceptsExactlyTheDatesAStrictIsoReaderAccepts() {
        List<String> texts = new ArrayList<>(List.of("2026-11-23", "2024-02-29", "2026-02-29", "2026-02-30", "2026-13-01",
                "2026-00-10", "2026-01-00", "2026-04-31", "0000-01-01", "9999-12-31", "2026-1-01", "2026-01-1", "26-01-01",
                "+2026-01-01", " 2026-01-01", "2026-01-01 ", "2026/01/01", "2026-01-01T10:00", "２０２６-01-01", "2026-0a-01",
                "20260101", "", "----------", "2026--1-01"));
        for (int month = 0; month <= 13; month++) {
            for (int day = 0; day <= 32; day++) texts.add(String.format("2023-%02d-%02d", month, day));
        }
        for (String text : texts) {
            assertEquals(strictIso(text), MemoDraft.parseDate(text), "\"" + text + "\"");
        }
    }
}
