package io.meetingmemo.actionitem.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters of a list of memo records; null or empty means any. Memos of pages in the trash or purged are never listed.
 *
 * @param series        the series as the tracker stores it ({@link ActionItem#stored})
 * @param from          the first meeting day, inclusive; a memo without a date is left out when either day is given
 * @param to            the last meeting day, inclusive
 * @param withoutSeries only memos that are in no series (then {@code series} is null)
 */
public record MemoQuery(List<String> spaceKeys, String series, LocalDate from, LocalDate to, boolean withoutSeries) {
    public MemoQuery {
        spaceKeys = spaceKeys == null ? List.of() : List.copyOf(spaceKeys);
        if (withoutSeries && series != null) throw new IllegalArgumentException("a series and without a series");
    }

    public MemoQuery(List<String> spaceKeys, String series, LocalDate from, LocalDate to) {
        this(spaceKeys, series, from, to, false);
    }
}
