package io.meetingmemo.series.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/** How often a series meets, which dates its next meeting. */
public enum Cadence {
    /** No schedule: the next meeting is dated today. */
    NONE("none"),
    WEEKLY("weekly"),
    BIWEEKLY("biweekly"),
    /** The same day of the month, or the month's last day when it is shorter (31 January, then 28 February). */
    MONTHLY("monthly");

    private final String wireName;

    Cadence(String wireName) { this.wireName = wireName; }

    /** How the cadence is written in JSON and macro parameters. */
    public String wireName() { return wireName; }

    /** @throws IllegalArgumentException naming the values allowed, when {@code value} is none of them */
    public static Cadence parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (Cadence c : values()) if (c.wireName.equals(v)) return c;
        throw new IllegalArgumentException("cadence \"" + value + "\" is not one of "
                + String.join(", ", Arrays.stream(values()).map(Cadence::wireName).toList()));
    }

    /**
     * The day of the meeting after one held on {@code last}: one cadence step after it, and if that is already past,
     * the first step on or after {@code today}. Without a cadence or a last meeting day, today.
     */
    public LocalDate nextMeeting(LocalDate last, LocalDate today) {
        if (this == NONE || last == null) return today;
        LocalDate next = step(last, 1);
        for (int n = 2; next.isBefore(today); n++) next = step(last, n);
        return next;
    }

    private LocalDate step(LocalDate from, int n) {
        return switch (this) {
            case WEEKLY -> from.plusWeeks(n);
            case BIWEEKLY -> from.plusWeeks(2L * n);
            case MONTHLY -> from.plusMonths(n); // plusMonths clamps to the month's last day
            case NONE -> from;
        };
    }
}
