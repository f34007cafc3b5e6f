package io.meetingmemo.series.app;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.series.domain.FollowThrough;
import io.meetingmemo.series.domain.Series;
import io.meetingmemo.series.domain.SeriesKey;
import io.meetingmemo.series.domain.SeriesRepository;
import io.meetingmemo.series.domain.SeriesRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A series page ({@code meeting-series} macro) for its reader: the series, its memos newest first with their actions
 * open and done now, and how well its action items are followed through. Only memos and items on pages the reader may
 * view are shown or counted; anonymous readers see nothing.
 *
 * <p>Five queries at most, whatever the size of the series (docs/performance.md, section 4.4b): the series record, the
 * memo records of the series, its open items and its done items, each with only the values the page needs, and the
 * items shown as open longer than N meetings in full (not read when there is none). Each page's permission is asked
 * once. A series is read up to {@link #MAX_MEMOS} memos and {@link #MAX_ITEMS} open and done items each.
 */
public final class SeriesOverview {
    public static final int DEFAULT_OPEN_LONGER_THAN = 3;
    public static final int MIN_OPEN_LONGER_THAN = 1;
    public static final int MAX_OPEN_LONGER_THAN = 50;
    /** The most memos of one series read (a weekly series in a century); older ones are left out. */
    public static final int MAX_MEMOS = 5000;
    /** The most open, and the most done, items of one series read. */
    public static final int MAX_ITEMS = 50_000;
    /** Items open longer than N meetings listed; the rest are counted. */
    public static final int MAX_STALE_SHOWN = 50;

    private final SeriesRepository seriesRecords;
    private final SeriesRows rows;
    private final ContentPermissions permissions;

    public SeriesOverview(SeriesRepository seriesRecords, SeriesRows rows, ContentPermissions permissions) {
        this.seriesRecords = seriesRecords;
        this.rows = rows;
        this.permissions = permissions;
    }

    /** What the page can show. */
    public enum Outcome {
        /** The key is no series key ({@link Overview#keyProblem()} says why); nothing was read. */
        INVALID_KEY,
        /** Nobody is signed in; nothing was read. */
        ANONYMOUS,
        /** No memo, item or index page of the series the reader may view (or no such series). */
        NOTHING_VISIBLE,
        SHOWN
    }

    /** A memo of the series and how many of its tracked actions (on pages the reader may view) are open and done now. */
    public record MemoRow(SeriesRows.Memo memo, int open, int done) {}

    /** An open item that has come up at more meetings than the page allows, and at how many. */
    public record Stale(ActionItem item, int meetings) {}

    /**
     * @param series     the series: its stored record when the reader may see the series, else {@link Series#implicit}
     * @param memos      every memo of the series the reader may view, newest meeting first, undated ones last
     * @param stale      the open items that came up at more than {@code openLongerThan} meetings, most meetings first,
     *                   then soonest due; at most {@link #MAX_STALE_SHOWN}
     * @param staleCount how many items are open that long in all
     */
    public record Overview(Outcome outcome, String keyProblem, Series series, int openLongerThan, List<MemoRow> memos,
                           FollowThrough figures, List<Stale> stale, int staleCount) {
        static Overview nothing(Outcome outcome, String problem, Series series, int openLongerThan) {
            return new Overview(outcome, problem, series, openLongerThan, List.of(), FollowThrough.NONE, List.of(), 0);
        }
    }

    /**
     * @param openLongerThan N of "open longer than N meetings", {@value #MIN_OPEN_LONGER_THAN} to
     *                       {@value #MAX_OPEN_LONGER_THAN}
     * @param today          the reader's today: meetings dated after it have not been held, so nothing came up there
     */
    public Overview of(String key, int openLongerThan, LocalDate today) {
        if (openLongerThan < MIN_OPEN_LONGER_THAN || openLongerThan > MAX_OPEN_LONGER_THAN) {
            throw new IllegalArgumentException("openLongerThan must be between " + MIN_OPEN_LONGER_THAN + " and " + MAX_OPEN_LONGER_THAN);
        }
        String problem = SeriesKey.problem(key);
        if (problem != null) return Overview.nothing(Outcome.INVALID_KEY, problem, null, openLongerThan);
        Series implicit = Series.implicit(key, null);
        if (permissions.isAnonymous()) return Overview.nothing(Outcome.ANONYMOUS, null, implicit, openLongerThan);

        String stored = ActionItem.stored(key);
        Map<Long, Boolean> viewable = new HashMap<>();
        Optional<Series> record = seriesRecords.find(key);
        List<SeriesRows.Memo> memos = rows.memos(stored, MAX_MEMOS).stream().filter(m -> canView(viewable, m.pageId())).toList();
        List<SeriesRows.Open> open = rows.openItems(stored, MAX_ITEMS).stream().filter(i -> canView(viewable, i.pageId())).toList();
        List<SeriesRows.Done> done = rows.doneItems(stored, MAX_ITEMS).stream().filter(i -> canView(viewable, i.pageId())).toList();

        boolean indexPageVisible = record.map(Series::indexPageId).map(id -> canView(viewable, id)).orElse(false);
        boolean anything = !memos.isEmpty() || !open.isEmpty() || !done.isEmpty();
        if (!anything && !indexPageVisible) return Overview.nothing(Outcome.NOTHING_VISIBLE, null, implicit, openLongerThan);
        Series series = record.orElseGet(() -> Series.implicit(key, memos.isEmpty() ? null : memos.get(0).spaceKey()));

        Map<String, int[]> openDone = new HashMap<>();
        for (SeriesRows.Open item : open) openDone.computeIfAbsent(memoOf(item.pageId(), item.memoKey()), k -> new int[2])[0]++;
        List<Long> daysToDone = new ArrayList<>(done.size());
        for (SeriesRows.Done item : done) {
            openDone.computeIfAbsent(memoOf(item.pageId(), item.memoKey()), k -> new int[2])[1]++;
            Long days = FollowThrough.daysToDone(item.firstTracked(), item.completedAt());
            if (days != null) daysToDone.add(days);
        }
        List<MemoRow> memoRows = new ArrayList<>(memos.size());
        List<LocalDate> meetingDays = new ArrayList<>();
        for (SeriesRows.Memo m : memos) {
            int[] counts = openDone.getOrDefault(memoOf(m.pageId(), m.memoKey()), new int[2]);
            memoRows.add(new MemoRow(m, counts[0], counts[1]));
            if (m.date() != null && !m.date().isAfter(today)) meetingDays.add(m.date()); // newest first, as the memos are
        }

        // Which items are open longer than N meetings is decided on the light rows; only those shown are read in full.
        Map<Long, Integer> meetingsOf = new HashMap<>();
        List<SeriesRows.Open> stale = new ArrayList<>();
        for (SeriesRows.Open item : open) {
            if (item.memoDate() == null) continue;
            int meetings = FollowThrough.meetingsSince(item.memoDate(), meetingDays);
            if (meetings > openLongerThan) {
                stale.add(item);
                meetingsOf.put(item.id(), meetings);
            }
        }
        Comparator<SeriesRows.Open> order = Comparator.<SeriesRows.Open>comparingInt(i -> meetingsOf.get(i.id())).reversed()
                .thenComparing(SeriesRows.Open::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(SeriesRows.Open::id);
        stale.sort(order);
        List<SeriesRows.Open> shown = stale.subList(0, Math.min(stale.size(), MAX_STALE_SHOWN));
        Map<Long, ActionItem> full = new HashMap<>();
        for (ActionItem item : shown.isEmpty() ? List.<ActionItem>of() : rows.fullItems(shown.stream().map(SeriesRows.Open::id).toList())) {
            full.put(item.id(), item);
        }
        List<Stale> staleShown = new ArrayList<>(shown.size());
        for (SeriesRows.Open item : shown) {
            ActionItem read = full.get(item.id());
            if (read != null) staleShown.add(new Stale(read, meetingsOf.get(item.id())));
        }
        FollowThrough figures = new FollowThrough(open.size(), done.size(), FollowThrough.median(daysToDone));
        return new Overview(Outcome.SHOWN, null, series, openLongerThan, memoRows, figures, staleShown, stale.size());
    }

    private boolean canView(Map<Long, Boolean> viewable, long pageId) {
        return viewable.computeIfAbsent(pageId, permissions::canView);
    }

    private static String memoOf(long pageId, String memoKey) { return pageId + ":" + memoKey; }
}
