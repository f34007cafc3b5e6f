package io.meetingmemo.actionitem.rest;

import java.util.List;

/** JSON shape of {@code GET /pages/{pageId}/memos}: every structured field of each memo on a page. */
public final class MemoJson {
    private MemoJson() {}

    public record PageMemos(long pageId, String pageTitle, String spaceKey, List<Memo> memos, List<Problem> problems) {}

    public record Memo(String key, String title, String date, String time, String location, String series,
                       ActionItemJson.Person minutesBy, List<Attendee> attendees, List<Guest> guests,
                       List<Contact> contacts, List<String> decisions, List<Action> actionItems) {}

    public record Attendee(ActionItemJson.Person person, boolean present) {}

    public record Guest(String name, String organisation, String role, String email) {}

    public record Contact(String name, String organisation, String role, String email, String phone,
                          ActionItemJson.Person owner, String notes) {}

    /** An action as written on the page, with its tracked record when the tracker has synced it. */
    public record Action(String key, String source, String text, ActionItemJson.Person assignee, String owner,
                         String dueDate, ActionItemJson.Item tracked) {}

    public record Problem(String message, int line, int column, String memoKey) {}
}
