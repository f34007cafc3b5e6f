package io.meetingmemo.bench.jmh;

import io.meetingmemo.decision.domain.DecisionPosition;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.decision.domain.DecisionRepository;
import io.meetingmemo.decision.domain.DecisionFinder;
import io.meetingmemo.decision.domain.DecisionQuery;
import io.meetingmemo.decision.domain.DecisionRecord;
import io.meetingmemo.decision.domain.StoredDecision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The decision log's first page: the 50 newest decisions of one space among {@link #decisions} decisions, through the
 * app's {@link DecisionFinder} (keyset paging with the permission filter, the log's hand-written SQL on the connection
 * SAL lends, the action items' ids in the same transaction) against the same SQL sent and mapped over plain JDBC. The
 * space changes with every call, in turn among {@link #SPACES}, so neither database may answer from a cached result of
 * the previous call. The decisions live on page
 * ids of their own ({@link #FIRST_PAGE} on), written once by the set-up and kept for later runs; a third of them name
 * actions, so the log also looks their ids up, as it does for real decisions.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecisionLogBenchmark extends DatabaseParams {
    static final int SPACES = 8;
    static final int PAGE_SIZE = 50;
    static final int PER_PAGE = 5;
    /** Below {@link AppDatabase#FIRST_BENCHMARK_PAGE_ID}, so the other benchmarks' clean-up leaves these alone. */
    static final long FIRST_PAGE = 2_000_000_000L;
    private static final List<String> TAGS = List.of("budjetti", "studia", "messut", "kampanja", "rekrytointi", "crm", "media", "talous");

    @Param("100000") public int decisions;

    private AppDatabase db;
    private DecisionFinder finder;
    private final List<DecisionQuery> queries = new ArrayList<>();
    private String rawSql;
    private String rawIdsSql;
    private int next;

    @Setup
    public void open() throws SQLException {
        db = AppDatabase.open(database(), people());
        finder = new DecisionFinder(db.app().get("decisionRepository", DecisionRepository.class));
        for (int s = 0; s < SPACES; s++) queries.add(new DecisionQuery(List.of(space(s)), null, null, null, null, null));
        ensureDecisions();
        // The statement the log sends (SqlDecisionLog.ListQuery) for one space, one row more than a page.
        rawSql = "SELECT \"ID\", \"PAGE_ID\", \"SPACE_KEY\", \"PAGE_TITLE\", \"MEMO_KEY\", \"MEMO_TITLE\", \"MEMO_DATE\", "
                + "\"SERIES\", \"DECISION_KEY\", \"TEXT\", \"TAGS\", \"ACTION_KEYS\", \"REMOVED\", \"HIDDEN\", \"VERSION\", \"CREATED_AT\", "
                + "\"UPDATED_AT\" FROM \"" + db.table("DECISION") + "\" WHERE \"LOG_SORT\" >= ? AND \"HIDDEN\" = ? "
                + "AND \"REMOVED\" = ? AND \"SPACE_KEY\" IN (?) ORDER BY \"SPACE_KEY\" ASC, \"LOG_SORT\" ASC, \"ID\" ASC LIMIT ?";
        rawIdsSql = "SELECT \"ID\", \"PAGE_ITEM_KEY\" FROM \"" + db.table("ACTION_ITEM") + "\" WHERE \"PAGE_ITEM_KEY\" IN (";
    }

    private static String space(int s) { return "DLOG" + s; }

    /** Writes the decisions unless a previous run left exactly as many. */
    private void ensureDecisions() throws SQLException {
        String table = db.table("DECISION");
        long end = FIRST_PAGE + decisions;
        try (Connection c = db.activeObjects().openConnection()) {
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM \"" + table + "\" WHERE \"PAGE_ID\" >= ? AND \"PAGE_ID\" < ?")) {
                count.setLong(1, FIRST_PAGE);
                count.setLong(2, FIRST_PAGE + 100_000_000L);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == decisions) return;
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM \"" + table + "\" WHERE \"PAGE_ID\" >= ? AND \"PAGE_ID\" < ?")) {
                delete.setLong(1, FIRST_PAGE);
                delete.setLong(2, FIRST_PAGE + 100_000_000L);
                delete.executeUpdate();
            }
            c.setAutoCommit(false);
            Random random = new Random(seed);
            Timestamp now = Timestamp.valueOf("2026-11-23 10:00:00");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO \"" + table + "\" (\"PAGE_ID\", \"ROW_KEY\", \"SPACE_KEY\", "
                    + "\"PAGE_TITLE\", \"MEMO_KEY\", \"MEMO_TITLE\", \"MEMO_DATE\", \"LOG_SORT\", \"SERIES\", \"DECISION_KEY\", \"TEXT\", "
                    + "\"TAGS\", \"ACTION_KEYS\", \"REMOVED\", \"HIDDEN\", \"VERSION\", \"CREATED_AT\", \"UPDATED_AT\") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 1, ?, ?)")) {
                for (int n = 0; n < decisions; n++) {
                    long page = FIRST_PAGE + n / PER_PAGE;
                    int pageIndex = n / PER_PAGE;
                    LocalDate day = LocalDate.of(2010, 1, 1).plusDays((pageIndex * 7L) % 6_000);
                    String key = "d-" + n;
                    insert.setLong(1, page);
                    insert.setString(2, page + ":" + key);
                    insert.setString(3, space(pageIndex % SPACES));
                    insert.setString(4, "Kokous " + pageIndex);
                    insert.setString(5, "m-" + pageIndex);
                    insert.setString(6, "Ohjausryhmä " + day);
                    insert.setString(7, day.toString());
                    insert.setString(8, DecisionPosition.of(day, 0).logSortKey());
                    insert.setString(9, "sarja-" + pageIndex % 50);
                    insert.setString(10, key);
                    insert.setString(11, "Päätös " + n + ": yhteinen osasto ja kampanja etenevät suunnitellusti.");
                    insert.setString(12, "," + TAGS.get(random.nextInt(TAGS.size())) + "," + TAGS.get(random.nextInt(TAGS.size())) + ",");
                    insert.setString(13, n % 3 == 0 ? "a-" + n + "\u001Fa-" + n + "-2" : null);
                    insert.setBoolean(14, n % 97 == 0);
                    insert.setTimestamp(15, now);
                    insert.setTimestamp(16, now);
                    insert.addBatch();
                    if (n % 1000 == 999) insert.executeBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    @TearDown
    public void close() { db.close(); }

    @Benchmark
    public DecisionFinder.Page finder() {
        return finder.find(queries.get(next++ % SPACES), null, PAGE_SIZE, pageId -> true);
    }

    /** The finder's SQL: the log's page (one row more, to know whether another follows), then its actions' ids. */
    @Benchmark
    public Map<StoredDecision, List<Long>> rawJdbc() throws SQLException {
        String space = queries.get(next++ % SPACES).spaceKeys().get(0);
        try (Connection c = db.activeObjects().openConnection()) {
            List<StoredDecision> rows = new ArrayList<>(PAGE_SIZE + 1);
            try (PreparedStatement ps = c.prepareStatement(rawSql)) {
                ps.setString(1, "00000000");
                ps.setBoolean(2, false);
                ps.setBoolean(3, false);
                ps.setString(4, space);
                ps.setInt(5, PAGE_SIZE + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rows.add(read(rs));
                }
            }
            List<StoredDecision> page = rows.subList(0, Math.min(PAGE_SIZE, rows.size()));
            Set<String> keys = new LinkedHashSet<>();
            for (StoredDecision d : page) for (String key : d.decision().actionKeys()) keys.add(d.pageId() + ":" + key);
            Map<String, Long> ids = new HashMap<>();
            if (!keys.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(rawIdsSql + "?,".repeat(keys.size() - 1) + "?)")) {
                    int i = 1;
                    for (String key : keys) ps.setString(i++, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) ids.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
            Map<StoredDecision, List<Long>> result = new HashMap<>();
            for (StoredDecision d : page) {
                List<Long> found = new ArrayList<>();
                for (String key : d.decision().actionKeys()) {
                    Long id = ids.get(d.pageId() + ":" + key);
                    if (id != null) found.add(id);
                }
                result.put(d, found);
            }
            return result;
        }
    }

    private static StoredDecision read(ResultSet rs) throws SQLException {
        String memoDate = rs.getString(7), tags = rs.getString(11), actionKeys = rs.getString(12);
        DecisionRecord r = new DecisionRecord(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                memoDate == null ? null : LocalDate.parse(memoDate), rs.getString(8), rs.getString(9), rs.getString(10),
                tags == null ? List.of() : Arrays.stream(tags.split(",")).filter(t -> !t.isEmpty()).toList(),
                actionKeys == null ? List.of() : List.of(actionKeys.split("\u001F", -1)));
        Timestamp created = rs.getTimestamp(16), updated = rs.getTimestamp(17);
        return new StoredDecision(rs.getLong(1), r, rs.getBoolean(13), rs.getBoolean(14), rs.getInt(15),
                created == null ? null : created.toInstant(), updated == null ? null : updated.toInstant());
    }
}
