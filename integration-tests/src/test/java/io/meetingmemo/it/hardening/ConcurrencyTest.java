package io.meetingmemo.it.hardening;

import static io.meetingmemo.it.hardening.Http.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.embeddedao.AoTableNames;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.it.PostgresForTests;
import io.meetingmemo.it.TestHost;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, item 5: 8 threads × 500 operations, status changes and page saves mixed over shared items, each
 * thread working from the versions it last saw (so many writes are stale). Every answer is 200 or 409; a
 * 409 carries a newer version; no two writers succeed from the same version; no row is duplicated; each
 * item's status history is an unbroken chain holding every successful change; and the final state equals
 * a sequential replay of the successful operations on a fresh host, and the tracker holds each page's last saved
 * version. A second race (review defect 5): four writers saving one page for ten seconds.
 */
class ConcurrencyTest {
    static final int THREADS = 8;
    static final int OPERATIONS_PER_THREAD = 500;
    private static final int PAGES = 4;
    private static final int ACTIONS = 3;
    private static final long TIME_LIMIT_SECONDS = 420;

    /** One operation as the client saw it. */
    record Op(String kind, String target, int sentVersion, String newStatus, int status, int resultVersion, String resultStatus) {}

    /** Page body at a version: the texts follow the version; one action exists only at even versions. */
    static String body(int page, int version) {
        StringBuilder actions = new StringBuilder();
        for (int k = 0; k < ACTIONS + (version % 2 == 0 ? 1 : 0); k++) {
            actions.append(HostileMemo.macro("memo-action", "act-" + page + "-" + k,
                    HostileMemo.parameter("due", "2027-0" + (1 + k) + "-1" + (version % 10)),
                    "<p>Tehtävä " + page + "-" + k + ", versio " + version + "</p>"));
        }
        return "<p>Versio " + version + "</p><ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"memo-" + page + "\">"
                + "<ac:parameter ac:name=\"title\">Rinnakkain " + page + "</ac:parameter><ac:parameter ac:name=\"date\">2026-11-24</ac:parameter>"
                + "<ac:rich-text-body>" + actions + "</ac:rich-text-body></ac:structured-macro>";
    }

    static String title(int page) { return "Rinnakkainen sivu " + page; }

    @Test
    void mixedStatusChangesAndPageSavesLoseNothingAndEqualASequentialReplay() throws Exception {
        run(DatabaseConfig.h2Memory("concurrency" + UUID.randomUUID().toString().replace("-", "")), "h2");
    }

    @Test
    @Tag("hardening-full")
    void onPostgresToo() throws Exception {
        run(PostgresForTests.fresh(), "postgres");
    }

    /**
     * Review defect 5: four writers save one page over HTTP for ten seconds, each reading the page's version and
     * saving the next (a stale save gets 409), so syncs of consecutive versions overlap. At the end the tracker
     * holds exactly the last saved version, every run.
     */
    @Test
    void fourWritersSavingOnePageForTenSecondsLeaveTheTrackerAtTheLastSavedVersion() throws Exception {
        rapidSaves(DatabaseConfig.h2Memory("rapid" + UUID.randomUUID().toString().replace("-", "")), "h2");
    }

    @Test
    void fourWritersSavingOnePageOnPostgresWhenConfigured() throws Exception {
        rapidSaves(PostgresForTests.fresh(), "postgres");
    }

