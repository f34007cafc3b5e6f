package io.meetingmemo.memo.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ticks or unticks one native Confluence task in a page's storage format, as Confluence does when someone
 * ticks it in view mode: only the text of that task's {@code <ac:task-status>} changes, every other byte of
 * the page stays. A task is named by its tracked key ({@code task-7} for {@code <ac:task-id>7</ac:task-id>}).
 */
public final class TaskCheckbox {
    private static final Pattern TASK_KEY = Pattern.compile("task-(\\d+)");

    private TaskCheckbox() {}

    /** The task id of a tracked task key, or empty for keys that name no single task (copies, non-tasks). */
    public static Optional<String> taskId(String itemKey) {
        Matcher m = itemKey == null ? null : TASK_KEY.matcher(itemKey);
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * @return the storage with the task ticked ({@code complete}) or not ({@code incomplete}); empty when the page
     *         holds no such task, or more than one with that id, so nothing is changed on a guess
     */
    public static Optional<String> withStatus(String storage, String taskId, boolean done) {
        if (storage == null) return Optional.empty();
        Pattern task = Pattern.compile("<ac:task-id>\\s*" + Pattern.quote(taskId) + "\\s*</ac:task-id>(\\s*)<ac:task-status>\\s*(complete|incomplete)\\s*</ac:task-status>");
        Matcher m = task.matcher(storage);
        if (!m.find()) return Optional.empty();
        int start = m.start(), end = m.end();
        String spacing = m.group(1);
        if (m.find()) return Optional.empty();
        String original = storage.substring(start, end);
        // Keep the id element exactly as written; only the status text changes.
        int idEnd = original.indexOf("</ac:task-id>") + "</ac:task-id>".length();
        String replaced = original.substring(0, idEnd) + spacing + "<ac:task-status>" + (done ? "complete" : "incomplete") + "</ac:task-status>";
        return Optional.of(storage.substring(0, start) + replaced + storage.substring(end));
    }
}
