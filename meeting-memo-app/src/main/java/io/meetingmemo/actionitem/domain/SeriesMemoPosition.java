package io.meetingmemo.actionitem.domain;

/**
 * A place in the memo records of all series, ordered by series key, then newest meeting first, then row id, highest
 * first: where a scan for the series list ({@link MemoRecordRepository#findInSeriesAfter}) goes on.
 */
public record SeriesMemoPosition(String series, String dateSortKey, long id) {
    /** After every memo of {@code series}: no date sort key is below the empty string, no row id below 0. */
    public static SeriesMemoPosition pastSeries(String series) { return new SeriesMemoPosition(series, "", 0); }

    public static SeriesMemoPosition of(StoredMemo memo) {
        return new SeriesMemoPosition(memo.memo().series(), memo.position().dateSortKey(), memo.id());
    }
}
