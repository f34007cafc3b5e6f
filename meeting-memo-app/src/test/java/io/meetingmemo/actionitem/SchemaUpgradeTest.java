package io.meetingmemo.actionitem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.AoActionItemRepository;
import io.meetingmemo.actionitem.ao.StatusChangeEntity;
import io.meetingmemo.actionitem.ao.AoMemoRecordRepository;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import io.meetingmemo.series.ao.SeriesEntity;
import io.meetingmemo.decision.ao.DecisionEntity;
import io.meetingmemo.actionitem.ao.upgrade.v2.AddPriorityUpgradeTask002;
import io.meetingmemo.actionitem.ao.upgrade.v4.AddMemoRecordsUpgradeTask004;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.embeddedao.AoTableNames;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.StorageFormatParser;
import io.meetingmemo.testsupport.DescriptorSchema;
import io.meetingmemo.testsupport.TableRows;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 7, item 8: the current schema (version 2 added the {@code PRIORITY} column, version 3 the table of page
 * versions the syncs applied, which starts empty, version 4 the memo records in that table) reached from a real
 * version-1 database, and from a real version-3 database with recorded page versions.
 * The version-1 database is created and filled by the frozen version-1 entities of the attic, under model
 * version 1, exactly as the released app left it; then the upgrade tasks the descriptor lists run on the
 * current entities, as Confluence runs them when the new jar is installed. Every row must still be there
 * with every version-1 value unchanged, and every row must have its priority. Runs on H2, HSQLDB and, when
 * CI provides one, PostgreSQL.
 */
class SchemaUpgradeTest {
    /** The model version the descriptor's last upgrade task leaves (10: an action item's follow-up owner). */
    private static final ModelVersion LATEST = ModelVersion.valueOf("10");
    private static final String DBS = "io.meetingmemo.testsupport.TestDatabases#withBatchInserts";
    private static final String NAMESPACE = DescriptorSchema.NAMESPACE;
    /** More rows than one batch of the upgrade task, on several pages. */
    private static final int ITEMS = 1_234;

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aVersion1DatabaseKeepsEveryRowAndEveryRowIsMigrated(Supplier<DatabaseConfig> db) throws Exception {
        DatabaseConfig config = db.get();
        createVersion1Database(config);
        Tables before = Tables.read(config);
        assertEquals(ITEMS, before.items().size());
        assertEquals(ITEMS / 3, before.changes().size());
        assertTrue(before.items().get(0).keySet().stream().noneMatch(c -> c.equals(ActionItemEntity.PRIORITY)), "version 1 has no priority");

        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(config, NAMESPACE)) {
            assertEquals(ModelVersion.valueOf("1"), ao.readModelVersion());
            ao.initialize(descriptorUpgradeTasks(), ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class, DecisionEntity.class);
            assertEquals(LATEST, ao.readModelVersion());
        }

        Tables after = Tables.read(config);
        assertEquals(before.items().size(), after.items().size(), "every action item is kept");
        for (int i = 0; i < before.items().size(); i++) {
            Map<String, Object> old = before.items().get(i);
            Map<String, Object> now = new TreeMap<>(after.items().get(i));
            assertEquals(ActionItemEntity.PRIORITY_NORMAL, now.remove(ActionItemEntity.PRIORITY), "row " + old.get("ID") + " is migrated");
            assertTrue(now.containsKey("FOLLOW_UP_KEY"), "version 10 adds the follow-up owner");
            assertNull(now.remove("FOLLOW_UP_KEY"), "a row written before version 10 names no follow-up owner");
            assertEquals(old, now, "row " + old.get("ID") + " keeps every version-1 value");
        }
        assertEquals(before.changes(), after.changes(), "the status history is kept as it was");

