package io.meetingmemo.actionitem.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** JSON shapes of the decision log: {@code GET /decisions} and {@code GET /decisions/{id}}. */
public final class DecisionJson {
    private DecisionJson() {}

    /**
     * A decision written in a memo.
     *
     * @param actionItemIds the tracked action items written inside the decision ({@code GET /action-items/{id}})
     * @param removed       the decision has left its page (or the page was purged); only a read by id shows one
     * @param url           its page, at the memo
     */
    public record Decision(
            @JsonProperty("id") long id,
            @JsonProperty("pageId") long pageId,
            @JsonProperty("pageTitle") String pageTitle,
            @JsonProperty("spaceKey") String spaceKey,
            @JsonProperty("memo") ActionItemJson.MemoRef memo,
            @JsonProperty("text") String text,
            @JsonProperty("tags") List<String> tags,
            @JsonProperty("actionItemIds") List<Long> actionItemIds,
            @JsonProperty("removed") boolean removed,
            @JsonProperty("url") String url) {}

    public record DecisionPage(@JsonProperty("decisions") List<Decision> decisions, @JsonProperty("nextCursor") String nextCursor) {}
}
