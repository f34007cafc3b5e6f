package io.meetingmemo.actionitem.rest;

import java.util.List;

/** JSON shapes of the action-item API (Jackson serialises the record components by name). */
public final class ActionItemJson {
    private ActionItemJson() {}

    public record Item(long id, long pageId, String pageTitle, String spaceKey, MemoRef memo, String text,
                       Person assignee, String owner, String dueDate, boolean overdue, String status, String source,
                       boolean removed, int version, String url, boolean canChangeStatus) {}

    public record MemoRef(String key, String title, String date, String series) {}

    public record Person(String userKey, String username, String displayName) {}

    public record ItemPage(List<Item> items, String nextCursor) {}

    public record HistoryEntry(String changedAt, Person changedBy, String oldStatus, String newStatus, String via) {}

    public record History(long itemId, List<HistoryEntry> changes) {}

    /** Body of {@code PUT /action-items/{id}/status}. */
    public record StatusRequest(String status, Integer version) {}

    /** Every error: {@code {"status":409,"message":"…"}}, plus the current item on a version conflict. */
    public record Error(int status, String message, Item current) {}
}
