package io.meetingmemo.actionitem.domain;

import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoRecord;

/**
 * What a sync needs to know about a saved page. {@code version} is Confluence's version number of the page
 * (1 when created, one more with each save); {@code storageBody} is that version in storage format.
 */
public record PageSnapshot(long pageId, int version, String spaceKey, String title, String storageBody) {

    /**
     * A memo of this page as the tracker records it, keys and series cut as an item's are ({@link ActionItem#stored}).
     *
     * @param minutesByKey the minute-taker's user key (or identity when no user has it), null when none
     */
    public MemoRecord memoRecord(Memo memo, String minutesByKey) {
        return new MemoRecord(pageId, spaceKey, title, ActionItem.stored(memo.key()), memo.title(), memo.date(), memo.time(),
                memo.location(), ActionItem.stored(memo.series()), ActionItem.stored(minutesByKey), memo.attendees().size(),
                memo.absent().size(), memo.guests().size(), memo.contacts().size(), memo.decisions().size(),
                memo.actions().size(), memo.carryOver());
    }
}
