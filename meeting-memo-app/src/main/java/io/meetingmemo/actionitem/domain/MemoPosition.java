package io.meetingmemo.actionitem.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a page of memo records ends, in their list order: newest meeting first, memos without a date last, then by
 * row id, highest first. Lists continue strictly after it (keyset paging). A memo's row is written anew with each sync
 * of its page, so a memo re-saved while someone pages through its meeting day moves within that day. As an opaque
 * cursor it is URL-safe base64 of {@code dateSortKey|id}, as an item list's ({@link ListPosition}).
 */
public record MemoPosition(String dateSortKey, long id) {
    /** Sort key of memos without a date: before every real date, so they come last when the newest come first. */
    public static final String NO_DATE = "0000-00-00";

    public static String dateSortKey(LocalDate date) { return date == null ? NO_DATE : date.toString(); }

    public String toCursor() { return ListPosition.cursor(dateSortKey, id); }

    /** Empty when the cursor was not made by {@link #toCursor()}. */
    public static Optional<MemoPosition> fromCursor(String cursor) {
        return ListPosition.fromCursor(cursor, NO_DATE).map(p -> new MemoPosition(p.dueSortKey(), p.id()));
    }
}
