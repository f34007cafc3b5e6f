package io.meetingmemo.actionitem.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * JSON shapes of the action-item API. Every component names its JSON property and every request body its
 * creator, so the JSON is the same whatever the REST module's Jackson set-up auto-detects (Confluence's is
 * not public); a test compares it under a mapper that auto-detects nothing.
 */
public final class ActionItemJson {
    private ActionItemJson() {}

    public record Item(
            @JsonProperty("id") long id,
            @JsonProperty("pageId") long pageId,
            @JsonProperty("pageTitle") String pageTitle,
            @JsonProperty("spaceKey") String spaceKey,
            @JsonProperty("memo") MemoRef memo,
            @JsonProperty("text") String text,
            @JsonProperty("assignee") Person assignee,
            @JsonProperty("owner") String owner,
            @JsonProperty("followUp") Person followUp,
            @JsonProperty("dueDate") String dueDate,
            @JsonProperty("overdue") boolean overdue,
            @JsonProperty("status") String status,
            @JsonProperty("source") String source,
            @JsonProperty("removed") boolean removed,
            @JsonProperty("version") int version,
            @JsonProperty("url") String url,
            @JsonProperty("canChangeStatus") boolean canChangeStatus) {}

    public record MemoRef(
            @JsonProperty("key") String key,
            @JsonProperty("title") String title,
            @JsonProperty("date") String date,
            @JsonProperty("series") String series) {}

    public record Person(
            @JsonProperty("userKey") String userKey,
            @JsonProperty("username") String username,
            @JsonProperty("displayName") String displayName) {}

    public record ItemPage(@JsonProperty("items") List<Item> items, @JsonProperty("nextCursor") String nextCursor) {}

    public record HistoryEntry(
            @JsonProperty("changedAt") String changedAt,
            @JsonProperty("changedBy") Person changedBy,
            @JsonProperty("oldStatus") String oldStatus,
            @JsonProperty("newStatus") String newStatus,
            @JsonProperty("via") String via) {}

    public record History(@JsonProperty("itemId") long itemId, @JsonProperty("changes") List<HistoryEntry> changes) {}

    /**
     * Body of {@code PUT /action-items/{id}/status}.
     *
     * @param version the item's version the caller last saw: a JSON whole number (read as any JSON value, so that
     *                text such as {@code "99"} or a fraction is refused rather than coerced)
     */
    public record StatusRequest(@JsonProperty("status") String status, @JsonProperty("version") Object version) {
        @JsonCreator
        public StatusRequest {}
    }

    /** Every error: {@code {"status":409,"message":"…"}}, plus the current item on a version conflict. */
    public record Error(
            @JsonProperty("status") int status,
            @JsonProperty("message") String message,
            @JsonProperty("current") Item current) {}
}
