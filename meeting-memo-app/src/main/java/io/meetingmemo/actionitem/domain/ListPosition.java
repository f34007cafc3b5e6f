package io.meetingmemo.actionitem.domain;

import io.meetingmemo.memo.domain.SupportedDates;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of results ends, in the list order (due date with undated items last, then id). Lists
 * continue strictly after it (keyset paging), so items added meanwhile never shift or repeat rows.
 * As an opaque cursor it is URL-safe base64 of {@code dueSortKey|id}.
 */
public record ListPosition(String dueSortKey, long id) {
    /** Sort key of items without a due date: after every real date. */
    public static final String NO_DUE_DATE = "9999-12-31";

    public String toCursor() { return cursor(dueSortKey, id); }

    /** Empty when the cursor was not made by {@link #toCursor()}. */
    public static Optional<ListPosition> fromCursor(String cursor) {
        return fromCursor(cursor, NO_DUE_DATE);
    }

    public static String dueSortKey(java.time.LocalDate due) { return due == null ? NO_DUE_DATE : due.toString(); }

    /** The cursor of a position in a list ordered by a date sort key and id: URL-safe base64 of {@code key|id}. */
    static String cursor(String dateSortKey, long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((dateSortKey + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a {@link #cursor} names: a supported date or {@code undatedKey}, and an id above 0; empty for
     * anything else.
     */
    static Optional<ListPosition> fromCursor(String cursor, String undatedKey) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar != 10) return Optional.empty();
            String date = raw.substring(0, bar);
            if (!date.equals(undatedKey) && SupportedDates.parse(date) == null) return Optional.empty();
            long id = Long.parseLong(raw.substring(bar + 1));
            return id > 0 ? Optional.of(new ListPosition(date, id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
