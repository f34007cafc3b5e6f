package io.meetingmemo.it.hardening;

import static io.meetingmemo.it.hardening.Http.API;
import static io.meetingmemo.testsupport.Storage.action;
import static io.meetingmemo.testsupport.Storage.memo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.it.PostgresForTests;
import io.meetingmemo.it.TestHost;
import io.meetingmemo.preview.PreviewHostMain;
import io.meetingmemo.preview.store.HostUsers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A cluster node killed with SIGKILL in the middle of a reminder run: two preview-host processes on one PostgreSQL,
 * both with their scheduler on, both sending to one SMTP server (the test's, through {@code --smtp-relay-port}). 450
 * people have an item due, so the run goes through three pages of 200 recipients.
 *
 * <p>Where the kill lands is made certain, not left to timing. Node A's run is held at the 300th recipient (in the
 * second page, after the first page's position is recorded): the test holds an uncommitted claim of that person's
 * reminder, which the run's own claim waits for. A's mail queue is held at its 150th mail: the SMTP server holds that
 * connection at its greeting. So when A is killed, 149 mails have been accepted, the 150th was never taken, the rest of
 * the first page and the claimed part of the second are in A's queue (held in memory, lost with A), and the last
 * page is not started. Node B's clock stood before the reminder hour while A ran; moved past it and past the
 * ten minutes after which a claim that never became a sent mail counts as abandoned, B finishes the run: every one of
 * the 450 gets exactly one reminder.
 */
class KilledNodeRemindersTest {
    private static final String SPACE = "CRASH";
    private static final int PEOPLE = 450;
    private static final int HELD_RECIPIENT = 300;
    private static final int HELD_MAIL = 150;

    private static Http.Answer post(PreviewProcess node, String path, String json) {
        return Http.send(node.base, "admin", "POST", path, json, "application/json", Map.of());
    }

    @Test
    void theOtherNodeFinishesARunWhoseNodeWasKilledWithNothingLostAndNothingDoubled() throws Exception {
        PreviewProcess.assumeJarBuilt();
        DatabaseConfig db = PostgresForTests.fresh();
        PreviewProcess.withSpaces(db, SPACE);
        try (HoldingSmtpServer smtp = new HoldingSmtpServer(HELD_MAIL)) {
            List<String> options = List.of("--clock", "2026-12-01T06:00", "--smtp-relay-port", String.valueOf(smtp.port()),
                    "--test-people", String.valueOf(PEOPLE));
            PreviewProcess a = PreviewProcess.start(PreviewProcess.tempDir("killed-a"), db, List.of("-Xmx256m"), options, "killed-node-a");
            try (PreviewProcess b = PreviewProcess.start(PreviewProcess.tempDir("killed-b"), db, List.of("-Xmx256m"), options, "killed-node-b")) {
                List<String> actions = new ArrayList<>();
                for (int n = 1; n <= PEOPLE; n++) {
                    actions.add(action("k" + n, PreviewHostMain.testPersonName(n), "2026-12-01", "Kaatumisen jälkeen " + n));
                }
                Http.Answer created = Http.json(a.base, "admin", "POST", "/rest/api/content",
                        TestHost.newPage(SPACE, "Kaatuvan solmun muistutukset", memo("m1", "Muistutukset", "2026-11-24", actions.toArray(new String[0]))));
                assertEquals(200, created.status(), created.toString());

                // Recipients go in user-key order; the 300th is where A's run is held.
                List<String> keys = new ArrayList<>();
                for (int n = 1; n <= PEOPLE; n++) keys.add(HostUsers.keyFor(PreviewHostMain.testPersonName(n)));
                keys.sort(null);
                String heldKey = keys.get(HELD_RECIPIENT - 1);

                try (Connection sql = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                     Connection watch = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                    String log = reminderLogTable(sql);
                    sql.setAutoCommit(false);
                    try (PreparedStatement hold = sql.prepareStatement("INSERT INTO \"" + log + "\" (\"LOG_KEY\", \"USER_KEY\", \"LOG_DAY\", "
                            + "\"KIND\", \"STATUS\", \"ITEMS\", \"CREATED_AT\") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        hold.setString(1, "REMINDER|2026-12-01|" + heldKey);
                        hold.setString(2, heldKey);
                        hold.setString(3, "2026-12-01");
                        hold.setString(4, "REMINDER");
                        hold.setString(5, "claimed");
                        hold.setInt(6, 1);
                        hold.setTimestamp(7, Timestamp.valueOf("2026-12-01 07:30:00"));
                        hold.executeUpdate();
                    }

                    // Only A's clock passes the reminder hour: A's scheduler takes the run (B's finds it not yet due).
                    assertEquals(200, post(a, "/rest/preview/1.0/clock", "{\"now\":\"2026-12-01T07:30\"}").status());
                    assertTrue(smtp.awaitHolding(90, TimeUnit.SECONDS), "A's mail queue reached its 150th mail; see " + a.log.toAbsolutePath());
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                    while (!claimIsWaiting(watch, log)) {
                        assertTrue(System.nanoTime() < deadline, "A's run reached the 300th recipient; see " + a.log.toAbsolutePath());
                        Thread.sleep(100);
                    }
                    assertEquals(HELD_MAIL - 1, smtp.acceptedTotal(), "mails accepted before the kill");
                    JsonNode running = Http.get(b.base, "admin", API + "/admin/reminders").json();
                    assertEquals("RUNNING", running.at("/lastRun/outcome").asText(), running.toString());

                    a.kill();
                    assertFalse(a.alive());
                    sql.rollback();
                }

                // B: past the hour, and more than ten minutes after A's claims.
                assertEquals(200, post(b, "/rest/preview/1.0/clock", "{\"now\":\"2026-12-01T07:50\"}").status());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                JsonNode settings;
                while (true) {
                    assertEquals(200, post(b, "/rest/preview/1.0/scheduler/run-due", "{}").status());
                    settings = Http.get(b.base, "admin", API + "/admin/reminders").json();
                    if ("DONE".equals(settings.at("/lastRun/outcome").asText())) break;
                    assertTrue(System.nanoTime() < deadline, "B finished the run: " + settings);
                    Thread.sleep(500);
                }
                assertEquals(200, post(b, "/rest/preview/1.0/mail/flush", "{}").status());
                smtp.release();
                Map<String, Integer> expected = new TreeMap<>();
                for (int n = 1; n <= PEOPLE; n++) expected.put(PreviewHostMain.testPersonName(n) + "@example.org", 1);
                Counts.record("cluster.killedNode.reminders", smtp.acceptedTotal());
                assertExactlyOnce(expected, smtp.accepted(), "across the killed node and the one that finished");
                assertEquals(200, post(b, "/rest/preview/1.0/scheduler/run-due", "{}").status());
                assertEquals(200, post(b, API + "/admin/reminders/run", "{}").status());
                assertEquals(200, post(b, "/rest/preview/1.0/mail/flush", "{}").status());
                assertExactlyOnce(expected, smtp.accepted(), "after a later run and \"run now\" too");
            } finally {
                a.kill();
            }
        }
    }

    private static void assertExactlyOnce(Map<String, Integer> expected, Map<String, Integer> received, String when) {
        List<String> lost = expected.keySet().stream().filter(k -> !received.containsKey(k)).toList();
        List<String> doubled = received.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        List<String> unexpected = received.keySet().stream().filter(k -> !expected.containsKey(k)).toList();
        assertEquals(List.of(), lost, lost.size() + " people got no reminder, " + when);
        assertEquals(List.of(), doubled, doubled.size() + " people got more than one reminder, " + when);
        assertEquals(List.of(), unexpected, "mail to people with nothing due, " + when);
        assertEquals(expected, received);
    }

    /** The app's reminder log table (Active Objects prefixes it with the app's hash). */
    private static String reminderLogTable(Connection sql) throws Exception {
        try (PreparedStatement ps = sql.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'AO\\_%\\_REMINDER\\_LOG'");
             ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), "the app created its reminder log table");
            return rs.getString(1);
        }
    }

    /** Whether another session's insert into the log waits for the test's uncommitted claim. */
    private static boolean claimIsWaiting(Connection sql, String log) throws Exception {
        try (PreparedStatement ps = sql.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                + "AND pid <> pg_backend_pid() AND query LIKE ?")) {
            ps.setString(1, "%" + log + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