        // The app works on the migrated rows: reads map them, a save updates them in place, new rows get the default.
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(config, NAMESPACE)) {
            ao.initialize(descriptorUpgradeTasks(), ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class, DecisionEntity.class);
            AoActionItemRepository repository = new AoActionItemRepository(ao);
            List<ActionItem> page1 = repository.findByPage(1001);
            assertEquals(ITEMS / 10 + (ITEMS % 10 > 0 ? 1 : 0), page1.size());
            assertEquals("Tehtävä 0 – ÅÄÖ åäö ✓ 𝄞", page1.get(0).text());
            assertEquals(ActionStatus.DONE, page1.get(0).status(), "row 0 was done in version 1");

            ActionItemSync sync = new ActionItemSync(repository, new StorageFormatParser(), u -> "key-" + u.identity(),
                    Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC), pageId -> java.util.Optional.empty());
            String body = "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"memo-1001\"><ac:parameter ac:name=\"title\">Upgraded</ac:parameter>"
                    + "<ac:rich-text-body><ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"action-0\"><ac:rich-text-body><p>Edited after the upgrade</p>"
                    + "</ac:rich-text-body></ac:structured-macro><ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"brand-new\"><ac:rich-text-body>"
                    + "<p>Written under version 2</p></ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>";
            assertEquals(0, repository.syncedVersion(1001), "no page version is recorded before the first sync after the upgrade");
            ActionItemSync.Outcome outcome = sync.pageSaved(new PageSnapshot(1001, 7, "UPG", "Page 1001", body), "key-admin");
            assertEquals(1, outcome.inserted());
            assertEquals(7, repository.syncedVersion(1001), "the sync records the version it applied");
            ActionItem edited = repository.findByPage(1001).stream().filter(i -> i.itemKey().equals("action-0")).findFirst().orElseThrow();
            assertEquals(page1.get(0).id(), edited.id(), "the same row, updated in place");
            assertEquals("Edited after the upgrade", edited.text());
            assertEquals(ActionStatus.DONE, edited.status(), "the tracked status survives the edit");
        }
        Tables edited = Tables.read(config);
        assertEquals(ITEMS + 1, edited.items().size(), "one new row; nothing duplicated");
        assertTrue(edited.items().stream().allMatch(r -> ActionItemEntity.PRIORITY_NORMAL.equals(r.get(ActionItemEntity.PRIORITY))),
                "rows written by the app after the upgrade get the default priority");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void theTransformFillsEveryRowInBatchesAndRunningItAgainChangesNothing(Supplier<DatabaseConfig> db) throws Exception {
        DatabaseConfig config = db.get();
        createVersion1Database(config);
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(config, NAMESPACE)) {
            ao.initialize(descriptorUpgradeTasks(), ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class, DecisionEntity.class);
        }
        // A database that adds the column without filling it from its default: every row needs the transform.
        String table = quoted(AoTableNames.prefixFor(NAMESPACE) + "ACTION_ITEM");
        try (Connection c = connect(config); Statement s = c.createStatement()) {
            assertEquals(ITEMS, s.executeUpdate("UPDATE " + table + " SET " + quoted(ActionItemEntity.PRIORITY) + " = NULL"));
        }
        Tables emptied = Tables.read(config);
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(config, NAMESPACE)) {
            new AddPriorityUpgradeTask002().upgrade(ModelVersion.valueOf("1"), ao);
        }
        Tables filled = Tables.read(config);
        for (int i = 0; i < ITEMS; i++) {
            Map<String, Object> expected = new TreeMap<>(emptied.items().get(i));
            expected.put(ActionItemEntity.PRIORITY, ActionItemEntity.PRIORITY_NORMAL);
            assertEquals(expected, filled.items().get(i));
        }
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(config, NAMESPACE)) {
            new AddPriorityUpgradeTask002().upgrade(ModelVersion.valueOf("2"), ao);
            ao.initialize(descriptorUpgradeTasks(), ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class, DecisionEntity.class);
            assertEquals(LATEST, ao.readModelVersion());
        }
        assertEquals(filled, Tables.read(config), "the upgrade is idempotent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aNewSiteRunsEveryTaskAndEndsAtVersion4(Supplier<DatabaseConfig> db) throws Exception {
        DatabaseConfig config = db.get();
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(config, NAMESPACE)) {
            ao.initialize(descriptorUpgradeTasks(), ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class, DecisionEntity.class);
            assertEquals(LATEST, ao.readModelVersion());
            ao.create(ActionItemEntity.class, Map.of(ActionItemEntity.PAGE_ITEM_KEY, "1:x", "PAGE_ID", 1L, "ITEM_KEY", "x"));
        }
        Map<String, Object> row = Tables.read(config).items().get(0);
        assertEquals(ActionItemEntity.PRIORITY_NORMAL, row.get(ActionItemEntity.PRIORITY));
    }

    /**
     * Version 4 makes the table of recorded page versions hold the memo records too: a version-3 database keeps every
     * recorded version (each row becomes its page's page row, keyed by the page id), the unique page id gives way to
     * the unique row key, and the claim still refuses an older version. Active Objects changes the constraints itself
     * on every database (read back from the database's own metadata). On H2, HSQLDB and PostgreSQL.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#all")
    @SuppressWarnings("unchecked")
    void aVersion3DatabaseKeepsItsRecordedVersionsAndTheClaimMovesToTheRowKey(Supplier<DatabaseConfig> db) throws Exception {
        int pages = 1_234; // more than one batch of the task
        // One service throughout: an in-memory HSQLDB database ends with the service that opened it.
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(db.get(), NAMESPACE)) {
            List<ActiveObjectsUpgradeTask> upToVersion3 = descriptorUpgradeTasks().stream()
                    .filter(t -> !t.getModelVersion().isNewerThan(ModelVersion.valueOf("3"))).toList();
            ao.initialize(upToVersion3, ActionItemEntity.class, StatusChangeEntity.class,
                    io.meetingmemo.actionitem.ao.upgrade.v3.SyncedPageEntity.class);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < pages; i++) rows.add(Map.of("PAGE_ID", 5000L + i, "PAGE_VERSION", 1 + i % 7));
            ao.executeInTransaction(() -> {
                for (int from = 0; from < rows.size(); from += 500) {
                    ao.create(io.meetingmemo.actionitem.ao.upgrade.v3.SyncedPageEntity.class, rows.subList(from, Math.min(from + 500, rows.size())));
                }
                return null;
            });
            assertEquals(ModelVersion.valueOf("3"), ao.readModelVersion());
            assertEquals(List.of("PAGE_ID"), uniqueColumns(ao, "SYNCED_PAGE"), "version 3: the page id is unique");

            ao.initialize(descriptorUpgradeTasks(), ActionItemEntity.class, StatusChangeEntity.class, SyncRecordEntity.class, SeriesEntity.class, DecisionEntity.class);
            assertEquals(LATEST, ao.readModelVersion());
            assertEquals(List.of("ROW_KEY"), uniqueColumns(ao, "SYNCED_PAGE"), "version 4: the row key is unique, the page id no longer");
            try (Connection c = ao.openConnection(); ResultSet rs = c.getMetaData().getColumns(null,
                    ao.database().kind() == DatabaseConfig.Kind.POSTGRESQL ? "public" : "PUBLIC", ao.tablePrefix() + "SYNCED_PAGE", "ROW_KEY")) {
                assertTrue(rs.next());
                assertEquals("NO", rs.getString("IS_NULLABLE"), "every row has its key");
            }
            List<Map<String, Object>> upgraded = rows(ao, "SYNCED_PAGE");
            assertEquals(pages, upgraded.size(), "every recorded version is kept");
            for (int i = 0; i < pages; i++) {
                Map<String, Object> row = upgraded.get(i);
                assertEquals(5000L + i, row.get("PAGE_ID"));
                assertEquals((long) (1 + i % 7), row.get("PAGE_VERSION"));
                assertEquals(String.valueOf(5000 + i), row.get("ROW_KEY"), "a version-3 row is its page's page row");
                assertNull(row.get("MEMO_KEY"));
            }

            AoActionItemRepository repository = new AoActionItemRepository(ao);
            AoMemoRecordRepository memos = new AoMemoRecordRepository(ao);
            MemoQuery everything = new MemoQuery(null, null, null, null);
            ActionItemSync sync = new ActionItemSync(repository, new StorageFormatParser(), u -> "key-" + u.identity(),
                    Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC), pageId -> java.util.Optional.empty());
            assertEquals(7, repository.syncedVersion(5006), "the recorded version survives the upgrade");
            String memo = "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"m1\"><ac:parameter ac:name=\"title\">After</ac:parameter>"
                    + "<ac:parameter ac:name=\"date\">2026-11-24</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>";
            assertEquals(0, sync.pageSaved(new PageSnapshot(5006, 6, "UPG", "Older", memo), "key-admin").appliedVersion(),
                    "an older version than the recorded one is still refused");
            assertEquals(List.of(), memos.findAfter(everything, null, 10), "and records no memo");
            assertEquals(8, sync.pageSaved(new PageSnapshot(5006, 8, "UPG", "Newer", memo), "key-admin").appliedVersion());
            assertEquals(List.of("After"), memos.findAfter(everything, null, 10).stream().map(m -> m.memo().title()).toList(),
                    "the next sync records the memo");
            assertEquals(8, repository.syncedVersion(5006));

            // Running the task again finds every key filled and keeps every row and constraint.
            List<Map<String, Object>> before = rows(ao, "SYNCED_PAGE");
            assertEquals(pages + 1, before.size(), "page 5006 has its page row and its memo row");
            new AddMemoRecordsUpgradeTask004().upgrade(ModelVersion.valueOf("4"), ao);
            assertEquals(before, rows(ao, "SYNCED_PAGE"));
            assertEquals(List.of("ROW_KEY"), uniqueColumns(ao, "SYNCED_PAGE"));
        }
    }

    /** The columns of the table's unique constraints other than its primary key, as the database reports them. */
    private static List<String> uniqueColumns(EmbeddedActiveObjects ao, String entityTable) throws SQLException {
        String table = AoTableNames.prefixFor(NAMESPACE) + entityTable;
        List<String> columns = new ArrayList<>();
        try (Connection c = ao.openConnection()) {
            String schema = ao.database().kind() == DatabaseConfig.Kind.POSTGRESQL ? "public" : "PUBLIC";
            try (ResultSet rs = c.getMetaData().getIndexInfo(null, schema, table, false, false)) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME");
                    if (!rs.getBoolean("NON_UNIQUE") && column != null && !column.equalsIgnoreCase("ID")) {
                        columns.add(column.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns.stream().distinct().sorted().toList();
    }

    /** The rows of one of the app's tables, by id. */
    private static List<Map<String, Object>> rows(EmbeddedActiveObjects ao, String entityTable) throws SQLException {
        try (Connection c = ao.openConnection()) {
            return Tables.rows(c, AoTableNames.prefixFor(NAMESPACE) + entityTable);
        }
    }

    /** The database exactly as version 1 of the app left it: its schema, its model version, its rows. */
    @SuppressWarnings("unchecked")
    private static void createVersion1Database(DatabaseConfig config) {
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(config, NAMESPACE)) {
            ActiveObjectsUpgradeTask version1 = new ActiveObjectsUpgradeTask() {
                @Override public ModelVersion getModelVersion() { return ModelVersion.valueOf("1"); }

                @Override public void upgrade(ModelVersion current, ActiveObjects a) {
                    a.migrate(io.meetingmemo.actionitem.attic.v1.ActionItemEntity.class,
                            io.meetingmemo.actionitem.attic.v1.StatusChangeEntity.class);
                }
            };
            ao.initialize(List.of(version1), io.meetingmemo.actionitem.attic.v1.ActionItemEntity.class,
                    io.meetingmemo.actionitem.attic.v1.StatusChangeEntity.class);
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) items.add(version1Item(i));
            ao.executeInTransaction(() -> {
                for (int from = 0; from < items.size(); from += 500) {
                    ao.create(io.meetingmemo.actionitem.attic.v1.ActionItemEntity.class, items.subList(from, Math.min(from + 500, items.size())));
                }
                return null;
            });
            List<Map<String, Object>> changes = new ArrayList<>();
            for (int i = 0; i < ITEMS / 3; i++) {
                Map<String, Object> change = new HashMap<>();
                change.put("ITEM_ID", (long) (i * 3 + 1));
                change.put("CHANGED_AT", Date.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 3600L)));
                change.put("ACTOR_KEY", i % 4 == 0 ? null : "key-user" + (i % 5));
                change.put("OLD_STATUS", i % 2 == 0 ? null : "open");
                change.put("NEW_STATUS", i % 2 == 0 ? "open" : "done");
                change.put("VIA", i % 3 == 0 ? "rest" : "page");
                changes.add(change);
            }
            ao.create(io.meetingmemo.actionitem.attic.v1.StatusChangeEntity.class, changes);
            assertEquals(ModelVersion.valueOf("1"), ao.readModelVersion());
        }
    }

    /** Version-1 rows with every kind of value a released site can hold: nulls, long and non-Latin text, flags. */
    private static Map<String, Object> version1Item(int i) {
        long pageId = 1001 + i % 10;
        boolean done = i % 4 == 0;
        boolean dated = i % 3 != 0;
        String due = dated ? String.format(Locale.ROOT, "2026-%02d-%02d", 1 + i % 12, 1 + i % 28) : null;
        Map<String, Object> row = new HashMap<>();
        row.put("PAGE_ID", pageId);
        row.put("ITEM_KEY", "action-" + i / 10);
        row.put(ActionItemEntity.PAGE_ITEM_KEY, pageId + ":action-" + i / 10);
        row.put("SPACE_KEY", i % 2 == 0 ? "UPG" : "EDUFUTURA");
        row.put("PAGE_TITLE", "Page " + pageId);
        row.put("MEMO_KEY", "memo-" + pageId);
        row.put("MEMO_TITLE", i % 7 == 0 ? null : "Viikkopalaveri " + i);
        row.put("MEMO_DATE", i % 5 == 0 ? null : "2025-11-" + String.format(Locale.ROOT, "%02d", 1 + i % 28));
        row.put("MEMO_SERIES", i % 6 == 0 ? null : "series-" + i % 3);
        row.put("SOURCE", i % 2 == 0 ? "macro" : "task");
        row.put("TEXT", i == 17 ? "x".repeat(20_000) : "Tehtävä " + i + " – ÅÄÖ åäö ✓ 𝄞");
        row.put("ASSIGNEE_KEY", i % 3 == 0 ? null : "key-user" + i % 5);
        row.put("OWNER_NAME", i % 8 == 0 ? "Gradia / viestintä" : null);
        row.put("DUE_DATE", due);
        row.put(ActionItemEntity.DUE_SORT, dated ? due : "9999-12-31");
        row.put("STATUS", done ? "done" : "open");
        row.put("PAGE_STATUS", i % 2 == 0 ? null : done ? "done" : "open");
        row.put("COMPLETED_AT", done ? Date.from(Instant.parse("2026-02-03T04:05:06Z").plusSeconds(i)) : null);
        row.put("COMPLETED_BY", done ? "key-user1" : null);
        row.put("CREATED_AT", Date.from(Instant.parse("2025-12-01T10:00:00Z").plusSeconds(i * 60L)));
        row.put("UPDATED_AT", Date.from(Instant.parse("2026-01-01T10:00:00Z").plusSeconds(i * 60L)));
        row.put("REMOVED", i % 11 == 0);
        row.put("HIDDEN", i % 13 == 0);
        row.put("VERSION", 1 + i % 9);
        return row;
    }

    /** The upgrade tasks exactly as the descriptor lists them, in its order. */
    private static List<ActiveObjectsUpgradeTask> descriptorUpgradeTasks() throws Exception {
        try (InputStream in = SchemaUpgradeTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            assertNotNull(in, "atlassian-plugin.xml");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList tasks = ((Element) factory.newDocumentBuilder().parse(in).getElementsByTagName("ao").item(0))
                    .getElementsByTagName("upgradeTask");
            List<ActiveObjectsUpgradeTask> list = new ArrayList<>();
            for (int i = 0; i < tasks.getLength(); i++) {
                list.add((ActiveObjectsUpgradeTask) Class.forName(tasks.item(i).getTextContent().trim()).getConstructor().newInstance());
            }
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), list.stream().map(t -> t.getModelVersion().toString()).toList(),
                    "one numbered task per model version");
            return list;
        }
    }

    private static Connection connect(DatabaseConfig config) throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(), config.username(), config.password());
    }

    private static String quoted(String identifier) { return "\"" + identifier + "\""; }

    /** Both tables read with plain JDBC, row by row in id order, column name to value. */
    private record Tables(List<Map<String, Object>> items, List<Map<String, Object>> changes) {
        static Tables read(DatabaseConfig config) throws SQLException {
            String prefix = AoTableNames.prefixFor(NAMESPACE);
            try (Connection c = connect(config)) {
                return new Tables(rows(c, prefix + "ACTION_ITEM"), rows(c, prefix + "STATUS_CHANGE"));
            }
        }

        private static List<Map<String, Object>> rows(Connection c, String table) throws SQLException {
            return TableRows.query(c, "SELECT * FROM " + quoted(table) + " ORDER BY " + quoted("ID"));
        }
    }
}