    private static void rapidSaves(DatabaseConfig database, String name) throws Exception {
        try (TestHost test = TestHost.start(database)) {
            URI base = test.host.baseUri();
            long pageId = Long.parseLong(test.createPage("EDUFUTURA", title(1), body(1, 1)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<int[]>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(pool.submit(() -> {
                    int saved = 0, stale = 0;
                    while (System.nanoTime() < deadline) {
                        int current = Http.get(base, "sanna", "/rest/api/content/" + pageId).json().at("/version/number").asInt();
                        int status = Http.json(base, "sanna", "PUT", "/rest/api/content/" + pageId,
                                Http.pageUpdate(title(1), body(1, current + 1), current + 1)).status();
                        if (status == 200) saved++; else if (status == 409) stale++; else throw new AssertionError("save answered " + status);
                    }
                    return new int[] {saved, stale};
                }));
            }
            pool.shutdown();
            int saved = 0, stale = 0;
            for (Future<int[]> f : writers) {
                int[] counts = f.get(120, TimeUnit.SECONDS);
                saved += counts[0];
                stale += counts[1];
            }
            int last = Http.get(base, "admin", "/rest/api/content/" + pageId).json().at("/version/number").asInt();
            assertEquals(1 + saved, last, "every acknowledged save is a version");
            Counts.record("rapidSaves." + name + ".saves", saved);
            Counts.record("rapidSaves." + name + ".stale409", stale);
            List<String> failures = new ArrayList<>();
            trackerHoldsVersion(base, pageId, 1, last, failures);
            if (!failures.isEmpty()) fail("after " + saved + " saves by 4 writers:\n" + String.join("\n", failures));
        }
    }

    /** The page's tracked items are exactly those of {@link #body} at {@code version}: texts, due dates, removals. */
    private static void trackerHoldsVersion(URI base, long pageId, int page, int version, List<String> failures) {
        Map<String, String> expected = new TreeMap<>();
        for (int k = 0; k <= ACTIONS; k++) {
            boolean present = k < ACTIONS || version % 2 == 0;
            expected.put("Tehtävä " + page + "-" + k, present
                    ? "Tehtävä " + page + "-" + k + ", versio " + version + " | due 2027-0" + (1 + k) + "-1" + (version % 10) + " | removed false"
                    : "removed true");
        }
        Map<String, String> tracked = new TreeMap<>();
        for (JsonNode item : Http.get(base, "admin", API + "/action-items?status=all&includeRemoved=true&limit=200&pageId=" + pageId).json().get("items")) {
            String text = item.get("text").asText();
            String key = text.substring(0, text.indexOf(','));
            tracked.put(key, item.get("removed").asBoolean() ? "removed true"
                    : text + " | due " + item.get("dueDate").asText() + " | removed false");
        }
        if (!expected.equals(tracked)) failures.add("page " + page + " is at version " + version + " but the tracker holds " + tracked);
    }

    private static void run(DatabaseConfig database, String name) throws Exception {
        List<Op> ops = Collections.synchronizedList(new ArrayList<>());
        Map<String, Object> finalState;
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try (TestHost test = TestHost.start(database)) {
            URI base = test.host.baseUri();
            Map<Integer, Long> pageIds = createPages(test);
            Map<Long, String> itemKeys = new ConcurrentHashMap<>();
            Map<Long, Integer> firstVersions = new HashMap<>();
            for (long pageId : pageIds.values()) {
                for (JsonNode item : Http.get(base, "admin", API + "/action-items?status=all&includeRemoved=true&pageId=" + pageId).json().get("items")) {
                    firstVersions.put(item.get("id").asLong(), item.get("version").asInt());
                }
            }
            // The item that only even page versions hold: make it exist (version 2 of every page) before the run.
            for (Map.Entry<Integer, Long> page : pageIds.entrySet()) {
                assertEquals(200, Http.json(base, "admin", "PUT", "/rest/api/content/" + page.getValue(),
                        Http.pageUpdate(title(page.getKey()), body(page.getKey(), 2), 2)).status());
            }
            List<Long> itemIds = new ArrayList<>();
            Map<Long, Integer> startVersions = new HashMap<>();
            for (long pageId : pageIds.values()) {
                for (JsonNode item : Http.get(base, "admin", API + "/action-items?status=all&includeRemoved=true&pageId=" + pageId).json().get("items")) {
                    itemIds.add(item.get("id").asLong());
                    startVersions.put(item.get("id").asLong(), item.get("version").asInt());
                }
            }
            assertEquals(PAGES * (ACTIONS + 1), itemIds.size());

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> work(base, thread, pageIds, itemIds, startVersions, ops, deadline)));
            }
            pool.shutdown();
            for (Future<?> f : threads) f.get(TIME_LIMIT_SECONDS + 60, TimeUnit.SECONDS);

