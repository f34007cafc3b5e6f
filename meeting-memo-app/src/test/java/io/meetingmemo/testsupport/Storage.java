package io.meetingmemo.testsupport;

import java.util.ArrayList;
import java.util.List;

/** Builds storage-format page bodies for tests, the way Confluence's editor writes them. */
public final class Storage {
    private Storage() {}

    public static String memo(String macroId, String title, String date, String... bodyParts) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId + "\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">weekly</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"sanna\"/></ac:parameter>"
                + "<ac:rich-text-body>" + String.join("", bodyParts) + "</ac:rich-text-body></ac:structured-macro>";
    }

    public static String action(String macroId, String assigneeUsername, String due, String text) {
        return "<ac:structured-macro ac:name=\"memo-action\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId + "\">"
                + (assigneeUsername == null ? "" : "<ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"" + assigneeUsername + "\"/></ac:parameter>")
                + (due == null ? "" : "<ac:parameter ac:name=\"due\">" + due + "</ac:parameter>")
                + "<ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    public static String task(int id, boolean done, String assigneeUsername, String due, String text) {
        return "<ac:task-list><ac:task><ac:task-id>" + id + "</ac:task-id><ac:task-status>" + (done ? "complete" : "incomplete")
                + "</ac:task-status><ac:task-body>"
                + (assigneeUsername == null ? "" : "<ac:link><ri:user ri:username=\"" + assigneeUsername + "\"/></ac:link> ")
                + text + (due == null ? "" : " <time datetime=\"" + due + "\"/>") + "</ac:task-body></ac:task></ac:task-list>";
    }

    /**
     * A {@code memo-decision}: its text, its {@code tags} parameter (null: none) and, inside its body after the text,
     * the items written under it (actions, tasks).
     */
    public static String decision(String macroId, String tags, String text, String... inside) {
        return "<ac:structured-macro ac:name=\"memo-decision\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId + "\">"
                + (tags == null ? "" : "<ac:parameter ac:name=\"tags\">" + tags + "</ac:parameter>")
                + "<ac:rich-text-body><p>" + text + "</p>" + String.join("", inside) + "</ac:rich-text-body></ac:structured-macro>";
    }

    /** A memo with {@code count} actions a-0 … a-(count-1), due on consecutive days from 2026-12-01. */
    public static String memoWithActions(String memoId, int count) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(action(memoId + "-a-" + i, i % 2 == 0 ? "sanna" : "mikko",
                    java.time.LocalDate.of(2026, 12, 1).plusDays(i % 60).toString(), "Tehtävä numero " + i));
        }
        return memo(memoId, "Viikkopalaveri", "2026-11-23", parts.toArray(new String[0]));
    }
}
