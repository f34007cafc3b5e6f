package io.meetingmemo.actionitem.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * JSON shapes of sending a memo's minutes: {@code POST /pages/{pageId}/memos/{memoKey}/send} (a preview or a send) and
 * {@code GET /pages/{pageId}/memos/{memoKey}/sends}.
 */
public final class MinutesJson {
    private MinutesJson() {}

    public record SendResult(
            @JsonProperty("pageId") long pageId,
            @JsonProperty("memoKey") String memoKey,
            @JsonProperty("pageVersion") int pageVersion,
            @JsonProperty("preview") boolean preview,
            @JsonProperty("previousSend") SendSummary previousSend,
            @JsonProperty("recipients") List<Recipient> recipients,
            @JsonProperty("send") SendSummary send) {}

    /**
     * One person named in the memo.
     *
     * @param chosen     whether they get the minutes with the choice as sent (a preview: as it stands)
     * @param skipReason why not, when not chosen
     * @param mail       what they get (or would get when ticked); null when they have no usable address
     */
    public record Recipient(
            @JsonProperty("id") String id,
            @JsonProperty("role") String role,
            @JsonProperty("userKey") String userKey,
            @JsonProperty("name") String name,
            @JsonProperty("address") String address,
            @JsonProperty("canViewPage") boolean canViewPage,
            @JsonProperty("chosen") boolean chosen,
            @JsonProperty("skipReason") String skipReason,
            @JsonProperty("mail") Mail mail) {}

    public record Mail(
            @JsonProperty("to") String to,
            @JsonProperty("subject") String subject,
            @JsonProperty("html") String html,
            @JsonProperty("text") String text,
            @JsonProperty("language") String language) {}

    public record SendSummary(
            @JsonProperty("id") long id,
            @JsonProperty("sentAt") String sentAt,
            @JsonProperty("queuedCount") int queuedCount) {}

    public record Sends(@JsonProperty("sends") List<Send> sends) {}

    public record Send(
            @JsonProperty("id") long id,
            @JsonProperty("sentAt") String sentAt,
            @JsonProperty("pageVersion") int pageVersion,
            @JsonProperty("sender") ActionItemJson.Person sender,
            @JsonProperty("queuedCount") int queuedCount,
            @JsonProperty("deliveries") List<Delivery> deliveries) {}

    /** @param outcome {@code queued} or {@code skipped} */
    public record Delivery(
            @JsonProperty("recipientId") String recipientId,
            @JsonProperty("userKey") String userKey,
            @JsonProperty("name") String name,
            @JsonProperty("address") String address,
            @JsonProperty("outcome") String outcome,
            @JsonProperty("skipReason") String skipReason,
            @JsonProperty("withoutPageAccess") boolean withoutPageAccess) {}

    /** An error of these endpoints: the status, a stable code for scripts and the UI, the reason, the earlier send. */
    public record Error(
            @JsonProperty("status") int status,
            @JsonProperty("code") String code,
            @JsonProperty("message") String message,
            @JsonProperty("previousSend") SendSummary previousSend) {}
}
