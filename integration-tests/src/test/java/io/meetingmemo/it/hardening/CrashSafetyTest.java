package io.meetingmemo.it.hardening;

import static io.meetingmemo.it.hardening.Http.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.it.PostgresForTests;
import io.meetingmemo.it.TestHost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, item 7: the preview host is killed with SIGKILL while pages are being saved (each save syncs its
 * action items) and an administrator re-sync is running, again and again. After every restart the database
 * is consistent: no acknowledged save is lost, each page is exactly one of the versions that was written, and
 * its tracked items are the
 * complete item set of that version or of an earlier one, never a mixture, never duplicated. A re-sync
 * then brings every page's items to its current version.
 */
class CrashSafetyTest {
    static final String SPACE = "CRASH";
    static final int WRITERS = 3;
    static final int PAGES_PER_WRITER = 3;

    @Test
    void killedMidSyncOnH2TheDatabaseStaysConsistentAndAResyncRepairsIt() throws Exception {
        Path dir = PreviewProcess.tempDir("crash-h2");
        crashRepeatedly(dir, PreviewProcess.h2In(dir, SPACE), Integer.getInteger("hardening.crashRounds", 4), "crash-h2");
    }

    @Test
    @Tag("hardening-full")
    void killedMidSyncManyTimesOnH2() throws Exception {
        Path dir = PreviewProcess.tempDir("crash-h2-full");
        crashRepeatedly(dir, PreviewProcess.h2In(dir, SPACE), Integer.getInteger("hardening.crashRounds", 4), "crash-h2-full");
    }

    @Test
    @Tag("hardening-full")
    void killedMidSyncOnPostgresTheDatabaseStaysConsistentAndAResyncRepairsIt() throws Exception {
        PreviewProcess.assumeJarBuilt();
        DatabaseConfig db = PostgresForTests.fresh();
        PreviewProcess.withSpaces(db, SPACE);
        crashRepeatedly(PreviewProcess.tempDir("crash-pg"), db, Integer.getInteger("hardening.crashRounds", 4), "crash-pg");
    }

    /** A page's body at a version: 1 to 5 actions whose texts name the page, the version and the item. */
    static String body(String page, int version) {
        StringBuilder actions = new StringBuilder();
        for (int k = 0; k < items(version); k++) {
            actions.append(HostileMemo.macro("memo-action", "i" + k, "", "<p>" + page + " v" + version + " i" + k + "</p>"));
        }
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"m\"><ac:parameter ac:name=\"title\">" + page
                + "</ac:parameter><ac:rich-text-body>" + actions + "</ac:rich-text-body></ac:structured-macro>";
    }

    static int items(int version) { return 1 + version % 5; }

