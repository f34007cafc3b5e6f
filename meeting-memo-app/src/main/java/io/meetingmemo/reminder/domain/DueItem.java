package io.meetingmemo.reminder.domain;

import java.time.LocalDate;

/**
 * An open item as a reminder lists it: where it is (page, space, memo, series), what it says, when it is due and
 * why it is listed today. {@code assigneeKey} is null for an owner without an account ({@code ownerName} then).
 */
public record DueItem(long id, long pageId, String spaceKey, String pageTitle, String memoKey, String memoTitle,
                      String series, String text, String assigneeKey, String ownerName, LocalDate dueDate,
                      DueReason reason) {
    public DueItem withReason(DueReason newReason) {
        return new DueItem(id, pageId, spaceKey, pageTitle, memoKey, memoTitle, series, text, assigneeKey, ownerName, dueDate,
                newReason);
    }
}
