package io.meetingmemo.preview.platform;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

/**
 * A Quartz-style cron expression, as atlassian-scheduler reads them ({@code "sec min hour day-of-month month
 * day-of-week [year]"}), for the host's scheduler. Supported in every field: {@code *}, numbers, lists ({@code ,}),
 * ranges ({@code -}) and steps ({@code /}); month and weekday names ({@code JAN}, {@code MON}); {@code ?} in exactly
 * one of the two day fields, as Quartz requires. Not supported, and refused by name: {@code L}, {@code W} and
 * {@code #}.
 */
final class HostCron {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3),
            Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AUG", 8), Map.entry("SEP", 9),
            Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));
    /** Quartz numbers weekdays 1 (Sunday) to 7 (Saturday). */
    private static final Map<String, Integer> WEEKDAYS = Map.of("SUN", 1, "MON", 2, "TUE", 3, "WED", 4, "THU", 5, "FRI", 6, "SAT", 7);
    /** How far ahead a next run is looked for; an expression that never fires in that time has none. */
    private static final int DAYS_AHEAD = 366 * 8;

    private final String expression;
    private final BitSet seconds;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final BitSet years;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private HostCron(String expression, String[] fields) {
        this.expression = expression;
        seconds = field(fields[0], 0, 59, Map.of(), "seconds");
        minutes = field(fields[1], 0, 59, Map.of(), "minutes");
        hours = field(fields[2], 0, 23, Map.of(), "hours");
        anyDayOfMonth = fields[3].equals("?");
        anyDayOfWeek = fields[5].equals("?");
        if (anyDayOfMonth == anyDayOfWeek) {
            throw new IllegalArgumentException("cron expression \"" + expression + "\": exactly one of day-of-month and day-of-week must be '?'");
        }
        daysOfMonth = anyDayOfMonth ? null : field(fields[3], 1, 31, Map.of(), "day-of-month");
        months = field(fields[4], 1, 12, MONTHS, "month");
        daysOfWeek = anyDayOfWeek ? null : field(fields[5], 1, 7, WEEKDAYS, "day-of-week");
        years = fields.length == 7 ? field(fields[6], 1970, 2199, Map.of(), "year") : null;
    }

    /** @throws IllegalArgumentException naming what is wrong or not supported */
    static HostCron parse(String expression) {
        if (expression == null || expression.isBlank()) throw new IllegalArgumentException("a cron expression is required");
        String[] fields = expression.trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (fields.length < 6 || fields.length > 7) {
            throw new IllegalArgumentException("cron expression \"" + expression + "\" needs 6 or 7 fields (seconds minutes hours "
                    + "day-of-month month day-of-week [year]), not " + fields.length);
        }
        return new HostCron(expression, fields);
    }

    /** The first time strictly after {@code after} that the expression names, in {@code zone}; null when none within eight years. */
    Instant nextAfter(Instant after, ZoneId zone) {
        ZonedDateTime start = after.atZone(zone).withNano(0).plusSeconds(1);
        LocalDate date = start.toLocalDate();
        LocalTime from = start.toLocalTime();
        for (int day = 0; day < DAYS_AHEAD; day++, date = date.plusDays(1), from = LocalTime.MIDNIGHT) {
            if (!dayMatches(date)) continue;
            for (int h = hours.nextSetBit(from.getHour()); h >= 0; h = hours.nextSetBit(h + 1)) {
                int firstMinute = h == from.getHour() ? from.getMinute() : 0;
                for (int m = minutes.nextSetBit(firstMinute); m >= 0; m = minutes.nextSetBit(m + 1)) {
                    int firstSecond = h == from.getHour() && m == from.getMinute() ? from.getSecond() : 0;
                    int s = seconds.nextSetBit(firstSecond);
                    if (s < 0) continue;
                    LocalDateTime local = date.atTime(h, m, s);
                    ZonedDateTime zoned = local.atZone(zone);
                    // A local time that daylight saving skips does not exist on that day.
                    if (zoned.toLocalDateTime().equals(local)) return zoned.toInstant();
                }
            }
        }
        return null;
    }

    private boolean dayMatches(LocalDate date) {
        if (years != null && (date.getYear() < 1970 || date.getYear() > 2199 || !years.get(date.getYear()))) return false;
        if (!months.get(date.getMonthValue())) return false;
        if (daysOfMonth != null) return daysOfMonth.get(date.getDayOfMonth());
        return daysOfWeek.get(quartzWeekday(date.getDayOfWeek()));
    }

    private static int quartzWeekday(DayOfWeek day) { return day == DayOfWeek.SUNDAY ? 1 : day.getValue() + 1; }

    private BitSet field(String text, int min, int max, Map<String, Integer> names, String name) {
        for (String unsupported : new String[] {"L", "W", "#"}) {
            if (names.isEmpty() ? text.contains(unsupported) : text.replaceAll("[A-Z]{3}", "").contains(unsupported)) {
                throw new IllegalArgumentException("cron expression \"" + expression + "\": '" + unsupported + "' in the " + name
                        + " field is not supported by the preview host");
            }
        }
        BitSet values = new BitSet(max + 1);
        for (String item : text.split(",")) {
            String range = item;
            int step = 1;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                range = item.substring(0, slash);
                step = number(item.substring(slash + 1), 1, max, Map.of(), name);
            }
            int low;
            int high;
            if (range.equals("*") || range.equals("?")) {
                low = min;
                high = max;
            } else if (range.indexOf('-') > 0) {
                low = number(range.substring(0, range.indexOf('-')), min, max, names, name);
                high = number(range.substring(range.indexOf('-') + 1), min, max, names, name);
                if (high < low) throw new IllegalArgumentException("cron expression \"" + expression + "\": the " + name + " range " + range + " runs backwards");
            } else {
                low = number(range, min, max, names, name);
                high = slash >= 0 ? max : low;
            }
            for (int v = low; v <= high; v += step) values.set(v);
        }
        return values;
    }

    private int number(String text, int min, int max, Map<String, Integer> names, String name) {
        Integer named = names.get(text);
        if (named != null) return named;
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("cron expression \"" + expression + "\": \"" + text + "\" is not a " + name + " value ("
                + min + "–" + max + (names.isEmpty() ? "" : " or a name") + ")");
    }
}
