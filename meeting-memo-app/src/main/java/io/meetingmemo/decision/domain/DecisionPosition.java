package io.meetingmemo.decision.domain;

import io.meetingmemo.actionitem.domain.MemoPosition;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a page of the decision log ends, in its order: newest meeting first, decisions of memos without a date last,
 * and within a day by row id, lowest first (a memo's decisions in the order they were first recorded). Logs continue
 * strictly after it (keyset paging). Stored rows carry {@link #logSortKey}, which sorts ascending in this order, so the
 * databases read a page in index order (H2 cannot read an index backwards to avoid a sort). As an opaque cursor it is
 * a memo list's ({@link MemoPosition}): the day and the id.
 *
 * @param dateSortKey the memo's ISO day, or {@link MemoPosition#NO_DATE}
 */
public record DecisionPosition(String dateSortKey, long id) {
    public static DecisionPosition of(LocalDate memoDate, long id) { return new DecisionPosition(MemoPosition.dateSortKey(memoDate), id); }

    /**
     * The day as the log sorts it, ascending: eight digits, 99999999 minus the day's {@code yyyyMMdd}, so later days
     * come first and a memo without a date ({@code 0000-00-00}) last.
     */
    public static String logSortKey(String dateSortKey) {
        long day = Long.parseLong(dateSortKey.replace("-", ""));
        return String.format(java.util.Locale.ROOT, "%08d", 99_999_999L - day);
    }

    public String logSortKey() { return logSortKey(dateSortKey); }

    public String toCursor() { return new MemoPosition(dateSortKey, id).toCursor(); }

    /** Empty when the cursor was not made by {@link #toCursor()}. */
    public static Optional<DecisionPosition> fromCursor(String cursor) {
        return MemoPosition.fromCursor(cursor).map(p -> new DecisionPosition(p.dateSortKey(), p.id()));
    }
}
