package io.meetingmemo.bench.jmh;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.data.DataSetGenerator;
import io.meetingmemo.bench.host.HostedApp;
import io.meetingmemo.bench.host.MemoMacroCall;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.preview.platform.HostConversionContext;
import io.meetingmemo.series.app.SeriesOverview;
import io.meetingmemo.series.domain.FollowThrough;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The series page of a long series ({@link LongSeries}: 500 weekly memos of 20 action items each, added to the loaded
 * data set): what the {@code meeting-series} macro reads and works out with every view, through the app's
 * {@code seriesOverview} bean (the series record, every memo record of the series, its open and done items, the
 * permission check of each page for the viewer, Active Objects' mapping, the figures), and the whole macro (that, the view
 * model and the Velocity template). Baseline: the same figures from the same five queries over plain JDBC, without
 * permission checks: the series record, the memo records, the open items' and the done items' few columns and the
 * long-open items shown with every column, counted, ordered and reduced exactly as the use case does.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SeriesPageBenchmark extends DatabaseParams {
    /** The series of the measures: 500 weekly memos of 20 action items each. */
    public static final int MEMOS = 500, ACTIONS_PER_MEMO = 20;
    @Param("" + MEMOS) public int memos;
    @Param("" + ACTIONS_PER_MEMO) public int actionsPerMemo;
    /** N of "open longer than N meetings", the macro's default. */
    static final int OPEN_LONGER_THAN = SeriesOverview.DEFAULT_OPEN_LONGER_THAN;
    private static final String MEMO_COLUMNS = "\"ID\", \"PAGE_ID\", \"SPACE_KEY\", \"PAGE_TITLE\", \"MEMO_KEY\", \"MEMO_TITLE\", "
            + "\"MEMO_DATE\", \"PRESENT_COUNT\", \"ABSENT_COUNT\", \"DECISION_COUNT\"";

    private AppDatabase db;
    private HostedApp app;
    private LongSeries series;
    private SeriesOverview overview;
    private ContentPermissions permissions;
    private Macro macro;
    private ContentEntityObject seriesPage;
    private long seriesPageId;
    private String seriesSql, memosSql, openSql, doneSql;

    @Setup
    public void open() {
        db = AppDatabase.open(database(), people());
        app = HostedApp.start(db);
        series = LongSeries.create(db, app, people(), memos, actionsPerMemo);
        overview = db.app().get("seriesOverview", SeriesOverview.class);
        permissions = db.app().get("contentPermissions", ContentPermissions.class);
        macro = app.macro("meeting-series");
        seriesPageId = app.pagesWithApp().create(AppDatabase.BENCHMARK_SPACE, series.key() + " (sarjan sivu)",
                "<ac:structured-macro ac:name=\"meeting-series\"><ac:parameter ac:name=\"series\">" + series.key()
                        + "</ac:parameter></ac:structured-macro>", MemoMacroCall.VIEWER).id();
        seriesPage = db.pages().getById(seriesPageId);
        seriesSql = "SELECT \"ID\", \"SERIES_KEY\", \"NAME\", \"SPACE_KEY\", \"INDEX_PAGE_ID\", \"DEFAULT_PLACE\", \"DEFAULT_ATTENDEES\", "
                + "\"DEFAULT_GUESTS\", \"CADENCE\", \"VERSION\" FROM \"" + db.table("SERIES") + "\" WHERE \"SERIES_KEY\" = ?";
        memosSql = "SELECT " + MEMO_COLUMNS + " FROM \"" + db.table("SYNCED_PAGE") + "\" WHERE \"DATE_SORT\" >= ? AND \"HIDDEN\" = ? "
                + "AND \"REMOVED\" = ? AND \"SERIES\" = ? ORDER BY \"SERIES\" DESC, \"DATE_SORT\" DESC, \"ID\" DESC LIMIT " + SeriesOverview.MAX_MEMOS;
        String items = " FROM \"" + db.table("ACTION_ITEM") + "\" WHERE \"MEMO_SERIES\" = ? AND \"STATUS\" = ? AND \"REMOVED\" = ? "
                + "AND \"HIDDEN\" = ? LIMIT " + SeriesOverview.MAX_ITEMS;
        openSql = "SELECT \"ID\", \"PAGE_ID\", \"MEMO_KEY\", \"MEMO_DATE\", \"DUE_DATE\"" + items;
        doneSql = "SELECT \"PAGE_ID\", \"MEMO_KEY\", \"CREATED_AT\", \"COMPLETED_AT\"" + items;
    }

    /** The current user is per thread, and JMH may run the benchmark on another thread than the set-up. */
    @Setup(Level.Iteration)
    public void logIn() { MemoMacroCall.logInViewer(app); }

    @TearDown
    public void close() {
        try {
            db.deletePage(seriesPageId);
            series.delete(db);
        } finally {
            db.close();
        }
    }

    @Benchmark
    public SeriesOverview.Overview seriesOverview() {
        return overview.of(series.key(), OPEN_LONGER_THAN, DataSetGenerator.REFERENCE_DAY);
    }

    /**
     * Diagnostic, not a row of the report: the part of {@link #seriesOverview} the baseline leaves out, the viewer's
     * permission check of each memo page of the series, once per page as the use case asks them (in Confluence from its
     * caches; in the preview host a page and a restriction read).
     */
    @Benchmark
    public int permissionChecks() {
        int viewable = 0;
        for (long pageId : series.pageIds()) if (permissions.canView(pageId)) viewable++;
        return viewable;
    }

    @Benchmark
    public String seriesMacro() throws MacroExecutionException {
        return macro.execute(Map.of("series", series.key()), "", new HostConversionContext(seriesPage, "display"));
    }

    /** What the baseline works out: the memos with their open and done counts, the figures and the long-open items shown. */
    public record Figures(List<long[]> memoCounts, FollowThrough figures, List<ActionItem> stale, int staleCount) {}

    @Benchmark
    public Figures rawJdbc() throws SQLException {
        return rawFigures(db, series.key(), seriesSql, memosSql, openSql, doneSql);
    }

    /** An open item's id, page, memo, memo day and due date, and at how many meetings it came up. */
    private record OpenRow(long id, long pageId, String memoKey, LocalDate memoDate, LocalDate dueDate) {}

    static Figures rawFigures(AppDatabase db, String key, String seriesSql, String memosSql, String openSql, String doneSql) throws SQLException {
        LocalDate today = DataSetGenerator.REFERENCE_DAY;
        try (Connection c = db.activeObjects().openConnection()) {
            try (PreparedStatement ps = c.prepareStatement(seriesSql)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rs.getString(3);
                }
            }
            List<Object[]> memoRows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(memosSql)) {
                ps.setString(1, "0000-00-00");
                ps.setBoolean(2, false);
                ps.setBoolean(3, false);
                ps.setString(4, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        memoRows.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), date(rs.getString(7)), rs.getInt(8), rs.getInt(9), rs.getInt(10)});
                    }
                }
            }
            List<OpenRow> open = new ArrayList<>();
            Map<String, long[]> openDone = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(openSql)) {
                bindItems(ps, key, ActionStatus.OPEN);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        OpenRow row = new OpenRow(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs.getString(4)), date(rs.getString(5)));
                        open.add(row);
                        openDone.computeIfAbsent(row.pageId() + ":" + row.memoKey(), k -> new long[2])[0]++;
                    }
                }
            }
            List<Long> days = new ArrayList<>();
            int done = 0;
            try (PreparedStatement ps = c.prepareStatement(doneSql)) {
                bindItems(ps, key, ActionStatus.DONE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        done++;
                        openDone.computeIfAbsent(rs.getLong(1) + ":" + rs.getString(2), k -> new long[2])[1]++;
                        Timestamp created = rs.getTimestamp(3), completed = rs.getTimestamp(4);
                        Long d = FollowThrough.daysToDone(created == null ? null : created.toInstant(), completed == null ? null : completed.toInstant());
                        if (d != null) days.add(d);
                    }
                }
            }
            List<long[]> counts = new ArrayList<>(memoRows.size());
            List<LocalDate> meetingDays = new ArrayList<>();
            for (Object[] m : memoRows) {
                counts.add(openDone.getOrDefault(m[1] + ":" + m[4], new long[2]));
                LocalDate day = (LocalDate) m[6];
                if (day != null && !day.isAfter(today)) meetingDays.add(day);
            }
            Map<Long, Integer> meetingsOf = new HashMap<>();
            List<OpenRow> stale = new ArrayList<>();
            for (OpenRow item : open) {
                if (item.memoDate() == null) continue;
                int meetings = FollowThrough.meetingsSince(item.memoDate(), meetingDays);
                if (meetings > OPEN_LONGER_THAN) {
                    stale.add(item);
                    meetingsOf.put(item.id(), meetings);
                }
            }
            stale.sort(Comparator.<OpenRow>comparingInt(i -> meetingsOf.get(i.id())).reversed()
                    .thenComparing(OpenRow::dueDate, Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(OpenRow::id));
            List<OpenRow> shown = stale.subList(0, Math.min(stale.size(), SeriesOverview.MAX_STALE_SHOWN));
            List<ActionItem> full = new ArrayList<>();
            if (!shown.isEmpty()) {
                String sql = RawActionItems.selectSql(db.table("ACTION_ITEM"), "\"ID\" IN (" + "?,".repeat(shown.size() - 1) + "?)");
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < shown.size(); i++) ps.setLong(i + 1, shown.get(i).id());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) full.add(RawActionItems.read(rs));
                    }
                }
            }
            return new Figures(counts, new FollowThrough(open.size(), done, FollowThrough.median(days)), full, stale.size());
        }
    }

    private static void bindItems(PreparedStatement ps, String key, ActionStatus status) throws SQLException {
        ps.setString(1, key);
        ps.setString(2, status.wireName());
        ps.setBoolean(3, false);
        ps.setBoolean(4, false);
    }

    private static LocalDate date(String iso) { return iso == null ? null : LocalDate.parse(iso); }
}
