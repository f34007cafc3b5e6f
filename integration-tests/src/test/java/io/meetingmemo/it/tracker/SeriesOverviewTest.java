package io.meetingmemo.it.tracker;

import static io.meetingmemo.it.tracker.MemoRecordsTest.memo;
import static io.meetingmemo.it.tracker.MemoRecordsTest.param;
import static io.meetingmemo.testsupport.Storage.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.StatementCounter;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.series.app.SeriesOverview;
import io.meetingmemo.series.app.SeriesOverview.Outcome;
import io.meetingmemo.series.app.SeriesOverview.Overview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The series page's use case on real databases (H2, HSQLDB, PostgreSQL when configured): a series' memos newest first
 * with their actions open and done now, its completion rate, the median whole days from an item's first tracking to
 * done, and the open items that came up at more than N meetings; only what is on pages the reader may view, nothing
 * for anonymous readers, and the same number of statements for a series of 5 memos and one of 500.
 */
class SeriesOverviewTest {
    private static final String DBS = "io.meetingmemo.testsupport.TestDatabases#all";
    private static final String SERIES = "Ohjausryhmä";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** A memo of a series on a day (null: none), with these actions (macro ids and texts). */
    private static String seriesMemo(String id, String series, String date, String... actions) {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < actions.length; i++) body.add(action(id + "-a" + i, "A", "2026-11-" + (10 + i), actions[i]));
        return memo(id, param("title", "Ohjausryhmä " + (date == null ? "ilman päivää" : date)) + (date == null ? "" : param("date", date))
                + param("series", series) + param("attendees", "<ri:user ri:username=\"A\"/><ri:user ri:username=\"B\"/>")
                + param("absent", "<ri:user ri:username=\"C\"/>"), body.toArray(new String[0]));
    }

    private static ActionItem item(Tracker t, long pageId, String text) {
        return t.repository.findByPage(pageId).stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow();
    }

    private static void markDone(Tracker t, long pageId, String text, long afterDays) {
        t.clock.advanceSeconds(afterDays * 86_400);
        ActionItem i = item(t, pageId, text);
        t.status.changeStatus(i.id(), i.version(), ActionStatus.DONE, t.key("A"));
        t.clock.advanceSeconds(-afterDays * 86_400);
    }

    private static List<String> memoTitles(Overview o) {
        return o.memos().stream().map(m -> m.memo().title()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void theFiguresCountOnlyWhatTheReaderMayViewAndNothingRemoved(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "OR 1.10.", seriesMemo("m1", SERIES, "2026-10-01", "Budjetti", "Rekrytointi", "Messut"));
            t.save(2, "EDU", "OR 8.10.", seriesMemo("m2", SERIES, "2026-10-08", "Tilat"));
            t.save(3, "EDU", "OR 15.10.", seriesMemo("m3", SERIES, "2026-10-15"));
            t.save(4, "EDU", "OR 22.10.", seriesMemo("m4", SERIES, "2026-10-22", "Poistuva"));
            t.save(5, "EDU", "OR 29.10.", seriesMemo("m5", SERIES, "2026-10-29"));
            t.save(6, "EDU", "OR ilman päivää", seriesMemo("m6", SERIES, null, "Päivätön"));
            t.save(7, "EDU", "OR 31.12.", seriesMemo("m7", SERIES, "2026-12-31"));
            t.save(8, "EDU", "Muu sarja", seriesMemo("m8", "Johtoryhmä", "2026-10-01", "Toisen sarjan asia"));
            markDone(t, 1, "Budjetti", 2);
            markDone(t, 1, "Rekrytointi", 5);
            markDone(t, 2, "Tilat", 10);
            t.save(4, "EDU", "OR 22.10.", seriesMemo("m4", SERIES, "2026-10-22")); // its action leaves the page: removed

            Overview all = t.as("A", () -> t.seriesOverview.of(SERIES, 3, TODAY));
            assertEquals(Outcome.SHOWN, all.outcome());
            assertEquals(SERIES, all.series().name(), "an implicit series is named by its key");
            assertEquals(List.of("Ohjausryhmä 2026-12-31", "Ohjausryhmä 2026-10-29", "Ohjausryhmä 2026-10-22", "Ohjausryhmä 2026-10-15",
                    "Ohjausryhmä 2026-10-08", "Ohjausryhmä 2026-10-01", "Ohjausryhmä ilman päivää"), memoTitles(all),
                    "newest first, the memo without a date last, no memo of another series");
            SeriesOverview.MemoRow first = all.memos().get(5);
            assertEquals(List.of(2, 1, 1, 2, 1), List.of(first.memo().present(), first.memo().absent(), first.open(), first.done(),
                    all.memos().get(4).done()), "attendance and actions open and done now");
            assertEquals(0, all.memos().get(2).open() + all.memos().get(2).done(), "a removed item is not counted");
            assertEquals(2, all.figures().open(), "Messut and Päivätön");
            assertEquals(3, all.figures().done());
            assertEquals(60, all.figures().completionPercent());
            assertEquals(5.0, all.figures().medianDaysToDone(), "2, 5 and 10 days from first tracked to done");
            assertEquals(1, all.staleCount());
            assertEquals("Messut", all.stale().get(0).item().text());
            assertEquals(4, all.stale().get(0).meetings(), "8.10., 15.10., 22.10. and 29.10.: not the undated memo, not 31.12. (to come)");
            assertEquals(0, t.as("A", () -> t.seriesOverview.of(SERIES, 4, TODAY)).staleCount(), "4 meetings are not more than 4");

            // B may not view the first memo's page: neither the memo nor its items are shown or counted.
            t.restrictViewTo(1, "A");
            Overview forB = t.as("B", () -> t.seriesOverview.of(SERIES, 3, TODAY));
            assertEquals(6, forB.memos().size());
            assertTrue(forB.memos().stream().noneMatch(m -> m.memo().pageId() == 1));
            assertEquals(1, forB.figures().open(), "Päivätön");
            assertEquals(1, forB.figures().done(), "Tilat");
            assertEquals(50, forB.figures().completionPercent());
            assertEquals(10.0, forB.figures().medianDaysToDone());
            assertEquals(0, forB.staleCount());
            assertEquals(7, t.as("A", () -> t.seriesOverview.of(SERIES, 3, TODAY)).memos().size(), "A still sees them all");

            t.restrictViewTo(2, "A");
            t.restrictViewTo(4, "A");
            for (long page : new long[] {3, 5, 6, 7}) t.restrictViewTo(page, "A");
            assertEquals(Outcome.NOTHING_VISIBLE, t.as("B", () -> t.seriesOverview.of(SERIES, 3, TODAY)).outcome(),
                    "B sees nothing of the series now");
            Overview anonymous = t.as(null, () -> t.seriesOverview.of(SERIES, 3, TODAY));
            assertEquals(Outcome.ANONYMOUS, anonymous.outcome());
            assertTrue(anonymous.memos().isEmpty());
            assertEquals(0, anonymous.figures().total());
            assertEquals(Outcome.NOTHING_VISIBLE, t.as("A", () -> t.seriesOverview.of("Tuntematon sarja", 3, TODAY)).outcome());
            Overview invalid = t.as("A", () -> t.seriesOverview.of("a/b", 3, TODAY));
            assertEquals(Outcome.INVALID_KEY, invalid.outcome());
            assertNotNull(invalid.keyProblem());
            assertNull(t.as("A", () -> t.seriesOverview.of(SERIES, 3, TODAY)).keyProblem());
        }
    }

    /**
     * The series page costs the same statements for 5 memos and for 500 (docs/performance.md, section 4.4b): the series
     * record, the memo records, the open items, the done items and the long-open items it shows, one query each.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aSeriesPageCostsTheSameStatementsWhateverTheNumberOfMemosAndItems(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            saveSeries(t, "Pieni", 5, 1_000);
            saveSeries(t, "Suuri", 500, 2_000);
            StatementCounter.Measured<Overview> small = StatementCounter.measure(() -> t.as("A", () -> t.seriesOverview.of("Pieni", 3, TODAY)));
            StatementCounter.Measured<Overview> large = StatementCounter.measure(() -> t.as("A", () -> t.seriesOverview.of("Suuri", 3, TODAY)));
            assertEquals(5, small.result().memos().size());
            assertEquals(500, large.result().memos().size());
            assertEquals(1000, large.result().figures().total());
            assertTrue(large.result().staleCount() > 0 && small.result().staleCount() > 0, "both list items open longer than 3 meetings");
            assertEquals(5, small.statements(), "the series record, memos, open items, done items, the long-open items shown");
            assertEquals(small.statements(), large.statements(), "500 memos and 1,000 items cost what 5 memos cost");
        }
    }

    /** {@code memos} weekly memos from 2016 on pages from {@code firstPage}, each with two actions, the first done. */
    private static void saveSeries(Tracker t, String series, int memos, long firstPage) {
        LocalDate day = LocalDate.of(2016, 1, 4);
        for (int i = 0; i < memos; i++, day = day.plusWeeks(1)) {
            long page = firstPage + i;
            t.save(page, "EDU", series + " " + day, seriesMemo("s" + i, series, day.toString(), "Tehtävä " + i, "Seuranta " + i));
            ActionItem done = item(t, page, "Tehtävä " + i);
            t.status.changeStatus(done.id(), done.version(), ActionStatus.DONE, t.key("A"));
        }
    }
}
