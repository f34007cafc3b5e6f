package io.meetingmemo.reminder.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Why an open item is in today's reminder. An item is mentioned on the day that is {@code daysBefore} days before
 * its due date, on its due date, on the first day it is overdue, and then every seventh day it stays overdue; on
 * any other day it is not, so a person is not told the same thing every day.
 */
public enum DueReason {
    DUE_SOON,
    DUE_TODAY,
    NEWLY_OVERDUE,
    STILL_OVERDUE;

    /** Why the item due on {@code due} is in the reminder of {@code today}, if it is. */
    public static Optional<DueReason> of(LocalDate due, LocalDate today, int daysBefore) {
        if (due == null) return Optional.empty();
        long late = ChronoUnit.DAYS.between(due, today);
        if (late == 0) return Optional.of(DUE_TODAY);
        if (late == 1) return Optional.of(NEWLY_OVERDUE);
        if (late > 1 && late % 7 == 1) return Optional.of(STILL_OVERDUE);
        if (daysBefore > 0 && late == -daysBefore) return Optional.of(DUE_SOON);
        return Optional.empty();
    }
}
