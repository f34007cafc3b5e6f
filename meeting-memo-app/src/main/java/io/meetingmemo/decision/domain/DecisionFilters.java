package io.meetingmemo.decision.domain;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.memo.domain.DecisionTags;
import io.meetingmemo.memo.domain.SupportedDates;
import java.time.LocalDate;
import java.util.List;

/**
 * The filters of a decision log as people give them, in the REST API's query parameters and the {@code decision-log}
 * macro's parameters alike, read strictly into a {@link DecisionQuery}: a malformed value is refused with the reason
 * ({@link Invalid}), never guessed at.
 */
public final class DecisionFilters {
    /** The longest series filter: far beyond any series a page names, short enough to be no burden to the query. */
    public static final int MAX_SERIES_LENGTH = 1000;
    /** The longest search text: longer is no sentence anyone searches for, and would only make the query slower. */
    public static final int MAX_TEXT_LENGTH = 500;

    private DecisionFilters() {}

    /** A filter value that cannot be read; the message says which and why, for the person who gave it. */
    public static final class Invalid extends IllegalArgumentException {
        public Invalid(String message) { super(message); }
    }

    /**
     * @param spaceKeys space keys (blank ones ignored; null = any space)
     * @param from      first day, {@code yyyy-MM-dd}, or blank
     * @param to        last day, {@code yyyy-MM-dd}, or blank
     * @param tag       one tag, compared as tags are stored ({@link DecisionTags#normalise})
     * @param text      words the decision's text contains
     * @throws Invalid when a value cannot be read
     */
    public static DecisionQuery read(List<String> spaceKeys, String series, String from, String to, String tag, String text) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && first.isAfter(last)) throw new Invalid("from must not be after to");
        String seriesKey = blankToNull(series);
        if (seriesKey != null && seriesKey.length() > MAX_SERIES_LENGTH) {
            throw new Invalid("series must be at most " + MAX_SERIES_LENGTH + " characters");
        }
        String oneTag = DecisionTags.normalise(tag);
        if (oneTag != null && (oneTag.length() > DecisionTags.MAX_LENGTH || oneTag.contains(","))) {
            throw new Invalid("tag must be one tag of at most " + DecisionTags.MAX_LENGTH + " characters");
        }
        String words = blankToNull(text);
        if (words != null && words.length() > MAX_TEXT_LENGTH) throw new Invalid("q must be at most " + MAX_TEXT_LENGTH + " characters");
        List<String> spaces = spaceKeys == null ? List.of()
                : spaceKeys.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).distinct().toList();
        // The series as the tracker stores it (a very long one cut as the sync cuts it), so every stored series is found.
        return new DecisionQuery(spaces, ActionItem.stored(seriesKey), first, last, oneTag, words);
    }

    private static LocalDate date(String name, String value) {
        String text = blankToNull(value);
        if (text == null) return null;
        LocalDate date = SupportedDates.parse(text);
        if (date == null) throw new Invalid(name + " must be a date as yyyy-MM-dd " + SupportedDates.RANGE);
        return date;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
