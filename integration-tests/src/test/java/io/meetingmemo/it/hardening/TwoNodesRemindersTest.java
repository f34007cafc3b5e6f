package io.meetingmemo.it.hardening;

import static io.meetingmemo.it.hardening.Http.API;
import static io.meetingmemo.testsupport.Storage.action;
import static io.meetingmemo.testsupport.Storage.memo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.it.PostgresForTests;
import io.meetingmemo.it.TestHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reminders on two cluster nodes: two preview-host processes on one PostgreSQL database, both with their scheduler
 * and their own SMTP server. The clock of both passes the reminder hour and both fire their due jobs at the same
 * moment, then administrators on both press "run now" at the same moment: every person with an item due gets exactly
 * one reminder across the two SMTP servers.
 */
class TwoNodesRemindersTest {
    private static final String SPACE = "REMIND";
    private static final List<String> PEOPLE = List.of("admin", "petri", "sanna", "mikko", "eeva", "anna", "olli");

    private static Http.Answer post(PreviewProcess node, String path, String json) {
        return Http.send(node.base, "admin", "POST", path, json, "application/json", Map.of());
    }

    @Test
    void everyReminderArrivesExactlyOnceWhenBothNodesRunAtOnce() throws Exception {
        PreviewProcess.assumeJarBuilt();
        DatabaseConfig db = PostgresForTests.fresh();
        PreviewProcess.withSpaces(db, SPACE);
        try (PreviewProcess first = PreviewProcess.start(PreviewProcess.tempDir("remind-1"), db, List.of("-Xmx256m"), "remind-node-1");
             PreviewProcess second = PreviewProcess.start(PreviewProcess.tempDir("remind-2"), db, List.of("-Xmx256m"), "remind-node-2")) {
            List<String> actions = new ArrayList<>();
            for (int i = 0; i < PEOPLE.size(); i++) {
                actions.add(action("r" + i, PEOPLE.get(i), "2026-12-01", "Muistutettava " + i));
                actions.add(action("s" + i, PEOPLE.get(i), "2026-11-30", "Eilen erääntynyt " + i));
            }
            Http.Answer created = Http.json(first.base, "admin", "POST", "/rest/api/content",
                    TestHost.newPage(SPACE, "Kahden solmun muistutukset", memo("m1", "Muistutukset", "2026-11-24", actions.toArray(new String[0]))));
            assertEquals(200, created.status(), created.toString());
            for (PreviewProcess node : List.of(first, second)) {
                assertEquals(200, post(node, "/rest/preview/1.0/clock", "{\"now\":\"2026-12-01T07:30\"}").status());
            }

            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (String path : List.of("/rest/preview/1.0/scheduler/run-due", API + "/admin/reminders/run")) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Http.Answer>> calls = new ArrayList<>();
                    for (PreviewProcess node : List.of(first, second)) {
                        calls.add(pool.submit(() -> {
                            start.await();
                            return post(node, path, "{}");
                        }));
                    }
                    start.countDown();
                    for (Future<Http.Answer> call : calls) assertEquals(200, call.get(180, TimeUnit.SECONDS).status());
                }
            } finally {
                pool.shutdownNow();
            }

            Map<String, Integer> received = new TreeMap<>();
            for (PreviewProcess node : List.of(first, second)) {
                assertEquals(200, post(node, "/rest/preview/1.0/mail/flush", "{}").status());
                JsonNode outbox = Http.get(node.base, "admin", "/rest/preview/1.0/outbox").json();
                for (JsonNode mail : outbox) received.merge(mail.get("to").get(0).asText(), 1, Integer::sum);
            }
            Map<String, Integer> once = new TreeMap<>();
            for (String p : PEOPLE) once.put(p + "@example.org", 1);
            Counts.record("cluster.twoNodes.reminders", received.values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(once, received, "every person exactly once across the two nodes' SMTP servers");
            JsonNode settings = Http.get(second.base, "admin", API + "/admin/reminders").json();
            assertEquals("DONE", settings.at("/lastRun/outcome").asText(), settings.toString());
            assertTrue(settings.at("/lastRun/queued").asInt() == PEOPLE.size(), settings.toString());
        }
    }
}
