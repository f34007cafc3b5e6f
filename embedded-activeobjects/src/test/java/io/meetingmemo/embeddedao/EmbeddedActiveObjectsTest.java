package io.meetingmemo.embeddedao;

import java.util.Optional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.plugin.util.PluginKeyStack;
import com.atlassian.util.profiling.Metrics;
import com.atlassian.util.profiling.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ActiveObjects service on the Active Objects ORM, on H2 and HSQLDB in memory and on PostgreSQL when
 * {@code MEETING_MEMO_PG_URL} names one: Confluence's table names, a schema that a second migration leaves
 * alone, the entity operations the ORM times through atlassian-profiling (here the no-op stand-ins), and
 * upgrade tasks that run once, in order, from the stored model version.
 */
class EmbeddedActiveObjectsTest {
    private static final String NAMESPACE = "io.meetingmemo.embeddedao.test";

    static List<Named<Supplier<DatabaseConfig>>> databases() {
        return List.of(
                Named.of("H2", () -> DatabaseConfig.h2Memory("e" + UUID.randomUUID().toString().replace("-", ""))),
                Named.of("HSQLDB", () -> DatabaseConfig.hsqlMemory("e" + UUID.randomUUID().toString().replace("-", ""))),
                Named.of("PostgreSQL", EmbeddedActiveObjectsTest::freshPostgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tablesAndIndexesAreNamedAsConfluenceNamesThemAndASecondMigrationChangesNothing(Supplier<DatabaseConfig> db) throws SQLException {
        DatabaseConfig config = db.get();
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(config, NAMESPACE)) {
            ao.migrate(Note.class);
            ao.create(Note.class, new DBParam("PAGE_ID", 1L), new DBParam("TITLE", "Ensimmäinen"));
            String table = ao.tablePrefix() + "NOTE";
            assertTrue(table.matches("AO_[0-9A-F]{6}_NOTE"), table);
            Set<String> before = indexes(ao, table);
            assertTrue(before.contains("INDEX_" + table + "_PAGE_TITLE"), "composite index: " + before);
            assertTrue(before.contains("INDEX_" + table + "_PAGE_ID"), "plain index: " + before);

            ao.migrate(Note.class);
            assertEquals(before, indexes(ao, table), "the second migration keeps the indexes");
            assertEquals(1, ao.count(Note.class, Query.select()), "and the rows");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void entityOperationsRunThroughTheOrmsTimedCalls(Supplier<DatabaseConfig> db) {
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(db.get(), NAMESPACE)) {
            ao.migrate(Note.class);
            Note first = ao.create(Note.class, new DBParam("PAGE_ID", 7L), new DBParam("TITLE", "Messut"), new DBParam("BODY", "x".repeat(5_000)));
            Note second = ao.create(Note.class, Map.of("PAGE_ID", 7L, "TITLE", "Mainokset"));
            List<Map<String, Object>> rows = new ArrayList<>();
            IntStream.range(0, 25).forEach(i -> rows.add(Map.of("PAGE_ID", 8L, "TITLE", "Rivi " + i)));
            ao.create(Note.class, rows);

            assertEquals(27, ao.count(Note.class, Query.select()));
            assertEquals(25, ao.count(Note.class, Query.select().where("PAGE_ID = ?", 8L)));
            Note[] onPage7 = ao.find(Note.class, Query.select().where("PAGE_ID = ?", 7L).order("TITLE"));
            assertEquals(List.of("Mainokset", "Messut"), List.of(onPage7[0].getTitle(), onPage7[1].getTitle()));
            assertEquals(5_000, ao.get(Note.class, first.getID()).getBody().length());

            List<String> streamed = new ArrayList<>();
            ao.stream(Note.class, Query.select("ID, TITLE").where("PAGE_ID = ?", 8L).order("ID"), note -> streamed.add(note.getTitle()));
            assertEquals(25, streamed.size());
            assertEquals("Rivi 0", streamed.get(0));

            second.setTitle("Mainokset tilattu");
            second.save();
            assertEquals("Mainokset tilattu", ao.find(Note.class, "ID = ?", second.getID())[0].getTitle());

            assertEquals(25, ao.deleteWithSQL(Note.class, "PAGE_ID = ?", 8L));
            ao.delete(first);
            assertEquals(1, ao.count(Note.class, Query.select()));
        }
    }

    /** Databases that outlive the service: AO's HSQLDB provider shuts the database down when disposed. */
    static List<Named<Supplier<DatabaseConfig>>> lastingDatabases() throws IOException {
        Path hsqlFile = Files.createTempDirectory("embedded-ao-hsql").resolve("db");
        return List.of(
                Named.of("H2", () -> DatabaseConfig.h2Memory("e" + UUID.randomUUID().toString().replace("-", ""))),
                Named.of("HSQLDB", () -> new DatabaseConfig("jdbc:hsqldb:file:" + hsqlFile, "SA", "")),
                Named.of("PostgreSQL", EmbeddedActiveObjectsTest::freshPostgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lastingDatabases")
    void upgradeTasksRunOnceInOrderFromTheStoredModelVersion(Supplier<DatabaseConfig> db) {
        DatabaseConfig config = db.get();
        List<String> ran = new ArrayList<>();
        List<ActiveObjectsUpgradeTask> tasks = List.of(task("2", ran), task("1", ran));
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(config, NAMESPACE)) {
            assertEquals(ModelVersion.valueOf(null), ao.readModelVersion());
            ao.initialize(tasks, Note.class);
            assertEquals(List.of("1 from 0", "2 from 1"), ran);
            assertEquals(ModelVersion.valueOf("2"), ao.readModelVersion());
        }
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(config, NAMESPACE)) {
            ao.initialize(List.of(tasks.get(0), tasks.get(1), task("3", ran)), Note.class);
            assertEquals(List.of("1 from 0", "2 from 1", "3 from 2"), ran, "only the new task runs on the next start");
            assertEquals(ModelVersion.valueOf("3"), ao.readModelVersion());
        }
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndAFailureRollsBackBoth() {
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(DatabaseConfig.h2Memory("tx" + UUID.randomUUID().toString().replace("-", "")), NAMESPACE)) {
            ao.migrate(Note.class);
            assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
                ao.create(Note.class, new DBParam("PAGE_ID", 1L), new DBParam("TITLE", "outer"));
                ao.executeInTransaction(() -> ao.create(Note.class, new DBParam("PAGE_ID", 1L), new DBParam("TITLE", "inner")));
                throw new IllegalStateException("rolled back");
            }));
            assertEquals(0, ao.count(Note.class, Query.select()));
        }
    }

    /** The ORM's profiling calls land on the no-op stand-ins of this module, which record nothing. */
    @Test
    void theProfilingTheOrmCallsIsTheEmbeddedNoOp() {
        assertEquals(EmbeddedActiveObjects.class.getProtectionDomain().getCodeSource().getLocation(),
                Metrics.class.getProtectionDomain().getCodeSource().getLocation(), "the stand-ins come from this module");
        assertTrue(EntityManager.class.getProtectionDomain().getCodeSource().getLocation().toString().contains("activeobjects"));
        assertNull(PluginKeyStack.getFirstPluginKey());
        Ticker ticker = Metrics.metric("db.ao.entityManager.create").tag("entityName", "Note").withAnalytics()
                .invokerPluginKey(PluginKeyStack.getFirstPluginKey()).startTimer();
        assertSame(Ticker.NO_OP, ticker);
        ticker.close();
    }

    private static ActiveObjectsUpgradeTask task(String version, List<String> ran) {
        return new ActiveObjectsUpgradeTask() {
            @Override public ModelVersion getModelVersion() { return ModelVersion.valueOf(version); }
            @Override public void upgrade(ModelVersion current, ActiveObjects ao) {
                ao.migrate(Note.class);
                ran.add(version + " from " + current);
            }
        };
    }

    private static Set<String> indexes(EmbeddedActiveObjects ao, String table) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = ao.openConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String name = ao.database().kind() == DatabaseConfig.Kind.POSTGRESQL ? table.toLowerCase(Locale.ROOT) : table;
            for (String candidate : new TreeSet<>(List.of(table, name))) {
                try (ResultSet rs = meta.getIndexInfo(null, null, candidate, false, false)) {
                    while (rs.next()) {
                        String index = rs.getString("INDEX_NAME");
                        if (index != null) names.add(index.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    static DatabaseConfig freshPostgres() {
        Optional<DatabaseConfig> postgres = DatabaseConfig.freshPostgresFromEnvironment();
        Assumptions.assumeTrue(postgres.isPresent(), "MEETING_MEMO_PG_URL is not set; PostgreSQL tests are skipped");
        return postgres.get();
    }
}
