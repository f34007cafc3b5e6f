package io.meetingmemo.actionitem.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters of an action-item list. Null means "any". {@code assigneeKey} is already resolved to a user
 * key. {@code overdueOn} selects open items due before that day. Trashed pages are never listed.
 */
public record ActionItemQuery(StatusFilter status, String assigneeKey, List<String> spaceKeys, Long pageId,
                              String series, LocalDate dueBefore, LocalDate dueAfter, LocalDate overdueOn,
                              String text, boolean includeRemoved) {
    public ActionItemQuery {
        spaceKeys = spaceKeys == null ? List.of() : List.copyOf(spaceKeys);
        status = status == null ? StatusFilter.OPEN : status;
    }

    public static ActionItemQuery forPage(long pageId, boolean includeRemoved) {
        return new ActionItemQuery(StatusFilter.ALL, null, List.of(), pageId, null, null, null, null, null, includeRemoved);
    }

    public enum StatusFilter { OPEN, DONE, ALL }
}
