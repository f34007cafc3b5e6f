package io.meetingmemo.bench.jmh;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.domain.ActionItemRepository;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.host.MemoMacroCall;
import io.meetingmemo.memo.app.MemoPages;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.permission.ContentPermissions;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The carry-over section of a memo: the first 50 open items of its series' earlier memos, soonest due first, as
 * the memo macro reads them with every render, through the app's {@code memoPages} bean (the finder, the
 * permission check of each item's page for the viewer, the AO query and mapping), against the same SQL sent and
 * mapped over plain JDBC. The memo changes with every call, in turn among the last memos of the series that carry
 * the most, so neither database may answer from a cached result of the previous call.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CarryOverBenchmark extends DatabaseParams {
    /** How many memos (each of another series) the reads rotate through. */
    static final int MEMOS = 8;
    /** Carried items a memo shows (the macro's {@code MAX_CARRIED}). */
    public static final int SHOWN = 50;

    private AppDatabase db;
    private MemoPages memoPages;
    private ActionItemFinder activeObjectsFinder;
    private ContentPermissions permissions;
    private List<Memo> memos;
    private String rawSql;
    private int next;

    @Setup
    public void open() {
        db = AppDatabase.open(database(), people());
        memoPages = db.memoPages();
        activeObjectsFinder = new ActionItemFinder(db.app().get("actionItemRepository", ActionItemRepository.class));
        permissions = db.app().get("contentPermissions", ContentPermissions.class);
        memos = CarriedMemo.lateInLongSeries(CarriedMemo.all(db), MEMOS).stream().map(CarriedMemo::memo).toList();
        // The finder's WHERE and ORDER BY (AoActionItemRepository.ListQuery): with the series fixed, the order names it first.
        rawSql = RawActionItems.openItemsSql(db, " AND \"MEMO_SERIES\" = ? AND \"MEMO_DATE\" < ?",
                "\"MEMO_SERIES\" ASC, \"DUE_SORT\" ASC, \"ID\" ASC", SHOWN + 1);
    }

    /** The current user is per thread, and JMH may run the benchmark on another thread than the set-up. */
    @Setup(Level.Iteration)
    public void logIn() { MemoMacroCall.logInViewer(db.platform().users()); }

    @TearDown
    public void close() { db.close(); }

    @Benchmark
    public MemoPages.CarriedOver carriedInto() {
        return memoPages.carriedInto(memos.get(next++ % memos.size()), SHOWN);
    }

    /**
     * Diagnostic, not a row of the report: the same read as {@link #carriedInto} (finder, permission checks) with the
     * Active Objects query the app used before its hand-written SQL (docs/performance.md, 4.4a).
     */
    @Benchmark
    public ActionItemFinder.Page carriedIntoThroughActiveObjects() {
        Memo memo = memos.get(next++ % memos.size());
        return activeObjectsFinder.find(ActionItemQuery.carriedInto(ActionItem.stored(memo.series()), memo.date()), null, SHOWN, permissions);
    }

    /** The finder's SQL (it asks for one row more than it shows, to know whether more are carried). */
    @Benchmark
    public List<ActionItem> rawJdbc() throws SQLException {
        Memo memo = memos.get(next++ % memos.size());
        return RawActionItems.openItems(db, rawSql, ActionItem.stored(memo.series()), memo.date().toString());
    }
}
