package io.meetingmemo.memo.domain;

import java.time.LocalDate;

/**
 * An action item as written on the page: a {@code memo-action} macro or a native task inside a memo.
 *
 * @param key         stable identity within the page: the macro id / task id, or a derived key
 * @param source      macro or task
 * @param text        what is to be done, as plain text with whitespace collapsed
 * @param assignee    the responsible Confluence user, or null
 * @param owner       free-text owner for someone without an account (macro only), or null
 * @param due         due date, or null
 * @param pageStatus  the status the page itself states: a task's checkbox; null for macros, whose
 *                    status belongs to the tracker
 * @param followUp    the Confluence user who follows up the item of an owner without an account ({@code follow-up},
 *                    macro only), or null: reminders of such an item then go to the memo's minute-taker
 */
public record MemoAction(String key, ActionSource source, String text, UserRef assignee, String owner,
                         LocalDate due, ActionStatus pageStatus, UserRef followUp) {

    /** An action that names no follow-up owner: every native task, and a macro without {@code follow-up}. */
    public MemoAction(String key, ActionSource source, String text, UserRef assignee, String owner, LocalDate due,
                      ActionStatus pageStatus) {
        this(key, source, text, assignee, owner, due, pageStatus, null);
    }
}
