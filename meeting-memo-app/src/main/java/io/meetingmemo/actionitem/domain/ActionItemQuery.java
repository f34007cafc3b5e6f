package io.meetingmemo.actionitem.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters of an action-item list. Null means "any". {@code assigneeKey} is already resolved to a user
 * key. {@code overdueOn} selects open items due before that day. {@code memoDateBefore} selects items written
 * in memos dated before that day (memos without a date are never before anything). Trashed pages are never
 * listed.
 */
public record ActionItemQuery(StatusFilter status, String assigneeKey, List<String> spaceKeys, Long pageId,
                              String series, LocalDate dueBefore, LocalDate dueAfter, LocalDate overdueOn,
                              String text, boolean includeRemoved, LocalDate memoDateBefore) {
    public ActionItemQuery {
        spaceKeys = spaceKeys == null ? List.of() : List.copyOf(spaceKeys);
        status = status == null ? StatusFilter.OPEN : status;
    }

    /** Every filter of the lists people ask for (registers, REST, exports), which do not select by memo date. */
    public ActionItemQuery(StatusFilter status, String assigneeKey, List<String> spaceKeys, Long pageId,
                           String series, LocalDate dueBefore, LocalDate dueAfter, LocalDate overdueOn,
                           String text, boolean includeRemoved) {
        this(status, assigneeKey, spaceKeys, pageId, series, dueBefore, dueAfter, overdueOn, text, includeRemoved, null);
    }

    /**
     * What a memo of a series carries over: the open items of the series' earlier memos, those dated before the
     * memo's day. {@code storedSeries} is the series as the tracker stores it.
     */
    public static ActionItemQuery carriedInto(String storedSeries, LocalDate memoDate) {
        return new ActionItemQuery(StatusFilter.OPEN, null, List.of(), null, storedSeries, null, null, null, null, false, memoDate);
    }

    public static ActionItemQuery forPage(long pageId, boolean includeRemoved) {
        return new ActionItemQuery(StatusFilter.ALL, null, List.of(), pageId, null, null, null, null, null, includeRemoved);
    }

    public enum StatusFilter { OPEN, DONE, ALL }
}
