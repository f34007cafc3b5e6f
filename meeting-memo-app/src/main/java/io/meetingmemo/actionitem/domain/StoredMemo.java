package io.meetingmemo.actionitem.domain;

import io.meetingmemo.memo.domain.MemoRecord;

/**
 * A memo record as the tracker holds it.
 *
 * @param id the record's row id: new with each sync of its page, so it places the memo in a list and names nothing
 */
public record StoredMemo(long id, MemoRecord memo) {
    public long pageId() { return memo.pageId(); }

    public MemoPosition position() { return new MemoPosition(MemoPosition.dateSortKey(memo.date()), id); }
}
