package io.meetingmemo.it.hardening;

import static io.meetingmemo.it.hardening.Http.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.it.TestHost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, item 6: malformed and huge input, against the preview host as its own process with a bounded
 * heap ({@value #HEAP}, and exit on OutOfMemoryError). For each body: the page save succeeds; the sync
 * either tracks what the body holds or the page's memos report a problem; the page still renders; a
 * probe asking the host for a user every 200 ms never waits more than {@value #MAX_PROBE_MILLIS} ms; and
 * the host is alive and answering afterwards, so its memory stayed within the bound.
 */
class MalformedInputTest {
    static final String HEAP = "-Xmx256m";
    static final long MAX_PROBE_MILLIS = 5_000;
    private static PreviewProcess host;

    @BeforeAll
    static void start() throws Exception {
        PreviewProcess.assumeJarBuilt();
        Path dir = PreviewProcess.tempDir("malformed");
        DatabaseConfig db = PreviewProcess.h2In(dir, "EDU");
        host = PreviewProcess.start(dir, db, List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"), "malformed");
    }

    @AfterAll
    static void stop() {
        if (host != null) host.close();
    }

    private static String action(String id, String text) {
        return HostileMemo.macro("memo-action", id, "", "<p>" + text + "</p>");
    }

    private static String memo(String body) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"m\"><ac:parameter ac:name=\"title\">Raskas</ac:parameter>"
                + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    /** A body, and how many actions must be tracked (-1: whatever was read, as long as a problem is reported). */
    record Case(String name, Supplier<String> body, int trackedItems, boolean problemExpected) {}

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String complete = memo(action("a1", "Ennen katkosta") + action("a2", "Toinen ennen katkosta"));
        cases.add(new Case("truncated XML", () -> complete + memo(action("a3", "Kesken")).substring(0, 180), 2, true));
        cases.add(new Case("truncated inside an action", () -> {
            String whole = memo(action("a1", "Valmis") + action("a2", "Keskeneräinen"));
            return whole.substring(0, whole.indexOf("Keskeneräinen") + 4);
        }, 1, true));
        cases.add(new Case("undeclared entity", () -> memo(action("a1", "Ennen") + "<p>&bogus; &amp</p>" + action("a2", "Jälkeen")), 1, true));
        cases.add(new Case("character references XML forbids", () -> memo(action("a1", "Ennen") + "<p>&#0; &#xFFFF; &#x110000; &#xD800;</p>"), 1, true));
        cases.add(new Case("a DOCTYPE with an external entity", () -> "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + memo(action("a1", "&e;")), 0, true));
        cases.add(new Case("100,000 entity references", () -> memo(action("a1", "&auml;&ouml;".repeat(50_000))), 1, false));
        cases.add(new Case("a 10 MB body", () -> memo(action("a1", "Iso sivu") + "<p>" + "Pitkä kappale tekstiä. ".repeat(10 * 1024 * 1024 / 23) + "</p>"), 1, false));
        cases.add(new Case("10,000 nested divs", () -> memo("<div>".repeat(10_000) + action("a1", "Syvällä") + "</div>".repeat(10_000)), 1, false));
        cases.add(new Case("10,000 nested task lists", () -> {
            StringBuilder s = new StringBuilder();
            for (int i = 1; i <= 10_000; i++) s.append("<ac:task-list><ac:task><ac:task-id>").append(i).append("</ac:task-id><ac:task-body>Taso ").append(i);
            for (int i = 1; i <= 10_000; i++) s.append("</ac:task-body></ac:task></ac:task-list>");
            return memo(s.toString());
        }, 10_000, false));
        cases.add(new Case("10,000 nested decision macros", () -> memo("<ac:structured-macro ac:name=\"memo-decision\"><ac:rich-text-body><p>d</p>".repeat(10_000)
                + action("a1", "Pohjalla") + "</ac:rich-text-body></ac:structured-macro>".repeat(10_000)), 1, false));
        cases.add(new Case("10,000 items on one page", () -> {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 10_000; i++) s.append(action("a" + i, "Tehtävä numero " + i));
            return memo(s.toString());
        }, 10_000, false));
        cases.add(new Case("1,000-character ids, series, owners and users", () -> {
            String x = "x".repeat(1_000);
            return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"" + x + "\"><ac:parameter ac:name=\"title\">" + x + "</ac:parameter>"
                    + "<ac:parameter ac:name=\"series\">" + x + "</ac:parameter><ac:rich-text-body>"
                    + HostileMemo.macro("memo-action", "y".repeat(1_000), HostileMemo.parameter("owner", x) + HostileMemo.parameter("assignee", x), "<p>" + x + "</p>")
                    + "</ac:rich-text-body></ac:structured-macro>";
        }, 1, false));
        cases.add(new Case("an edit and a new item in one save", () -> memo(action("a1", "Muokattu") + action("a2", "Uusi")), 2, false));
        return cases;
    }

    @Test
    void everyBodyIsSavedTrackedOrReportedAndTheHostStaysResponsiveWithinItsHeap() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, String> timings = new LinkedHashMap<>();
        long editedPage = created("Muokattava", memo(action("a1", "Alkuperäinen")));
        for (Case c : cases()) {
            String body = c.body().get();
            Probe probe = Probe.start(host);
            long started = System.nanoTime();
            long pageId;
            if (c.name().startsWith("an edit")) {
                Http.Answer saved = Http.json(host.base, "admin", "PUT", "/rest/api/content/" + editedPage, Http.pageUpdate("Muokattava", body, 2));
                assertEquals(200, saved.status(), c.name() + ": " + saved);
                pageId = editedPage;
            } else {
                pageId = created(c.name(), body);
            }
            long saveMillis = (System.nanoTime() - started) / 1_000_000;
            JsonNode memos = Http.get(host.base, "admin", API + "/pages/" + pageId + "/memos").json();
            int actions = 0, tracked = 0;
            for (JsonNode memo : memos.get("memos")) {
                for (JsonNode a : memo.get("actionItems")) {
                    actions++;
                    if (!a.get("tracked").isNull()) tracked++;
                }
            }
            boolean problem = memos.get("problems").size() > 0;
            if (c.problemExpected() && !problem) failures.add(c.name() + ": no problem is reported");
            if (tracked != actions) failures.add(c.name() + ": " + actions + " actions read but " + tracked + " tracked (the sync did not complete)");
            if (c.trackedItems() >= 0 && actions != c.trackedItems()) failures.add(c.name() + ": " + c.trackedItems() + " actions expected, " + actions + " read");
            Http.Answer view = Http.get(host.base, "admin", "/pages/viewpage.action?pageId=" + pageId);
            if (view.status() != 200) failures.add(c.name() + ": the page view answers " + view.status());
            long totalMillis = (System.nanoTime() - started) / 1_000_000;
            long worst = probe.stop();
            if (worst > MAX_PROBE_MILLIS) failures.add(c.name() + ": the host took " + worst + " ms to answer a probe meanwhile");
            if (!host.alive()) fail(c.name() + ": the host died (heap " + HEAP + "); see " + host.log.toAbsolutePath());
            timings.put(c.name(), "save " + saveMillis + " ms, save+read+view " + totalMillis + " ms, slowest probe " + worst + " ms, "
                    + body.length() / 1024 + " KiB");
        }
        timings.forEach((k, v) -> System.out.println("[hardening] malformed " + k + ": " + v));
        Counts.record("malformed.cases", cases().size());
        assertEquals(200, Http.get(host.base, "admin", "/rest/api/user?username=admin").status(), "still answering");
        assertTrue(host.alive());
        if (!failures.isEmpty()) fail(String.join("\n", failures));
    }

    private static long created(String title, String body) {
        Http.Answer created = Http.json(host.base, "admin", "POST", "/rest/api/content", TestHost.newPage("EDU", title, body));
        assertEquals(200, created.status(), title + ": the page save always succeeds: " + created);
        return created.json().get("id").asLong();
    }

    /** Asks the host for a user every 200 ms and remembers the slowest answer. */
    static final class Probe {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong worst = new AtomicLong();
        private Thread thread;

        static Probe start(PreviewProcess host) {
            Probe probe = new Probe();
            probe.thread = new Thread(() -> {
                while (probe.running.get()) {
                    long t = System.nanoTime();
                    Http.get(host.base, "olli", "/rest/api/user?username=olli");
                    probe.worst.accumulateAndGet((System.nanoTime() - t) / 1_000_000, Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "responsiveness-probe");
            probe.thread.setDaemon(true);
            probe.thread.start();
            return probe;
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join(130_000);
            return worst.get();
        }
    }
}
