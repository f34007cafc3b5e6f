package io.meetingmemo.memo.domain;

import java.util.HashMap;
import java.util.Map;

/** A guest, contact, decision, action macro or native task as read so far, before validation. */
final class ItemDraft {

    enum Kind {
        GUEST("memo-guest"), CONTACT("memo-contact"), DECISION("memo-decision"), ACTION("memo-action"),
        /** A native {@code <ac:task>}, not a macro. */
        TASK(null);

        private final String macroName;

        Kind(String macroName) { this.macroName = macroName; }

        /** The item kind a macro name stands for, or null for any other macro. */
        static Kind ofMacro(String macroName) {
            for (Kind kind : values()) {
                if (kind.macroName != null && kind.macroName.equals(macroName)) return kind;
            }
            return null;
        }
    }

    private final Kind kind;
    private final String macroId;
    private final BodyPosition start;
    private final Map<String, ParameterValue> parameters = new HashMap<>();
    private final BodyText body;
    private final BodyText taskId = new BodyText();
    private final BodyText taskStatus = new BodyText();
    private boolean complete;
    /** The decision whose body this action or task is written in, or null. */
    private ItemDraft enclosingDecision;

    /** @param macroId the {@code ac:macro-id}, or null for tasks and hand-written macros without one */
    ItemDraft(Kind kind, String macroId, BodyPosition start) {
        this.kind = kind;
        this.macroId = macroId;
        this.start = start;
        this.body = new BodyText(kind == Kind.TASK);
    }

    Kind kind() { return kind; }

    String macroId() { return macroId; }

    BodyPosition start() { return start; }

    /** The macro's parameters by name; the first of two equally named parameters wins. */
    Map<String, ParameterValue> parameters() { return parameters; }

    /** The macro's rich-text body or the task's {@code ac:task-body}. */
    BodyText body() { return body; }

    /** A task's {@code ac:task-id}. */
    BodyText taskId() { return taskId; }

    /** A task's {@code ac:task-status}. */
    BodyText taskStatus() { return taskStatus; }

    /** Reached the end tag: the item was read in full. */
    void markComplete() { complete = true; }

    boolean isComplete() { return complete; }

    /** This action or task is written inside that decision's body (the innermost one, when decisions nest). */
    void writtenInside(ItemDraft decision) { enclosingDecision = decision; }

    /** The decision whose body holds this action or task, or null. */
    ItemDraft enclosingDecision() { return enclosingDecision; }

    /** The parameter's text, or null when absent or blank. */
    String text(String parameterName) {
        ParameterValue value = parameters.get(parameterName);
        return value == null ? null : value.text();
    }
}
