package io.meetingmemo.bench.jmh;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.decision.domain.DecisionPosition;
import io.meetingmemo.decision.domain.DecisionRecord;
import io.meetingmemo.decision.domain.DecisionSync;
import io.meetingmemo.actionitem.domain.PageContent;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.actionitem.domain.TrackerState;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoAction;
import io.meetingmemo.memo.domain.ParsedPage;
import io.meetingmemo.memo.domain.StorageFormatParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
 * Syncing a saved 100-item memo page into the loaded data set: the app's {@code ActionItemSync} (parse,
 * read the page's rows, diff, write through Active Objects) against the same work written by hand on plain
 * JDBC with the same parser (read the rows, then batch inserts, batch updates and history inserts in one
 * transaction, and the same for the page's decisions). Two cases: a new page (every item inserted) and an edit (see {@link SyncPages}). Rows the
 * benchmark writes live on page ids far above the data set's and are deleted afterwards.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SyncBenchmark extends DatabaseParams {
    /** Page ids of benchmark rows: above any page of a data set, deleted on tear-down. Statement counts use higher ones. */
    static final long FIRST_BENCH_PAGE = AppDatabase.FIRST_BENCHMARK_PAGE_ID;
    /** The two edited pages come first; new pages follow. */
    private static final long FIRST_NEW_PAGE = FIRST_BENCH_PAGE + 10;
    private static final String SPACE = AppDatabase.BENCHMARK_SPACE;
    private static final String TITLE = "Synkronointitesti";

    @Param("100") public int actions;

    private AppDatabase db;
    private final StorageFormatParser parser = new StorageFormatParser();
    private SyncPages pages;
    private String actorKey;
    private String table;
    private String historyTable;
    private String syncedTable;
    private String decisionTable;
    private long nextNewPage = FIRST_NEW_PAGE;
    private long appEdits;
    private long rawEdits;

    @Setup
    public void open() throws SQLException {
        db = AppDatabase.open(database(), people());
        table = db.table("ACTION_ITEM");
        historyTable = db.table("STATUS_CHANGE");
        syncedTable = db.table("SYNCED_PAGE");
        decisionTable = db.table("DECISION");
        db.deleteItemsOfPages(FIRST_BENCH_PAGE, Long.MAX_VALUE);
        pages = SyncPages.of(actions, seed, people());
        actorKey = people().rank(0).userKey();
        syncEditedPage();
        rawJdbcEditedPage();
    }

    @TearDown
    public void close() {
        db.deleteItemsOfPages(FIRST_BENCH_PAGE, Long.MAX_VALUE);
        db.close();
    }

    /** New pages add 100 rows per call; they go after each iteration so the table keeps its size. */
    @TearDown(Level.Iteration)
    public void deleteNewPages() { db.deleteItemsOfPages(FIRST_NEW_PAGE, Long.MAX_VALUE); }

    @Benchmark
    public Object syncNewPage() {
        return db.pageSaved(new PageSnapshot(nextNewPage++, 1, SPACE, TITLE, pages.original()), actorKey);
    }

    @Benchmark
    public int rawJdbcNewPage() throws SQLException {
        return rawSync(nextNewPage++, 1, pages.original());
    }

    @Benchmark
    public Object syncEditedPage() {
        return db.pageSaved(new PageSnapshot(FIRST_BENCH_PAGE, (int) appEdits + 1, SPACE, TITLE, pages.version(appEdits++)), actorKey);
    }

    @Benchmark
    public int rawJdbcEditedPage() throws SQLException {
        return rawSync(FIRST_BENCH_PAGE + 1, (int) rawEdits + 1, pages.version(rawEdits++));
    }

    /**
     * A hand-written sync: parse, read the page's rows, then in one transaction record the page version it applies
     * with its memo records (a delete of the page's older rows, then one batch insert that a newer version's page row
     * refuses), insert new items, update changed and vanished ones (checking their version) and append status history.
     *
     * @return rows written
     */
    private int rawSync(long pageId, int version, String body) throws SQLException {
        ParsedPage parsed = parser.parse(body);
        Instant now = Instant.now();
        Map<String, ActionItem> wanted = new LinkedHashMap<>();
        for (Memo memo : parsed.memos()) {
            for (MemoAction a : memo.actions()) {
                String assignee = a.assignee() == null ? null : a.assignee().identity();
                ActionStatus status = a.pageStatus() != null ? a.pageStatus() : ActionStatus.OPEN;
                wanted.putIfAbsent(a.key(), new ActionItem(0, new PageContent(pageId, SPACE, TITLE, memo.key(), memo.title(),
                        memo.date(), memo.series(), a.key(), a.source(), a.text(), assignee, a.owner(), a.due(), a.pageStatus()),
                        new TrackerState(status, null, null, now, now, false, false, 1, TrackerState.NORMAL_PRIORITY)));
            }
        }
        try (Connection c = db.activeObjects().openConnection()) {
            c.setAutoCommit(false);
            Map<String, ActionItem> stored = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(RawActionItems.selectSql(table, "\"PAGE_ID\" = ?"))) {
                select.setLong(1, pageId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ActionItem row = RawActionItems.read(rs);
                        stored.put(row.itemKey(), row);
                    }
                }
            }
            // The claim with the page's memo records, as the app writes them: the page's rows of this version or older
            // deleted, the page row and a row per memo inserted in one batch (a newer version's page row refuses it).
            try (PreparedStatement release = c.prepareStatement("DELETE FROM \"" + syncedTable + "\" WHERE \"PAGE_ID\" = ? "
                    + "AND \"PAGE_VERSION\" <= ?");
                 PreparedStatement claim = c.prepareStatement(RawActionItems.insertRecordSql(syncedTable))) {
                release.setLong(1, pageId);
                release.setInt(2, version);
                release.executeUpdate();
                RawActionItems.bindRecord(claim, pageId, version, null);
                claim.addBatch();
                PageSnapshot page = new PageSnapshot(pageId, version, SPACE, TITLE, body);
                for (Memo memo : parsed.memos()) {
                    RawActionItems.bindRecord(claim, pageId, version,
                            page.memoRecord(memo, memo.minutesBy() == null ? null : memo.minutesBy().identity()));
                    claim.addBatch();
                }
                claim.executeBatch();
            }
            int written = 0;
            try (PreparedStatement insert = c.prepareStatement(RawActionItems.insertSql(table));
                 PreparedStatement update = c.prepareStatement("UPDATE \"" + table + "\" SET \"TEXT\" = ?, \"ASSIGNEE_KEY\" = ?, "
                         + "\"OWNER_NAME\" = ?, \"DUE_DATE\" = ?, \"DUE_SORT\" = ?, \"STATUS\" = ?, \"PAGE_STATUS\" = ?, \"REMOVED\" = ?, "
                         + "\"UPDATED_AT\" = ?, \"VERSION\" = \"VERSION\" + 1 WHERE \"ID\" = ? AND \"VERSION\" = ?");
                 PreparedStatement history = c.prepareStatement("INSERT INTO \"" + historyTable + "\" (\"ITEM_ID\", \"CHANGED_AT\", "
                         + "\"ACTOR_KEY\", \"OLD_STATUS\", \"NEW_STATUS\", \"VIA\") VALUES (?, ?, ?, ?, ?, 'page')")) {
                int inserts = 0, updates = 0, changes = 0;
                for (ActionItem fresh : wanted.values()) {
                    ActionItem old = stored.get(fresh.itemKey());
                    if (old == null) {
                        RawActionItems.bindInsert(insert, fresh);
                        insert.addBatch();
                        inserts++;
                        continue;
                    }
                    boolean checkboxChanged = fresh.pageStatus() != null && fresh.pageStatus() != old.pageStatus();
                    ActionStatus status = checkboxChanged ? fresh.pageStatus() : old.status();
                    if (sameContent(old, fresh) && status == old.status() && !old.removed()) continue;
                    bindUpdate(update, fresh, status, false, old, now);
                    updates++;
                    if (status != old.status()) {
                        history.setLong(1, old.id());
                        RawActionItems.setTimestamp(history, 2, now);
                        history.setString(3, actorKey);
                        history.setString(4, old.status().wireName());
                        history.setString(5, status.wireName());
                        history.addBatch();
                        changes++;
                    }
                }
                for (ActionItem old : stored.values()) {
                    if (!wanted.containsKey(old.itemKey()) && !old.removed()) {
                        bindUpdate(update, old, old.status(), true, old, now);
                        updates++;
                    }
                }
                if (inserts > 0) insert.executeBatch();
                if (updates > 0 && sum(update.executeBatch()) != updates) {
                    c.rollback();
                    throw new IllegalStateException("rows changed underneath the raw sync");
                }
                if (changes > 0) history.executeBatch();
                written = inserts + updates + changes;
            }
            written += rawDecisions(c, pageId, parsed, now);
            c.commit();
            return written;
        }
    }

    /**
     * The decisions' part of the hand-written sync, as the app does it: read the page's decision rows, insert new
     * decisions in one batch, update changed and vanished ones (checking their version) in another.
     *
     * @return rows written
     */
    private int rawDecisions(Connection c, long pageId, ParsedPage parsed, Instant now) throws SQLException {
        Map<String, Object[]> stored = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT \"ID\", \"DECISION_KEY\", \"TEXT\", \"TAGS\", \"ACTION_KEYS\", "
                + "\"REMOVED\", \"VERSION\" FROM \"" + decisionTable + "\" WHERE \"PAGE_ID\" = ?")) {
            select.setLong(1, pageId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(2), new Object[] {rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBoolean(6), rs.getInt(7)});
                }
            }
        }
        int inserts = 0, updates = 0;
        java.util.Set<String> onPage = new java.util.HashSet<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO \"" + decisionTable + "\" (\"PAGE_ID\", \"ROW_KEY\", "
                + "\"SPACE_KEY\", \"PAGE_TITLE\", \"MEMO_KEY\", \"MEMO_TITLE\", \"MEMO_DATE\", \"LOG_SORT\", \"SERIES\", \"DECISION_KEY\", "
                + "\"TEXT\", \"TAGS\", \"ACTION_KEYS\", \"REMOVED\", \"HIDDEN\", \"VERSION\", \"CREATED_AT\", \"UPDATED_AT\") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, 1, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE \"" + decisionTable + "\" SET \"TEXT\" = ?, \"TAGS\" = ?, "
                     + "\"ACTION_KEYS\" = ?, \"REMOVED\" = ?, \"UPDATED_AT\" = ?, \"VERSION\" = \"VERSION\" + 1 WHERE \"ID\" = ? AND \"VERSION\" = ?")) {
            for (DecisionRecord d : DecisionSync.onPage(pageId, SPACE, TITLE, parsed.memos())) {
                onPage.add(d.decisionKey());
                String tags = d.tags().isEmpty() ? null : "," + String.join(",", d.tags()) + ",";
                String actionKeys = d.actionKeys().isEmpty() ? null : String.join("\u001F", d.actionKeys());
                Object[] old = stored.get(d.decisionKey());
                if (old == null) {
                    insert.setLong(1, pageId);
                    insert.setString(2, pageId + ":" + d.decisionKey());
                    insert.setString(3, d.spaceKey());
                    insert.setString(4, d.pageTitle());
                    insert.setString(5, d.memoKey());
                    insert.setString(6, d.memoTitle());
                    insert.setString(7, d.memoDate() == null ? null : d.memoDate().toString());
                    insert.setString(8, DecisionPosition.of(d.memoDate(), 0).logSortKey());
                    insert.setString(9, d.series());
                    insert.setString(10, d.decisionKey());
                    insert.setString(11, d.text());
                    insert.setString(12, tags);
                    insert.setString(13, actionKeys);
                    RawActionItems.setTimestamp(insert, 14, now);
                    RawActionItems.setTimestamp(insert, 15, now);
                    insert.addBatch();
                    inserts++;
                } else if (!Objects.equals(old[1], d.text()) || !Objects.equals(old[2], tags) || !Objects.equals(old[3], actionKeys)
                        || (Boolean) old[4]) {
                    bindDecisionUpdate(update, d.text(), tags, actionKeys, false, old, now);
                    updates++;
                }
            }
            for (Map.Entry<String, Object[]> old : stored.entrySet()) {
                if (!onPage.contains(old.getKey()) && !(Boolean) old.getValue()[4]) {
                    Object[] row = old.getValue();
                    bindDecisionUpdate(update, (String) row[1], (String) row[2], (String) row[3], true, row, now);
                    updates++;
                }
            }
            if (inserts > 0) insert.executeBatch();
            if (updates > 0 && sum(update.executeBatch()) != updates) {
                c.rollback();
                throw new IllegalStateException("decisions changed underneath the raw sync");
            }
        }
        return inserts + updates;
    }

    private static void bindDecisionUpdate(PreparedStatement update, String text, String tags, String actionKeys, boolean removed,
                                           Object[] old, Instant now) throws SQLException {
        update.setString(1, text);
        update.setString(2, tags);
        update.setString(3, actionKeys);
        update.setBoolean(4, removed);
        RawActionItems.setTimestamp(update, 5, now);
        update.setLong(6, (Long) old[0]);
        update.setInt(7, (Integer) old[5]);
        update.addBatch();
    }

    private static boolean sameContent(ActionItem a, ActionItem b) {
        return Objects.equals(a.text(), b.text()) && Objects.equals(a.assigneeKey(), b.assigneeKey())
                && Objects.equals(a.ownerName(), b.ownerName()) && Objects.equals(a.dueDate(), b.dueDate())
                && a.pageStatus() == b.pageStatus() && a.source() == b.source() && Objects.equals(a.memoKey(), b.memoKey());
    }

    private static void bindUpdate(PreparedStatement update, ActionItem content, ActionStatus status, boolean removed,
                                   ActionItem old, Instant now) throws SQLException {
        update.setString(1, content.text());
        update.setString(2, content.assigneeKey());
        update.setString(3, content.ownerName());
        update.setString(4, content.dueDate() == null ? null : content.dueDate().toString());
        update.setString(5, ListPosition.dueSortKey(content.dueDate()));
        update.setString(6, status.wireName());
        update.setString(7, content.source() == ActionSource.TASK && content.pageStatus() != null ? content.pageStatus().wireName() : null);
        update.setBoolean(8, removed);
        RawActionItems.setTimestamp(update, 9, now);
        update.setLong(10, old.id());
        update.setInt(11, old.version());
        update.addBatch();
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) total += count == Statement.SUCCESS_NO_INFO ? 1 : count;
        return total;
    }
}
