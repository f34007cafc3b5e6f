package io.meetingmemo.actionitem.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * JSON shapes of the memo endpoints: {@code GET /pages/{pageId}/memos}, every structured field of each memo on a page;
 * {@code GET /memos}, the memo records across pages.
 */
public final class MemoJson {
    private MemoJson() {}

    public record PageMemos(
            @JsonProperty("pageId") long pageId,
            @JsonProperty("pageTitle") String pageTitle,
            @JsonProperty("spaceKey") String spaceKey,
            @JsonProperty("memos") List<Memo> memos,
            @JsonProperty("problems") List<Problem> problems) {}

    public record Memo(
            @JsonProperty("key") String key,
            @JsonProperty("title") String title,
            @JsonProperty("date") String date,
            @JsonProperty("time") String time,
            @JsonProperty("location") String location,
            @JsonProperty("series") String series,
            @JsonProperty("minutesBy") ActionItemJson.Person minutesBy,
            @JsonProperty("attendees") List<Attendee> attendees,
            @JsonProperty("guests") List<Guest> guests,
            @JsonProperty("contacts") List<Contact> contacts,
            @JsonProperty("decisions") List<String> decisions,
            @JsonProperty("actionItems") List<Action> actionItems,
            @JsonProperty("carryOver") boolean carryOver) {}

    public record Attendee(@JsonProperty("person") ActionItemJson.Person person, @JsonProperty("present") boolean present) {}

    public record Guest(
            @JsonProperty("name") String name,
            @JsonProperty("organisation") String organisation,
            @JsonProperty("role") String role,
            @JsonProperty("email") String email) {}

    public record Contact(
            @JsonProperty("name") String name,
            @JsonProperty("organisation") String organisation,
            @JsonProperty("role") String role,
            @JsonProperty("email") String email,
            @JsonProperty("phone") String phone,
            @JsonProperty("owner") ActionItemJson.Person owner,
            @JsonProperty("notes") String notes) {}

    /** An action as written on the page, with its tracked record when the tracker has synced it. */
    public record Action(
            @JsonProperty("key") String key,
            @JsonProperty("source") String source,
            @JsonProperty("text") String text,
            @JsonProperty("assignee") ActionItemJson.Person assignee,
            @JsonProperty("owner") String owner,
            @JsonProperty("followUp") ActionItemJson.Person followUp,
            @JsonProperty("dueDate") String dueDate,
            @JsonProperty("tracked") ActionItemJson.Item tracked) {}

    public record Problem(
            @JsonProperty("message") String message,
            @JsonProperty("line") int line,
            @JsonProperty("column") int column,
            @JsonProperty("memoKey") String memoKey) {}

    /** A page of {@code GET /memos}; {@code next} is passed back to read the following page, null on the last. */
    public record MemoSummaryPage(@JsonProperty("memos") List<MemoSummary> memos, @JsonProperty("next") String next) {}

    /** A memo as the tracker recorded it when its page was last saved, with its tracked actions now. */
    public record MemoSummary(
            @JsonProperty("pageId") long pageId,
            @JsonProperty("pageTitle") String pageTitle,
            @JsonProperty("spaceKey") String spaceKey,
            @JsonProperty("url") String url,
            @JsonProperty("key") String key,
            @JsonProperty("title") String title,
            @JsonProperty("date") String date,
            @JsonProperty("time") String time,
            @JsonProperty("location") String location,
            @JsonProperty("series") String series,
            @JsonProperty("minutesBy") ActionItemJson.Person minutesBy,
            @JsonProperty("carryOver") boolean carryOver,
            @JsonProperty("counts") MemoCounts counts) {}

    /** How many people and items the memo lists, and how many of its tracked actions are open and done now. */
    public record MemoCounts(
            @JsonProperty("present") int present,
            @JsonProperty("absent") int absent,
            @JsonProperty("guests") int guests,
            @JsonProperty("contacts") int contacts,
            @JsonProperty("decisions") int decisions,
            @JsonProperty("actions") int actions,
            @JsonProperty("actionsOpen") int actionsOpen,
            @JsonProperty("actionsDone") int actionsDone) {}
}
