package io.meetingmemo.bench.report;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.macro.Macro;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.data.DataSetGenerator;
import io.meetingmemo.bench.data.People;
import io.meetingmemo.bench.host.HostedApp;
import io.meetingmemo.bench.host.MemoMacroCall;
import io.meetingmemo.bench.jmh.CarriedMemo;
import io.meetingmemo.bench.jmh.CarryOverBenchmark;
import io.meetingmemo.bench.jmh.LongSeries;
import io.meetingmemo.bench.jmh.SeriesPageBenchmark;
import io.meetingmemo.series.app.SeriesOverview;
import io.meetingmemo.bench.jmh.SyncPages;
import io.meetingmemo.embeddedao.StatementCounter;
import io.meetingmemo.preview.store.PageService;
import java.util.List;
import java.util.Locale;

/**
 * SQL statements the app sends, counted with {@link StatementCounter} on the loaded data set: per sync, per
 * memo render, per carry-over read, per series page, and for a page without a memo. Counts are exact, so they are measured once,
 * not by JMH. Only the app's Active Objects connections are counted; the host's own page store (and so the
 * permission checks a carry-over read asks of it) is not the app's cost.
 */
public record StatementCounts(long syncNew10, long syncNew100, long syncEdit10, long syncEdit100, long syncUnchanged10,
                              long syncUnchanged100, long syncEditWithAdditions10, long syncEditWithAdditions100, long render5,
                              long render50, Carry carriedFew, Carry carriedMany, long viewWithoutMemo, long saveWithoutMemo,
                              long seriesSmall, long seriesLarge) {
    /** The statements of one memo's carry-over read, and how many items that memo carries (it shows at most 50). */
    public record Carry(long statements, int carried) {}

    /** The memo with few carried items carries about this many. */
    public static final int FEW_CARRIED = 5;

    /** Pages the counts save: above any page id of a data set, and deleted afterwards. */
    private static final long FIRST_PAGE = AppDatabase.FIRST_BENCHMARK_PAGE_ID + 1_000_000_000L;

    public static StatementCounts measure(AppDatabase db, People people, long seed) throws MacroExecutionException {
        try {
            long[] sync10 = sync(db, people, seed, 10, FIRST_PAGE);
            long[] sync100 = sync(db, people, seed, 100, FIRST_PAGE + 2);
            try (HostedApp app = HostedApp.start(db)) {
                long render5 = render(db, app, 5, seed, people);
                long render50 = render(db, app, 50, seed, people);
                List<CarriedMemo> memos = CarriedMemo.all(db);
                Carry few = carriedInto(db, app, CarriedMemo.carrying(memos, FEW_CARRIED));
                Carry many = carriedInto(db, app, CarriedMemo.mostCarried(memos));
                long[] withoutMemo = pageWithoutMemo(db, app);
                long seriesSmall = seriesPage(db, app, people, 5);
                long seriesLarge = seriesPage(db, app, people, SeriesPageBenchmark.MEMOS);
                return new StatementCounts(sync10[0], sync100[0], sync10[1], sync100[1], sync10[2], sync100[2], sync10[3], sync100[3],
                        render5, render50, few, many, withoutMemo[0], withoutMemo[1], seriesSmall, seriesLarge);
            }
        } finally {
            db.deleteItemsOfPages(FIRST_PAGE, FIRST_PAGE + 10);
        }
    }

    /**
     * Statements of a first save, an edit, an unchanged re-save (versions 1, 2 and 3), and (on a second page) the edit that also adds
     * items, of a page with this many actions. Uses page ids {@code pageId} and {@code pageId + 1}.
     */
    private static long[] sync(AppDatabase db, People people, long seed, int actions, long pageId) {
        SyncPages pages = SyncPages.of(actions, seed, people);
        String actor = people.rank(0).userKey();
        long first = save(db, pageId, 1, pages.original(), actor);
        long edit = save(db, pageId, 2, pages.edited(), actor);
        long unchanged = save(db, pageId, 3, pages.edited(), actor);
        save(db, pageId + 1, 1, pages.original(), actor);
        long editWithAdditions = save(db, pageId + 1, 2, pages.editedWithAdditions(), actor);
        return new long[] {first, edit, unchanged, editWithAdditions};
    }

    private static long save(AppDatabase db, long pageId, int version, String body, String actor) {
        return StatementCounter.count(() -> db.pageSaved(new PageSnapshot(pageId, version, AppDatabase.BENCHMARK_SPACE, "Laskenta", body), actor));
    }

    private static long render(AppDatabase db, HostedApp app, int actions, long seed, People people) throws MacroExecutionException {
        MemoMacroCall call = MemoMacroCall.capture(db, app, actions, seed, people);
        try {
            MemoMacroCall.logInViewer(app);
            Macro macro = app.macro("meeting-memo");
            return StatementCounter.measure(() -> {
                try {
                    return call.replay(macro);
                } catch (MacroExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }).statements();
        } finally {
            db.deletePage(call.page().getId());
        }
    }

    /** The statements of the carry-over read the memo macro makes for this memo, by the viewer of the render measures. */
    private static Carry carriedInto(AppDatabase db, HostedApp app, CarriedMemo memo) {
        MemoMacroCall.logInViewer(app);
        long statements = StatementCounter.count(() -> db.memoPages().carriedInto(memo.memo(), CarryOverBenchmark.SHOWN));
        return new Carry(statements, memo.carried());
    }

    /**
     * The statements of the series page's figures (the {@code meeting-series} macro's use case) for a series of this many
     * memos of {@link SeriesPageBenchmark#ACTIONS_PER_MEMO} items, read by the viewer of the render measures.
     */
    private static long seriesPage(AppDatabase db, HostedApp app, People people, int memos) {
        LongSeries series = LongSeries.create(db, app, people, memos, SeriesPageBenchmark.ACTIONS_PER_MEMO);
        try {
            MemoMacroCall.logInViewer(app);
            SeriesOverview overview = db.app().get("seriesOverview", SeriesOverview.class);
            return StatementCounter.count(() -> overview.of(series.key(), SeriesOverview.DEFAULT_OPEN_LONGER_THAN, DataSetGenerator.REFERENCE_DAY));
        } finally {
            series.delete(db);
        }
    }

    /** The app's statements while a page without a memo is viewed, and while it is saved. */
    private static long[] pageWithoutMemo(AppDatabase db, HostedApp app) {
        db.pages().ensureSpace(AppDatabase.BENCHMARK_SPACE, "Benchmarks");
        PageService pages = app.pagesWithApp();
        String title = "Laskenta ilman muistiota " + System.nanoTime();
        long id = pages.create(AppDatabase.BENCHMARK_SPACE, title, DataSetGenerator.pageWithoutMemo(20), "sanna").id();
        try {
            MemoMacroCall.logInViewer(app);
            var page = db.pages().getById(id);
            long view = StatementCounter.count(() -> app.rendererWithApp().render(page, "display", new Locale("fi")));
            long save = StatementCounter.count(() -> pages.update(id, 2, title, DataSetGenerator.pageWithoutMemo(21), "sanna"));
            return new long[] {view, save};
        } finally {
            db.deletePage(id);
        }
    }
}
