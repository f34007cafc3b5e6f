package io.meetingmemo.actionitem;

import static io.meetingmemo.testsupport.Storage.action;
import static io.meetingmemo.testsupport.Storage.memo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.testsupport.Tracker;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rapid saves of one page (review defect 5): four writers save the same page with changing content for ten
 * seconds, each save followed by its sync on the writer's thread, as Confluence's page event runs it. The
 * syncs overlap and finish in any order; at the end the tracker must hold exactly the last saved version.
 */
class SyncOrderTest {
    private static final int WRITERS = 4;
    private static final long SECONDS = 10;
    private static final long PAGE = 4711;

    /** Confluence's page store: each save takes the next version of the page, atomically. */
    static final class Pages {
        private int version;
        private String body;

        synchronized PageSnapshot save(String newBody) {
            version++;
            body = newBody;
            return snapshot();
        }

        synchronized PageSnapshot snapshot() { return new PageSnapshot(PAGE, "EDU", "Kilpa", body); }
    }

    /** The page at a save: one action always there whose text names the save, one only on odd saves. */
    static String body(String writer, long n) {
        String first = action("r1", "sanna", "2026-12-0" + (1 + n % 9), "text " + writer + n);
        String second = n % 2 == 1 ? action("r2", "mikko", null, "toinen " + writer + n) : "";
        return memo("mr", "Kilpa", "2026-11-28", first, second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#withBatchInserts")
    void fourWritersSavingOnePageForTenSecondsEndWithTheTrackerAtTheLastSavedVersion(Supplier<DatabaseConfig> db) throws Exception {
        try (Tracker t = new Tracker(db.get())) {
            Pages pages = new Pages();
            t.sync.pageSaved(pages.save(body("init", 0)), "user-editor");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            AtomicLong saves = new AtomicLong();
            List<String> failures = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String name = String.valueOf((char) ('A' + w));
                writers.add(pool.submit(() -> {
                    for (long n = 1; System.nanoTime() < deadline; n++) {
                        PageSnapshot saved = pages.save(body(name, n));
                        saves.incrementAndGet();
                        try {
                            t.sync.pageSaved(saved, "user-" + name);
                        } catch (RuntimeException e) {
                            // The listener logs this and the save still succeeds; the tracker must not stay behind.
                            synchronized (failures) { failures.add(e.toString()); }
                        }
                    }
                }));
            }
            pool.shutdown();
            for (Future<?> f : writers) f.get(SECONDS + 120, TimeUnit.SECONDS);

            String last = pages.snapshot().storageBody();
            assertEquals(expectedTexts(t, last), trackedTexts(t),
                    "after " + saves.get() + " saves (" + failures.size() + " syncs gave up), the tracker shows the last saved version");
        }
    }

    /** What a sync of the page alone, on a fresh database of the same kind, would track: the texts of its actions. */
    private static TreeSet<String> expectedTexts(Tracker t, String body) {
        TreeSet<String> texts = new TreeSet<>();
        for (var memo : new io.meetingmemo.memo.domain.StorageFormatParser().parse(body).memos()) {
            for (var action : memo.actions()) texts.add(action.key() + " " + action.text() + " " + action.due());
        }
        return texts;
    }

    private static TreeSet<String> trackedTexts(Tracker t) {
        TreeSet<String> texts = new TreeSet<>();
        for (ActionItem item : t.repository.findByPage(PAGE)) {
            if (!item.removed()) texts.add(item.itemKey() + " " + item.text() + " " + item.dueDate());
        }
        return texts;
    }
}
