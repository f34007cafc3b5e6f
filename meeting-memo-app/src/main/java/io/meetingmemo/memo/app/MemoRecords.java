package io.meetingmemo.memo.app;

import io.meetingmemo.actionitem.domain.MemoPosition;
import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.actionitem.domain.MemoRecordRepository;
import io.meetingmemo.actionitem.domain.MemoRecordRepository.ActionCounts;
import io.meetingmemo.actionitem.domain.StoredMemo;
import io.meetingmemo.actionitem.domain.VisibleRows;
import io.meetingmemo.permission.ContentPermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists the memos the tracker recorded, across pages and spaces, for the caller of the current request: newest meeting
 * first, only memos on pages the caller may view, filtered before paging as item lists are ({@link VisibleRows}), each
 * with how many of its tracked actions are open and done now (counted when listed, one query per page of memos).
 */
public final class MemoRecords {
    public static final int MAX_LIMIT = 200;
    private static final int MAX_BATCH = 1000;

    private final MemoRecordRepository repository;
    private final ContentPermissions permissions;

    public MemoRecords(MemoRecordRepository repository, ContentPermissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    /** A listed memo and its tracked actions now. */
    public record Listed(StoredMemo memo, ActionCounts actions) {}

    /** @param next where the following page starts, or null on the last page */
    public record Page(List<Listed> memos, MemoPosition next) {}

    /** One page of the memos the caller may see (anonymous callers see none: check {@link #callerIsAnonymous}). */
    public Page list(MemoQuery query, MemoPosition after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        if (permissions.isAnonymous()) return new Page(List.of(), null);
        VisibleRows.Page<StoredMemo, MemoPosition> page = new VisibleRows<StoredMemo, MemoPosition>(
                (position, max) -> repository.findAfter(query, position, max), StoredMemo::pageId, StoredMemo::position, MAX_BATCH)
                .page(after, limit, permissions);
        Map<StoredMemo, ActionCounts> counts = repository.actionCounts(page.rows());
        List<Listed> listed = new ArrayList<>(page.rows().size());
        for (StoredMemo memo : page.rows()) listed.add(new Listed(memo, counts.getOrDefault(memo, ActionCounts.NONE)));
        return new Page(listed, page.next());
    }

    public boolean callerIsAnonymous() { return permissions.isAnonymous(); }
}
