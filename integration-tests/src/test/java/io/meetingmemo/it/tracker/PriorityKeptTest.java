package io.meetingmemo.it.tracker;

import static io.meetingmemo.testsupport.Storage.action;
import static io.meetingmemo.testsupport.Storage.memo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.domain.ActionItemStatusService;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.memo.domain.ActionStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An item's priority lives only in the tracker's table (nothing on the page names it), and a changed row is
 * written again as a whole. Every write that changes an item must therefore carry the priority the row already
 * has: a page save that edits the item and a status change through REST both keep a priority that was set
 * outside the sync. Runs on H2, HSQLDB and, when configured, PostgreSQL.
 */
class PriorityKeptTest {
    private static final String DBS = "io.meetingmemo.testsupport.TestDatabases#all";

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aPageSaveThatEditsTheItemKeepsItsPriority(Supplier<DatabaseConfig> db) throws SQLException {
        try (Tracker t = new Tracker(db.get())) {
            long id = highPriorityItem(t);

            t.clock.advanceSeconds(60);
            t.save(100, "EDU", "P", memo("m1", "T", "2026-11-23", action("a1", "sanna", "2026-12-01", "Varaa iso sali"),
                    action("a2", "mikko", null, "Tilaa kahvit")));
            assertEquals("Varaa iso sali", t.repository.findById(id).orElseThrow().text(), "the save replaced the row");
            assertEquals("high", priority(t, id), "a page save that changes the item keeps its priority");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aStatusChangeKeepsTheItemsPriority(Supplier<DatabaseConfig> db) throws SQLException {
        try (Tracker t = new Tracker(db.get())) {
            long id = highPriorityItem(t);
            int version = t.repository.findById(id).orElseThrow().version();

            t.clock.advanceSeconds(60);
            ActionItemStatusService.Result done = t.status.changeStatus(id, version, ActionStatus.DONE, "user-sanna");
            assertInstanceOf(ActionItemStatusService.Updated.class, done);
            assertEquals(ActionStatus.DONE, t.repository.findById(id).orElseThrow().status(), "the change replaced the row");
            assertEquals("high", priority(t, id), "a status change keeps the priority");
        }
    }

    /** A page with two items, the first of which someone marked high priority directly in the table. */
    private static long highPriorityItem(Tracker t) throws SQLException {
        t.save(100, "EDU", "P", memo("m1", "T", "2026-11-23", action("a1", "sanna", "2026-12-01", "Varaa sali"),
                action("a2", "mikko", null, "Tilaa kahvit")));
        long id = t.repository.findByPage(100).get(0).id();
        assertEquals(ActionItemEntity.PRIORITY_NORMAL, priority(t, id), "a new item is of normal priority");
        setPriority(t, id, "high");
        assertEquals("high", t.repository.findById(id).orElseThrow().priority(), "the tracker reads the priority");
        return id;
    }

    private static String table(Tracker t) { return "\"" + t.ao.tablePrefix() + "ACTION_ITEM\""; }

    private static void setPriority(Tracker t, long id, String priority) throws SQLException {
        try (Connection c = t.ao.openConnection();
             PreparedStatement update = c.prepareStatement("UPDATE " + table(t) + " SET \"PRIORITY\" = ? WHERE \"ID\" = ?")) {
            c.setAutoCommit(true);
            update.setString(1, priority);
            update.setInt(2, (int) id);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String priority(Tracker t, long id) throws SQLException {
        try (Connection c = t.ao.openConnection();
             PreparedStatement select = c.prepareStatement("SELECT \"PRIORITY\" FROM " + table(t) + " WHERE \"ID\" = ?")) {
            select.setInt(1, (int) id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) throw new AssertionError("no row " + id);
                return rs.getString(1);
            }
        }
    }
}
