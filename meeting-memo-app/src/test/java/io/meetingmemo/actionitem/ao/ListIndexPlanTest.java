package io.meetingmemo.actionitem.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.domain.ActionItemQuery.StatusFilter;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.testsupport.TestDatabases;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.testsupport.DescriptorSchema;
import io.meetingmemo.testsupport.QueryPlans;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The register's lists are read in index order and stop at the page size: on a table of 20,000 items the
 * database plan for each common filter uses one of the entity's list indexes and sorts nothing. Without
 * them a busy person's first page meant reading and sorting all of their items (docs/performance.md 4.4).
 */
class ListIndexPlanTest {
    private static final int ITEMS = 20_000;

    static List<Named<Supplier<DatabaseConfig>>> databases() {
        return List.of(
                Named.of("H2", () -> DatabaseConfig.h2Memory("p" + UUID.randomUUID().toString().replace("-", ""))),
                Named.of("PostgreSQL", TestDatabases::freshPostgres));
    }

    private static ActionItemQuery query(StatusFilter status, String assignee, List<String> spaces, String series) {
        return new ActionItemQuery(status, assignee, spaces, null, series, null, null, null, null, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyCommonListIsReadInIndexOrderWithoutSorting(Supplier<DatabaseConfig> db) throws SQLException {
        try (EmbeddedActiveObjects ao = DescriptorSchema.open(db.get()); Connection c = ao.openConnection()) {
            String table = ao.tablePrefix() + "ACTION_ITEM";
            fill(c, table);
            ListPosition secondPage = new ListPosition("2026-06-01", 12_345);

            assertIndexOrder(c, table, query(StatusFilter.OPEN, "user-7", List.of(), null), null, "assignee_status_due");
            assertIndexOrder(c, table, query(StatusFilter.OPEN, "user-7", List.of(), null), secondPage, "assignee_status_due");
            assertIndexOrder(c, table, query(StatusFilter.ALL, "user-7", List.of(), null), null, "assignee_due");
            assertIndexOrder(c, table, query(StatusFilter.OPEN, null, List.of("S3"), null), null, "space_status_due");
            assertIndexOrder(c, table, query(StatusFilter.ALL, null, List.of("S3"), null), null, "space_due");
            assertIndexOrder(c, table, query(StatusFilter.ALL, null, List.of(), null), null, "due");
            assertIndexOrder(c, table, query(StatusFilter.OPEN, null, List.of(), null), null, "status_due");
            assertIndexOrder(c, table, query(StatusFilter.ALL, null, List.of(), "series-4"), null, "series_due");
            // A memo's carried-over section: the open items of its series' memos dated before it.
            assertIndexOrder(c, table, ActionItemQuery.carriedInto("series-4", LocalDate.of(2026, 6, 1)), null, "series_due");
        }
    }

    private static void assertIndexOrder(Connection c, String table, ActionItemQuery q, ListPosition after,
                                         String index) throws SQLException {
        AoActionItemRepository.ListQuery list = AoActionItemRepository.ListQuery.of(q, after);
        String plan = QueryPlans.explain(c, table, list.where(), list.params(), AoActionItemRepository.ListQuery.order(q),
                "ID", "PAGE_ID", "SPACE_KEY", "MEMO_SERIES", "MEMO_DATE", "ASSIGNEE_KEY", "DUE_SORT", "STATUS", "REMOVED", "HIDDEN");
        String p = plan.toLowerCase(Locale.ROOT);
        String shape = q + (after == null ? "" : " after " + after);
        if (QueryPlans.isH2(c)) {
            assertTrue(p.contains("action_item_" + index), "plan uses the " + index + " index for " + shape + ":\n" + plan);
            assertTrue(p.contains("index sorted"), "H2 reads in index order for " + shape + ":\n" + plan);
        } else {
            // PostgreSQL knows the spread of values and may prefer another list index that gives the same order.
            assertTrue(p.matches("(?s).*index scan (using|on) \\S*_due\\b.*"), "plan uses a list index for " + shape + ":\n" + plan);
            // Further into a list it may fetch the few remaining rows by the index and sort them, which is as good.
            if (after == null) assertFalse(p.contains("sort"), "PostgreSQL sorts nothing for " + shape + ":\n" + plan);
        }
    }

    /** 20,000 items of 50 people in 5 spaces and 20 series, a quarter open, due over two years. */
    private static void fill(Connection c, String table) throws SQLException {
        String insert = "INSERT INTO \"" + table + "\" (\"PAGE_ID\", \"PAGE_ITEM_KEY\", \"SPACE_KEY\", \"MEMO_SERIES\", "
                + "\"ITEM_KEY\", \"SOURCE\", \"TEXT\", \"ASSIGNEE_KEY\", \"DUE_DATE\", \"DUE_SORT\", \"STATUS\", \"REMOVED\", "
                + "\"HIDDEN\", \"MEMO_DATE\", \"VERSION\") "
                + "VALUES (?, ?, ?, ?, ?, 'macro', ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(insert)) {
            for (int i = 0; i < ITEMS; i++) {
                String due = LocalDate.of(2025, 1, 1).plusDays((i * 7919L) % 730).toString();
                s.setLong(1, i / 20);
                s.setString(2, (i / 20) + ":a" + i);
                s.setString(3, "S" + (i % 5));
                s.setString(4, "series-" + (i % 20));
                s.setString(5, "a" + i);
                s.setString(6, "Action " + i);
                s.setString(7, "user-" + (i % 50));
                s.setString(8, due);
                s.setString(9, due);
                s.setString(10, i % 4 == 0 ? "open" : "done");
                s.setBoolean(11, false);
                s.setBoolean(12, false);
                // Each page is one meeting, weekly over the two years.
                s.setString(13, LocalDate.of(2025, 1, 1).plusWeeks((i / 20) % 104).toString());
                s.addBatch();
                if (i % 1000 == 999) s.executeBatch();
            }
            s.executeBatch();
        }
        c.commit();
        c.setAutoCommit(autoCommit);
        try (Statement s = c.createStatement()) {
            boolean h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
            s.execute(h2 ? "ANALYZE" : "ANALYZE \"" + table + "\"");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                rs.next();
                assertEquals(ITEMS, rs.getInt(1));
            }
        }
    }
}
