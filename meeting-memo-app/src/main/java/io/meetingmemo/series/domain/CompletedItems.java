package io.meetingmemo.series.domain;

import java.time.Instant;
import java.util.List;

/**
 * The done action items of a series, reduced to what follow-through figures need: where each lives and when it was
 * first tracked and done. One query, whatever the number of items.
 */
public interface CompletedItems {
    /**
     * Done items of the series as the tracker stores it, neither removed from their page nor on a page in the trash,
     * at most {@code max}, in any order.
     */
    List<Completed> of(String storedSeries, int max);

    /**
     * @param memoKey      the key of the memo the item was written in, on its page
     * @param firstTracked when the tracker first recorded the item
     * @param completedAt  when it was marked done; null when the tracker does not know
     */
    record Completed(long id, long pageId, String memoKey, Instant firstTracked, Instant completedAt) {}
}