            // Every answer is a success or a conflict with a newer version.
            for (Op op : ops) {
                if (op.status() != 200 && op.status() != 409) failures.add("unexpected answer " + op);
                if (op.status() == 409 && op.kind().equals("status") && op.resultVersion() <= op.sentVersion()) {
                    failures.add("a 409 without a newer version: " + op);
                }
            }
            // No two writers succeed from the same version.
            Map<String, List<Integer>> wins = new TreeMap<>();
            for (Op op : ops) {
                if (op.status() == 200 && op.resultVersion() == op.sentVersion() + 1) wins.computeIfAbsent(op.kind() + " " + op.target(), k -> new ArrayList<>()).add(op.resultVersion());
            }
            for (Map.Entry<String, List<Integer>> w : wins.entrySet()) {
                if (w.getValue().size() != w.getValue().stream().distinct().count()) failures.add("two writers won the same version of " + w.getKey() + ": " + w.getValue());
            }
            for (Map.Entry<Integer, Long> page : pageIds.entrySet()) {
                List<Integer> versions = wins.getOrDefault("save " + page.getValue(), List.of()).stream().sorted().toList();
                int last = Http.get(base, "admin", "/rest/api/content/" + page.getValue()).json().at("/version/number").asInt();
                List<Integer> expected = new ArrayList<>();
                for (int v = 3; v <= last; v++) expected.add(v);
                if (!versions.equals(expected)) failures.add("page " + page.getKey() + " versions saved " + versions + " but the page is at " + last);
            }
            // Each item's history is an unbroken chain that holds every successful status change.
            for (long id : itemIds) {
                JsonNode changes = Http.get(base, "admin", API + "/action-items/" + id + "/history").json().get("changes");
                String previous = null;
                int rest = 0;
                for (JsonNode change : changes) {
                    String old = change.get("oldStatus").isNull() ? null : change.get("oldStatus").asText();
                    if (previous != null && !previous.equals(old)) failures.add("item " + id + ": history breaks at " + change);
                    previous = change.get("newStatus").asText();
                    if (change.get("via").asText().equals("rest")) rest++;
                }
                long changed = ops.stream().filter(o -> o.kind().equals("status") && o.target().equals(String.valueOf(id))
                        && o.status() == 200 && o.resultVersion() == o.sentVersion() + 1).count();
                if (rest != changed) failures.add("item " + id + ": " + changed + " successful status changes, " + rest + " in its history");
            }
            assertNoDuplicateRows(test, failures);
            // The tracker holds each page's last saved version (review defect 5), whatever order the syncs ran in.
            for (Map.Entry<Integer, Long> page : pageIds.entrySet()) {
                int last = Http.get(base, "admin", "/rest/api/content/" + page.getValue()).json().at("/version/number").asInt();
                trackerHoldsVersion(base, page.getValue(), page.getKey(), last, failures);
            }
            finalState = state(base, pageIds);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Counts.record("concurrency." + name + ".threads", THREADS);
        Counts.record("concurrency." + name + ".operations", ops.size());
        Counts.record("concurrency." + name + ".successful", ops.stream().filter(o -> o.status() == 200).count());
        Counts.record("concurrency." + name + ".conflicts409", ops.stream().filter(o -> o.status() == 409).count());
        Counts.record("concurrency." + name + ".pageSaves", ops.stream().filter(o -> o.kind().equals("save")).count());
        Counts.record("concurrency." + name + ".statusChanges", ops.stream().filter(o -> o.kind().equals("status")).count());
        Counts.record("concurrency." + name + ".seconds", Math.round(seconds));
        assertEquals(THREADS * OPERATIONS_PER_THREAD, ops.size(), "every operation ran within the time limit");
        if (!failures.isEmpty()) fail(failures.size() + " problems:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));

        Map<String, Object> replayed = replay(ops);
        Counts.record("concurrency." + name + ".replayedOperations", ops.stream().filter(o -> o.status() == 200
                && (o.kind().equals("save") || o.resultVersion() == o.sentVersion() + 1)).count());
        assertEquals(replayed, finalState, "the final state equals a sequential replay of the successful operations");
    }

    private static void work(URI base, int thread, Map<Integer, Long> pageIds, List<Long> itemIds, Map<Long, Integer> startVersions,
                             List<Op> ops, long deadline) {
        Random random = new Random(7919L * (thread + 1));
        Map<Long, Integer> itemVersions = new HashMap<>(startVersions);
        Map<Integer, Integer> pageVersions = new HashMap<>();
        pageIds.keySet().forEach(p -> pageVersions.put(p, 2));
        for (int i = 0; i < OPERATIONS_PER_THREAD && System.nanoTime() < deadline; i++) {
            if (random.nextInt(10) < 6) {
                long id = itemIds.get(random.nextInt(itemIds.size()));
                int version = itemVersions.get(id);
                String status = random.nextBoolean() ? "done" : "open";
                Http.Answer answer = Http.send(base, "admin", "PUT", API + "/action-items/" + id + "/status",
                        "{\"status\":\"" + status + "\",\"version\":" + version + "}", "application/json");
                JsonNode item = answer.status() == 200 ? answer.json() : answer.status() == 409 ? answer.json().get("current") : null;
                ops.add(new Op("status", String.valueOf(id), version, status, answer.status(),
                        item == null ? -1 : item.get("version").asInt(), item == null ? null : item.get("status").asText()));
                if (item != null) itemVersions.put(id, item.get("version").asInt());
            } else {
                int page = 1 + random.nextInt(PAGES);
                int next = pageVersions.get(page) + 1;
                Http.Answer answer = Http.json(base, "sanna", "PUT", "/rest/api/content/" + pageIds.get(page),
                        Http.pageUpdate(title(page), body(page, next), next));
                ops.add(new Op("save", String.valueOf(pageIds.get(page)), next - 1, null, answer.status(),
                        answer.status() == 200 ? next : -1, null));
                if (answer.status() == 200) {
                    pageVersions.put(page, next);
                } else {
                    pageVersions.put(page, Http.get(base, "sanna", "/rest/api/content/" + pageIds.get(page)).json().at("/version/number").asInt());
                }
            }
        }
    }