    private static void crashRepeatedly(Path dir, DatabaseConfig db, int rounds, String name) throws Exception {
        Random random = new Random(20261124L);
        Map<String, Long> pageIds = new ConcurrentHashMap<>();
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        int kills = 0, saves = 0, behindBeforeResync = 0, checks = 0;
        for (int round = 0; round < rounds; round++) {
            PreviewProcess host = PreviewProcess.start(dir, db, List.of("-Xmx256m"), name);
            try {
                check(host, pageIds, acknowledged, false);
                checks++;
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger saved = new AtomicInteger();
                List<Thread> threads = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    threads.add(new Thread(() -> write(host, writer, pageIds, acknowledged, running, saved), "writer-" + w));
                }
                threads.add(new Thread(() -> resync(host, running), "resync"));
                threads.forEach(Thread::start);
                // On a loaded machine a fresh host can need longer than the whole window to answer its first
                // request, and a round would then kill it before anything was written: the random moment of the
                // kill counts from the round's first acknowledged save.
                long firstSaveDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (saved.get() == 0 && System.nanoTime() < firstSaveDeadline) Thread.sleep(10);
                Thread.sleep(400 + random.nextInt(1200));
                host.kill();
                kills++;
                running.set(false);
                for (Thread t : threads) t.join(60_000);
                saves += saved.get();
            } finally {
                host.close();
            }
            PreviewProcess restarted = PreviewProcess.start(dir, db, List.of("-Xmx256m"), name);
            try {
                behindBeforeResync += check(restarted, pageIds, acknowledged, false);
                resyncAll(restarted);
                check(restarted, pageIds, acknowledged, true);
                checks += 2;
            } finally {
                restarted.close();
            }
        }
        Counts.record("crash." + name + ".kills", kills);
        Counts.record("crash." + name + ".pageSavesAcknowledged", saves);
        Counts.record("crash." + name + ".pagesBehindAfterRestart", behindBeforeResync);
        Counts.record("crash." + name + ".pages", pageIds.size());
        Counts.record("crash." + name + ".consistencyChecks", checks);
        assertTrue(saves > 0, "pages were saved between the kills");
        assertEquals(WRITERS * PAGES_PER_WRITER, pageIds.size());
    }

    /** Creates a writer's pages, then saves new versions of them, until told to stop or the host dies. */
    private static void write(PreviewProcess host, int writer, Map<String, Long> pageIds, Map<String, Integer> acknowledged,
                              AtomicBoolean running, AtomicInteger saved) {
        try {
            for (int n = 0; running.get(); n++) {
                String title = "w" + writer + "p" + (n % PAGES_PER_WRITER);
                Long id = pageIds.get(title);
                if (id == null) {
                    Http.Answer created = Http.json(host.base, "admin", "POST", "/rest/api/content", TestHost.newPage(SPACE, title, body(title, 1)));
                    if (created.status() == 200) {
                        pageIds.put(title, created.json().get("id").asLong());
                        acknowledged.merge(title, 1, Math::max);
                        saved.incrementAndGet();
                    } else if (created.status() == 400) {
                        // Created just before a kill, answer lost: find it.
                        JsonNode found = Http.get(host.base, "admin", "/rest/api/content?spaceKey=" + SPACE + "&title=" + title).json().get("results");
                        if (found.size() == 1) pageIds.put(title, found.get(0).get("id").asLong());
                    }
                    continue;
                }
                int version = Http.get(host.base, "admin", "/rest/api/content/" + id).json().at("/version/number").asInt();
                Http.Answer answer = Http.json(host.base, "admin", "PUT", "/rest/api/content/" + id, Http.pageUpdate(title, body(title, version + 1), version + 1));
                if (answer.status() == 200) {
                    acknowledged.merge(title, version + 1, Math::max);
                    saved.incrementAndGet();
                }
            }
        } catch (RuntimeException killed) {
            // the host went away mid-request: expected
        }
    }

    private static void resync(PreviewProcess host, AtomicBoolean running) {
        try {
            while (running.get()) {
                Http.json(host.base, "admin", "POST", API + "/admin/resync", TestHost.JSON.createObjectNode().put("maxPages", 3));
            }
        } catch (RuntimeException killed) {
            // the host went away mid-request: expected
        }
    }

    private static void resyncAll(PreviewProcess host) {
        ObjectNode request = TestHost.JSON.createObjectNode().put("maxPages", 50);
        for (int batch = 0; batch < 100; batch++) {
            Http.Answer answer = Http.json(host.base, "admin", "POST", API + "/admin/resync", request);
            assertEquals(200, answer.status(), answer.toString());
            assertEquals(0, answer.json().get("failedPageIds").size(), answer.toString());
            if (answer.json().get("done").asBoolean()) return;
            request.set("next", answer.json().get("next"));
        }
        fail("the re-sync did not finish in 100 batches");
    }

    /**
     * Checks every page: its body is exactly one written version, its tracked items are the whole item set of
     * one version not newer than the page (after a re-sync: of the page's version), nothing is duplicated.
     *
     * @return how many pages had items of an older version (missed syncs)
     */
    private static int check(PreviewProcess host, Map<String, Long> pageIds, Map<String, Integer> acknowledged, boolean afterResync) {
        int behind = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Long> page : new TreeMap<>(pageIds).entrySet()) {
            JsonNode content = Http.get(host.base, "admin", "/rest/api/content/" + page.getValue() + "?expand=body.storage,version").json();
            int version = content.at("/version/number").asInt();
            if (version < acknowledged.getOrDefault(page.getKey(), 0)) {
                failures.add(page.getKey() + ": version " + acknowledged.get(page.getKey()) + " was acknowledged, the page is at " + version + " (a saved page was lost)");
            }
            if (!content.at("/body/storage/value").asText().equals(body(page.getKey(), version))) {
                failures.add(page.getKey() + ": the body is not the one written as version " + version);
            }
            JsonNode all = Http.get(host.base, "admin", API + "/action-items?status=all&includeRemoved=true&limit=200&pageId=" + page.getValue()).json().get("items");
            Set<Integer> versions = new TreeSet<>();
            Set<String> live = new TreeSet<>();
            Set<String> slots = new TreeSet<>();
            for (JsonNode item : all) {
                String text = item.get("text").asText();
                String slot = text.substring(text.lastIndexOf(' ') + 1);
                if (!slots.add(slot)) failures.add(page.getKey() + ": item " + slot + " is stored twice");
                if (item.get("removed").asBoolean()) continue;
                live.add(text);
                versions.add(Integer.parseInt(text.substring(text.indexOf(" v") + 2, text.lastIndexOf(' '))));
            }
            if (versions.size() > 1) {
                failures.add(page.getKey() + ": tracked items mix versions " + versions);
                continue;
            }
            int synced = versions.isEmpty() ? 0 : versions.iterator().next();
            if (synced > version) failures.add(page.getKey() + ": items of version " + synced + " but the page is at " + version);
            Set<String> expected = new TreeSet<>();
            for (int k = 0; k < items(synced); k++) expected.add(page.getKey() + " v" + synced + " i" + k);
            if (synced > 0 && !live.equals(expected)) failures.add(page.getKey() + ": a partial sync of version " + synced + ": " + live);
            if (synced < version) behind++;
            if (afterResync && synced != version) failures.add(page.getKey() + ": after the re-sync the items are of version " + synced + ", the page is at " + version);
        }
        if (!failures.isEmpty()) fail(String.join("\n", failures) + "\nsee " + host.log.toAbsolutePath());
        return behind;
    }
}
