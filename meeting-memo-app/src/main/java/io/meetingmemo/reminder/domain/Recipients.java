package io.meetingmemo.reminder.domain;

/**
 * Who is reminded of an item: its assignee when the owner has an account; for an owner without one (a name typed
 * as free text, someone outside the organisation) the memo's minute-taker, who follows the item up. Nobody when
 * the memo names no minute-taker either.
 */
public final class Recipients {
    private Recipients() {
    }

    public static String of(String assigneeKey, String minutesByKey) {
        if (assigneeKey != null && !assigneeKey.isBlank()) return assigneeKey;
        return minutesByKey == null || minutesByKey.isBlank() ? null : minutesByKey;
    }
}
