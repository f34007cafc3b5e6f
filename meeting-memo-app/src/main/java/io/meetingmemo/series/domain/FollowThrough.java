package io.meetingmemo.series.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How well a series follows its action items through, over the tracked items a reader may see (removed items are
 * not counted): how many are open and done, and how long the done ones took.
 *
 * @param open             open items
 * @param done             done items
 * @param medianDaysToDone the median, over done items, of the whole days (24-hour periods) from when the tracker first
 *                         recorded the item (the save of its page that added it) to when it was marked done; null when
 *                         no done item has both times. An even count takes the mean of the middle two (so it may end
 *                         in .5).
 */
public record FollowThrough(int open, int done, Double medianDaysToDone) {
    public static final FollowThrough NONE = new FollowThrough(0, 0, null);

    public int total() { return open + done; }

    /** Done of all, in whole per cent (rounded half up); null when there is no item. */
    public Integer completionPercent() {
        return total() == 0 ? null : (int) Math.round(100.0 * done / total());
    }

    /** Whole days from first tracked to done; null when either is unknown or done precedes tracking (clock skew). */
    public static Long daysToDone(Instant firstTracked, Instant completed) {
        if (firstTracked == null || completed == null || completed.isBefore(firstTracked)) return null;
        return Duration.between(firstTracked, completed).toDays();
    }

    /** The median of the values; null for none. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) return null;
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? (double) sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /**
     * At how many meetings of the series an item has come up since the memo that agreed it: the meeting days after
     * {@code agreed} (as a memo's carried-over section counts them), among {@code meetingDays}, the days of the
     * series' memos held so far, newest first.
     */
    public static int meetingsSince(LocalDate agreed, List<LocalDate> meetingDaysNewestFirst) {
        int count = 0;
        for (LocalDate day : meetingDaysNewestFirst) {
            if (!day.isAfter(agreed)) break;
            count++;
        }
        return count;
    }
}
