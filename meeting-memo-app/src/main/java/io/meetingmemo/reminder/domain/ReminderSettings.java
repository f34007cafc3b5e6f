package io.meetingmemo.reminder.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator sets for reminders: whether they are sent, from which hour of the day (server time zone),
 * how many days before the due date the first reminder comes, on which weekday the weekly digests go out, and the
 * spaces whose items never cause a reminder. {@code version} is 0 before anything was saved and one more with each
 * save; a change names the version it read, and a stale one is refused.
 */
public record ReminderSettings(boolean enabled, int hour, int daysBefore, DayOfWeek digestDay, List<String> excludedSpaceKeys,
                               int version) {
    public static final int DEFAULT_HOUR = 7;
    public static final int DEFAULT_DAYS_BEFORE = 2;
    public static final int MAX_DAYS_BEFORE = 14;
    public static final int MAX_EXCLUDED_SPACES = 500;

    /** Reminders on at 07:00, two days ahead, digests on Mondays, no space excluded: what a new installation does. */
    public static final ReminderSettings DEFAULTS =
            new ReminderSettings(true, DEFAULT_HOUR, DEFAULT_DAYS_BEFORE, DayOfWeek.MONDAY, List.of(), 0);

    public ReminderSettings {
        excludedSpaceKeys = excludedSpaceKeys == null ? List.of()
                : excludedSpaceKeys.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).distinct().toList();
        List<String> problems = problems(hour, daysBefore, digestDay, excludedSpaceKeys);
        if (!problems.isEmpty()) throw new InvalidSettings(problems);
    }

    /** Why these values cannot be saved, one reason each; empty when they can. */
    public static List<String> problems(int hour, int daysBefore, DayOfWeek digestDay, List<String> excludedSpaceKeys) {
        List<String> problems = new ArrayList<>();
        if (hour < 0 || hour > 23) problems.add("hour must be a whole hour from 0 to 23, not " + hour);
        if (daysBefore < 0 || daysBefore > MAX_DAYS_BEFORE) {
            problems.add("daysBefore must be from 0 to " + MAX_DAYS_BEFORE + ", not " + daysBefore);
        }
        if (digestDay == null) problems.add("digestDay must be a weekday, MONDAY to SUNDAY");
        if (excludedSpaceKeys != null && excludedSpaceKeys.size() > MAX_EXCLUDED_SPACES) {
            problems.add("at most " + MAX_EXCLUDED_SPACES + " excluded spaces");
        }
        if (excludedSpaceKeys != null) {
            for (String key : excludedSpaceKeys) {
                if (key != null && !key.isBlank() && !key.trim().matches("~?[A-Za-z0-9_-]{1,255}")) {
                    problems.add("\"" + key.trim().replaceAll("\\p{Cntrl}", " ") + "\" is not a space key");
                }
            }
        }
        return problems;
    }

    public ReminderSettings withVersion(int newVersion) {
        return new ReminderSettings(enabled, hour, daysBefore, digestDay, excludedSpaceKeys, newVersion);
    }

    /** Values that cannot be saved; each reason names the field. */
    public static final class InvalidSettings extends IllegalArgumentException {
        private final List<String> reasons;

        public InvalidSettings(List<String> reasons) {
            super(String.join("; ", reasons));
            this.reasons = List.copyOf(reasons);
        }

        public List<String> reasons() { return reasons; }
    }
}
