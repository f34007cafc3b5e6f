package io.meetingmemo.it.hardening;

import static io.meetingmemo.it.hardening.Http.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.it.PostgresForTests;
import io.meetingmemo.it.TestHost;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two cluster nodes: two preview-host processes on one PostgreSQL database, as two Confluence Data Center nodes
 * share theirs. People on both nodes close the native tasks of one memo at the same moment; each close ticks the
 * task's checkbox by saving a new page version under the page's cluster lock (a PostgreSQL advisory lock, held
 * across processes). Every close must succeed, each as exactly one new page version, and both nodes must then
 * show the same page with every checkbox ticked and every item done. Without a lock that holds across nodes, two
 * closes read the same page version and the second save is refused as stale.
 */
class TwoNodesOnePostgresTest {
    private static final String SPACE = "CLUSTER";
    private static final int TASKS = 8;

    @Test
    void tasksClosedOnTwoNodesAtOnceAreEachTickedInTheirOwnPageVersion() throws Exception {
        PreviewProcess.assumeJarBuilt();
        DatabaseConfig db = PostgresForTests.fresh();
        PreviewProcess.withSpaces(db, SPACE);
        try (PreviewProcess first = PreviewProcess.start(PreviewProcess.tempDir("node-1"), db, List.of("-Xmx256m"), "cluster-node-1");
             PreviewProcess second = PreviewProcess.start(PreviewProcess.tempDir("node-2"), db, List.of("-Xmx256m"), "cluster-node-2")) {
            Http.Answer created = Http.json(first.base, "admin", "POST", "/rest/api/content", TestHost.newPage(SPACE, "Kahden solmun muistio", memo()));
            assertEquals(200, created.status(), created.toString());
            long pageId = created.json().get("id").asLong();

            // The page event ran on the first node; the second reads the same tracker.
            JsonNode items = Http.get(second.base, "admin", API + "/action-items?status=all&pageId=" + pageId).json().get("items");
            assertEquals(TASKS, items.size(), "the second node sees the items the first node synced");

            ExecutorService pool = Executors.newFixedThreadPool(TASKS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Answer>> closes = new ArrayList<>();
            for (int i = 0; i < TASKS; i++) {
                PreviewProcess node = i % 2 == 0 ? first : second;
                JsonNode item = items.get(i);
                closes.add(pool.submit(() -> {
                    start.await();
                    ObjectNode body = TestHost.JSON.createObjectNode().put("status", "done").put("version", item.get("version").asInt());
                    return Http.json(node.base, "admin", "PUT", API + "/action-items/" + item.get("id").asLong() + "/status", body);
                }));
            }
            start.countDown();
            List<String> refused = Collections.synchronizedList(new ArrayList<>());
            for (Future<Http.Answer> close : closes) {
                Http.Answer answer = close.get(120, TimeUnit.SECONDS);
                if (answer.status() != 200) refused.add(answer.toString());
            }
            pool.shutdownNow();
            Counts.record("cluster.twoNodes.closesAtOnce", TASKS);
            Counts.record("cluster.twoNodes.refused", refused.size());
            assertTrue(refused.isEmpty(), "every close succeeds on either node: " + refused);

            for (PreviewProcess node : List.of(first, second)) {
                JsonNode page = Http.get(node.base, "admin", "/rest/api/content/" + pageId + "?expand=body.storage,version").json();
                assertEquals(1 + TASKS, page.at("/version/number").asInt(), "one new page version per close, none lost: " + node.base);
                String storage = page.at("/body/storage/value").asText();
                assertEquals(TASKS, count(storage, "<ac:task-status>complete</ac:task-status>"), "every checkbox is ticked: " + storage);
                JsonNode open = Http.get(node.base, "admin", API + "/action-items?status=open&pageId=" + pageId).json().get("items");
                assertEquals(0, open.size(), "no item is open on " + node.base + ": " + open);
            }
        }
    }

    private static String memo() {
        StringBuilder tasks = new StringBuilder();
        for (int i = 1; i <= TASKS; i++) {
            tasks.append("<ac:task><ac:task-id>").append(i).append("</ac:task-id><ac:task-status>incomplete</ac:task-status>")
                    .append("<ac:task-body>Tehtävä ").append(i).append("</ac:task-body></ac:task>");
        }
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"cluster-memo\"><ac:parameter ac:name=\"title\">Solmut</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-29</ac:parameter><ac:rich-text-body><ac:task-list>" + tasks
                + "</ac:task-list></ac:rich-text-body></ac:structured-macro>";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) n++;
        return n;
    }
}
