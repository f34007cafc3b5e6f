package io.meetingmemo.actionitem.domain;

import java.util.List;
import java.util.Map;

/**
 * Where the memo records the syncs write ({@link SyncWrite.PageVersion#memos()}) are read. Each method is one query,
 * whatever the number of memos.
 */
public interface MemoRecordRepository {
    /**
     * Records matching the query strictly after {@code after} (null = from the start) in list order
     * ({@link MemoPosition}), at most {@code max}; never those of pages in the trash or purged.
     */
    List<StoredMemo> findAfter(MemoQuery query, MemoPosition after, int max);

    /**
     * Memo records that name a series, in the spaces given (empty = any), strictly after {@code after} (null = from
     * the start) in the order of {@link SeriesMemoPosition}, at most {@code max}; never those of pages in the trash
     * or purged.
     */
    List<StoredMemo> findInSeriesAfter(List<String> spaceKeys, SeriesMemoPosition after, int max);

    /** How many of each memo's tracked action items are open and done now, removed ones not counted; one query. */
    Map<StoredMemo, ActionCounts> actionCounts(List<StoredMemo> memos);

    record ActionCounts(int open, int done) {
        public static final ActionCounts NONE = new ActionCounts(0, 0);
    }
}