    private static Map<Integer, Long> createPages(TestHost test) throws Exception {
        Map<Integer, Long> ids = new TreeMap<>();
        for (int p = 1; p <= PAGES; p++) ids.put(p, Long.parseLong(test.createPage("EDUFUTURA", title(p), body(p, 1))));
        return ids;
    }

    /** The successful operations one after another on a fresh host: page saves in version order, then status changes. */
    private static Map<String, Object> replay(List<Op> ops) throws Exception {
        try (TestHost fresh = TestHost.startOnH2()) {
            URI base = fresh.host.baseUri();
            Map<Integer, Long> pageIds = createPages(fresh);
            Map<Long, Integer> pageOf = new HashMap<>();
            List<Op> saves = ops.stream().filter(o -> o.kind().equals("save") && o.status() == 200)
                    .sorted(Comparator.comparingInt(Op::resultVersion)).toList();
            // Page ids are the same on both hosts: created in the same order from the same first id.
            for (Map.Entry<Integer, Long> p : pageIds.entrySet()) pageOf.put(p.getValue(), p.getKey());
            for (Map.Entry<Integer, Long> page : pageIds.entrySet()) {
                assertEquals(200, Http.json(base, "admin", "PUT", "/rest/api/content/" + page.getValue(),
                        Http.pageUpdate(title(page.getKey()), body(page.getKey(), 2), 2)).status());
            }
            for (Op save : saves) {
                int page = pageOf.get(Long.parseLong(save.target()));
                assertEquals(200, Http.json(base, "sanna", "PUT", "/rest/api/content/" + save.target(),
                        Http.pageUpdate(title(page), body(page, save.resultVersion()), save.resultVersion())).status());
            }
            List<Op> changes = ops.stream().filter(o -> o.kind().equals("status") && o.status() == 200 && o.resultVersion() == o.sentVersion() + 1)
                    .sorted(Comparator.comparing(Op::target).thenComparingInt(Op::resultVersion)).toList();
            for (Op change : changes) {
                int version = Http.get(base, "admin", API + "/action-items/" + change.target()).json().get("version").asInt();
                Http.Answer answer = Http.send(base, "admin", "PUT", API + "/action-items/" + change.target() + "/status",
                        "{\"status\":\"" + change.newStatus() + "\",\"version\":" + version + "}", "application/json");
                assertEquals(200, answer.status(), answer.toString());
            }
            return state(base, pageIds);
        }
    }

    /** Pages and their tracked items as the API shows them, without versions and times. */
    private static Map<String, Object> state(URI base, Map<Integer, Long> pageIds) {
        Map<String, Object> state = new TreeMap<>();
        for (Map.Entry<Integer, Long> page : pageIds.entrySet()) {
            JsonNode content = Http.get(base, "admin", "/rest/api/content/" + page.getValue() + "?expand=body.storage,version").json();
            state.put("page " + page.getKey(), content.at("/version/number").asInt() + " " + content.at("/body/storage/value").asText());
            for (JsonNode item : Http.get(base, "admin", API + "/action-items?status=all&includeRemoved=true&limit=200&pageId=" + page.getValue()).json().get("items")) {
                String text = item.get("text").asText();
                state.put("item " + text.substring(0, text.indexOf(',')), text + " | " + item.get("status").asText()
                        + " | due " + item.get("dueDate").asText() + " | removed " + item.get("removed").asBoolean());
            }
        }
        return state;
    }

    private static void assertNoDuplicateRows(TestHost test, List<String> failures) throws Exception {
        String table = "\"" + AoTableNames.prefixFor(test.host.activeObjects().namespace()) + "ACTION_ITEM\"";
        try (Connection c = test.host.activeObjects().openConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT \"PAGE_ITEM_KEY\") FROM " + table)) {
            assertTrue(rs.next());
            if (rs.getLong(1) != rs.getLong(2)) failures.add("duplicate rows: " + rs.getLong(1) + " rows, " + rs.getLong(2) + " distinct items");
        }
    }
}
