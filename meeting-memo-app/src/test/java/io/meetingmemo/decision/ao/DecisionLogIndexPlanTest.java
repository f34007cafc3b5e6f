package io.meetingmemo.decision.ao;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.decision.domain.DecisionPosition;
import io.meetingmemo.decision.domain.DecisionQuery;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.testsupport.DescriptorSchema;
import io.meetingmemo.testsupport.QueryPlans;
import io.meetingmemo.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision log is read in index order and stops at the page size: on a table of 20,000 decisions the plan of the
 * statement the log sends ({@link SqlDecisionLog}) for the whole log, one space's and one series' log, first page and
 * later ones, uses one of the entity's log indexes and sorts nothing. Newest first is kept in a key that runs forwards ({@link DecisionPosition#logSortKey}), because H2
 * does not read an index backwards to spare a sort: with a descending order its first page took 0.5 s at 100,000.
 */
class DecisionLogIndexPlanTest {
    private static final int DECISIONS = 20_000;

    static List<Named<Supplier<DatabaseConfig>>> databases() {
        return List.of(
                Named.of("H2", () -> DatabaseConfig.h2Memory("d" + UUID.randomUUID().toString().replace("-", ""))),
                Named.of("PostgreSQL", TestDatabases::freshPostgres));
    }

    private static DecisionQuery query(List<String> spaces, String series, LocalDate from, LocalDate to) {
        return new DecisionQuery(spaces, series, from, to, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyCommonLogIsReadInIndexOrderWithoutSorting(Supplier<DatabaseConfig> db) throws SQLException {
        try (EmbeddedActiveObjects ao = DescriptorSchema.open(db.get()); Connection c = ao.openConnection()) {
            String table = ao.tablePrefix() + "DECISION";
            fill(c, table);
            DecisionPosition secondPage = DecisionPosition.of(LocalDate.of(2024, 6, 1), 12_345);
            assertIndexOrder(c, table, query(List.of(), null, null, null), null, "decision_log");
            assertIndexOrder(c, table, query(List.of(), null, null, null), secondPage, "decision_log");
            assertIndexOrder(c, table, query(List.of(), null, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)), null, "decision_log");
            assertIndexOrder(c, table, query(List.of("S3"), null, null, null), null, "decision_space_log");
            assertIndexOrder(c, table, query(List.of("S3"), null, null, null), secondPage, "decision_space_log");
            assertIndexOrder(c, table, query(List.of(), "series-4", null, null), null, "decision_series_log");
        }
    }

    private static void assertIndexOrder(Connection c, String table, DecisionQuery q, DecisionPosition after, String index) throws SQLException {
        SqlDecisionLog.ListQuery list = SqlDecisionLog.ListQuery.of(q, after, 51);
        assertTrue(list.sql().contains(" FROM \"" + table + "\" "), "the log reads the table Active Objects created: " + list.sql());
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement("EXPLAIN " + list.sql())) {
            for (int i = 0; i < list.params().size(); i++) s.setObject(i + 1, list.params().get(i));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) plan.append(rs.getString(1)).append('\n');
            }
        }
        String p = plan.toString().toLowerCase(Locale.ROOT);
        String shape = q + (after == null ? "" : " after " + after);
        if (QueryPlans.isH2(c)) {
            assertTrue(p.contains("decision_" + index), "plan uses the " + index + " index for " + shape + ":\n" + plan);
            assertTrue(p.contains("index sorted"), "H2 reads in index order for " + shape + ":\n" + plan);
        } else {
            assertTrue(p.matches("(?s).*index scan (using|on) \\S*_log\\b.*"), "plan uses a log index for " + shape + ":\n" + plan);
            if (after == null) assertFalse(QueryPlans.sorts(plan.toString()), "PostgreSQL sorts nothing for " + shape + ":\n" + plan);
        }
    }

    /** 20,000 decisions, five a page, in 5 spaces and 20 series, over ten years of weekly meetings. */
    private static void fill(Connection c, String table) throws SQLException {
        String insert = "INSERT INTO \"" + table + "\" (\"PAGE_ID\", \"ROW_KEY\", \"SPACE_KEY\", \"SERIES\", \"DECISION_KEY\", \"TEXT\", "
                + "\"MEMO_DATE\", \"LOG_SORT\", \"REMOVED\", \"HIDDEN\", \"VERSION\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(insert)) {
            for (int i = 0; i < DECISIONS; i++) {
                int page = i / 5;
                LocalDate day = LocalDate.of(2016, 1, 4).plusWeeks(page % 520);
                s.setLong(1, page);
                s.setString(2, page + ":d" + i);
                s.setString(3, "S" + (page % 5));
                s.setString(4, "series-" + (page % 20));
                s.setString(5, "d" + i);
                s.setString(6, "Decision " + i);
                s.setString(7, day.toString());
                s.setString(8, DecisionPosition.of(day, 0).logSortKey());
                s.setBoolean(9, i % 50 == 0);
                s.setBoolean(10, false);
                s.addBatch();
                if (i % 1000 == 999) s.executeBatch();
            }
            s.executeBatch();
        }
        c.commit();
        c.setAutoCommit(autoCommit);
        try (var analyse = c.createStatement()) {
            analyse.execute(c.getMetaData().getDatabaseProductName().startsWith("H2") ? "ANALYZE" : "ANALYZE \"" + table + "\"");
        }
    }
}
