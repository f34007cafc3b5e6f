package io.meetingmemo.actionitem.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters of a list of memo records; null or empty means any. Memos of pages in the trash or purged are never listed.
 *
 * @param series the series as the tracker stores it ({@link ActionItem#stored})
 * @param from   the first meeting day, inclusive; a memo without a date is left out when either day is given
 * @param to     the last meeting day, inclusive
 */
public record MemoQuery(List<String> spaceKeys, String series, LocalDate from, LocalDate to) {
    public MemoQuery {
        spaceKeys = spaceKeys == null ? List.of() : List.copyOf(spaceKeys);
    }
}
