package io.meetingmemo.it.tracker;

import static io.meetingmemo.testsupport.Storage.action;
import static io.meetingmemo.testsupport.Storage.memo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.domain.ActionItemRepository;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.actionitem.domain.StoredMemo;
import io.meetingmemo.actionitem.domain.StatusChange;
import io.meetingmemo.actionitem.domain.SyncWrite;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.MemoRecord;
import io.meetingmemo.memo.domain.StorageFormatParser;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.embeddedao.DatabaseConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rapid saves of one page (review defect 5): four writers save the same page with changing content for ten
 * seconds, each save followed by its sync on the writer's thread, as Confluence's page event runs it, two writers
 * on each of two cluster nodes (two sync instances on one database). The syncs overlap and finish in any order; at the end the tracker must hold exactly the last saved version: its items, and its memo records beside the recorded version. Also,
 * one at a time: an older version arriving after a newer one changes nothing; a sync that loses a race to a
 * status change plans again and applies its version; one that loses to a newer save leaves the page to that save's
 * own sync.
 */
class SyncOrderTest {
    private static final int WRITERS = 4;
    private static final long SECONDS = 10;
    private static final long PAGE = 4711;

    /**
     * The page at a save: one action always there whose text names the save, one only on odd saves; a memo whose title
     * names the save, and a second memo on every third save.
     */
    static String body(String writer, long n) {
        String first = action("r1", "sanna", "2026-12-0" + (1 + n % 9), "text " + writer + n);
        String second = n % 2 == 1 ? action("r2", "mikko", null, "toinen " + writer + n) : "";
        String another = n % 3 == 0 ? memo("mx", "Lisä " + writer + n, "2026-11-2" + n % 10) : "";
        return memo("mr", "Kilpa " + writer + n, "2026-11-28", first, second) + another;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#all")
    void fourWritersSavingOnePageForTenSecondsEndWithTheTrackerAtTheLastSavedVersion(Supplier<DatabaseConfig> db) throws Exception {
        try (Tracker t = new Tracker(db.get())) {
            t.save(PAGE, "EDU", "Kilpa", body("init", 0));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            AtomicLong saves = new AtomicLong();
            AtomicLong superseded = new AtomicLong();
            AtomicInteger maxRounds = new AtomicInteger();
            // Two cluster nodes, two writers each: the nodes' syncs of the page overlap in the database.
            Tracker.Node[] nodes = {t.sync, t.anotherNode()};
            List<String> failures = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String name = String.valueOf((char) ('A' + w));
                writers.add(pool.submit(() -> {
                    for (long n = 1; System.nanoTime() < deadline; n++) {
                        // Confluence stores the next version atomically, then its page event runs the sync.
                        PageSnapshot saved = t.store(PAGE, "EDU", "Kilpa", body(name, n));
                        saves.incrementAndGet();
                        try {
                            ActionItemSync.Outcome outcome = nodes[name.charAt(0) % 2].pageSaved(saved, "user-" + name);
                            if (outcome.appliedVersion() == 0) superseded.incrementAndGet();
                            maxRounds.accumulateAndGet(outcome.rounds(), Math::max);
                        } catch (RuntimeException e) {
                            // The listener logs this and the save still succeeds; the tracker must not stay behind.
                            synchronized (failures) { failures.add(e.toString()); }
                        }
                        // A breath between one writer's saves (people do not save a page thousands of times a second):
                        // the writers still overlap all the time, but a sync that lost a round gets a chance to finish.
                        Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(3));
                    }
                    return null;
                }));
            }
            pool.shutdown();
            for (Future<?> f : writers) f.get(SECONDS + 120, TimeUnit.SECONDS);

            String last = t.page(PAGE).storageBody();
            System.out.printf("%s: %d saves by %d writers on 2 nodes in %d s; %d syncs found a newer version applied; "
                    + "at most %d rounds%n", t.ao.database().kind(), saves.get(), WRITERS, SECONDS, superseded.get(), maxRounds.get());
            assertEquals(expectedTexts(last), trackedTexts(t),
                    "after " + saves.get() + " saves (" + failures.size() + " syncs gave up), the tracker shows the last saved version");
            assertEquals(List.of(), failures, "no sync gave up");
            // A sync keeps trying only while its version is the newest saved; then only syncs of older versions
            // already in flight (one per other writer) can make it lose a round, each of them once.
            assertTrue(maxRounds.get() <= WRITERS, "at most " + WRITERS + " rounds, took " + maxRounds.get());
            assertEquals(t.page(PAGE).version(), t.repository.syncedVersion(PAGE), "the last saved version is the one recorded");
            assertMemoRecordsAreThoseOf(t, t.page(PAGE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#all")
    void anOlderVersionArrivingAfterANewerOneChangesNothing(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(PAGE, "EDU", "Kilpa", body("A", 1));
            PageSnapshot late = t.store(PAGE, "EDU", "Kilpa", body("B", 2));       // version 2, its sync is slow
            ActionItemSync.Outcome newer = t.save(PAGE, "EDU", "Kilpa", body("A", 1)); // version 3 = version 1's content
            assertEquals(3, newer.appliedVersion(), "an unchanged save records its version too");
            assertEquals(0, newer.inserted() + newer.updated() + newer.removed());
            List<ActionItem> before = t.repository.findByPage(PAGE);

            List<Map<String, Object>> recordsBefore = t.syncRecords(PAGE);

            ActionItemSync.Outcome outcome = t.sync.pageSaved(late, "user-B");
            assertEquals(0, outcome.appliedVersion(), "version 2 is older than the applied version 3");
            assertEquals(before, t.repository.findByPage(PAGE), "nothing changed, not even row versions");
            assertEquals(recordsBefore, t.syncRecords(PAGE), "nor the recorded version or memo rows");
            assertEquals(3, t.repository.syncedVersion(PAGE));
            assertEquals(expectedTexts(body("A", 1)), trackedTexts(t));
            assertMemoRecordsAreThoseOf(t, t.page(PAGE));

            // The same version again (a restore, an administrator re-sync) still applies.
            t.sync.pageTrashed(PAGE);
            assertEquals(3, t.sync.pageSaved(t.page(PAGE), "user-editor").appliedVersion());
            assertTrue(t.repository.findByPage(PAGE).stream().noneMatch(ActionItem::hidden), "restored");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#all")
    void aSyncThatLosesARaceToAStatusChangePlansAgainAndKeepsTheChange(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(PAGE, "EDU", "Kilpa", body("A", 1));
            PageSnapshot second = t.store(PAGE, "EDU", "Kilpa", body("B", 2));
            ActionItem item = t.repository.findByPage(PAGE).get(0);
            AtomicInteger writes = new AtomicInteger();
            // Between this sync's read and its write, someone closes the item through REST.
            ActionItemSync sync = racingSync(t, writes, () -> t.status.changeStatus(item.id(), item.version(), ActionStatus.DONE, "user-sanna"));

            ActionItemSync.Outcome outcome = sync.pageSaved(second, "user-B");
            assertEquals(2, writes.get(), "the first write lost to the status change; the second applied");
            assertEquals(2, outcome.appliedVersion());
            assertEquals(2, outcome.rounds());
            assertEquals(expectedTexts(body("B", 2)), trackedTexts(t));
            assertEquals(2, t.repository.syncedVersion(PAGE));
            assertMemoRecordsAreThoseOf(t, t.page(PAGE));
            assertEquals(ActionStatus.DONE, t.repository.findById(item.id()).orElseThrow().status(), "the REST change is kept");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#all")
    void aSyncThatLosesToANewerSaveLeavesThePageToThatSavesOwnSync(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(PAGE, "EDU", "Kilpa", body("A", 1));
            PageSnapshot second = t.store(PAGE, "EDU", "Kilpa", body("B", 2));
            ActionItem item = t.repository.findByPage(PAGE).get(0);
            AtomicInteger writes = new AtomicInteger();
            // Between this sync's read and its write, the item is closed through REST and version 3 is saved.
            ActionItemSync sync = racingSync(t, writes, () -> {
                t.status.changeStatus(item.id(), item.version(), ActionStatus.DONE, "user-sanna");
                t.store(PAGE, "EDU", "Kilpa", body("C", 3));
            });

            ActionItemSync.Outcome outcome = sync.pageSaved(second, "user-B");
            assertEquals(1, writes.get(), "no second write: version 3 has a page event of its own");
            assertEquals(0, outcome.appliedVersion());
            assertEquals(1, t.repository.syncedVersion(PAGE), "nothing of version 2 was written");

            // Version 3's own event.
            assertEquals(3, t.sync.pageSaved(t.page(PAGE), "user-C").appliedVersion());
            assertEquals(expectedTexts(body("C", 3)), trackedTexts(t));
            assertMemoRecordsAreThoseOf(t, t.page(PAGE));
            assertEquals(ActionStatus.DONE, t.repository.findById(item.id()).orElseThrow().status(), "the REST change is kept");
        }
    }

    /**
     * An erasure that commits between a sync's read and its write makes the sync lose its round (the erasure gave the
     * anonymised item a new version); the next round asks for erasures again and stores the placeholder, not the name.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#all")
    void aSyncThatLosesToAnErasureStoresThePlaceholderInItsNextRound(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(PAGE, "EDU", "Kilpa", ContactsRegisterTest.memo("m1", "K", "2026-02-02",
                    ContactsRegisterTest.guest("g1", "Eero Esimerkki", "Yle", null),
                    ContactsRegisterTest.ownedAction("a1", "Eero Esimerkki", "Lähettää tarjous")));
            long eero = t.as("A", () -> t.contacts.people("EDU", "eero", null, null, null, 5)).people().get(0).id();
            PageSnapshot second = t.store(PAGE, "EDU", "Kilpa", ContactsRegisterTest.memo("m1", "K", "2026-02-02",
                    ContactsRegisterTest.guest("g1", "Eero Esimerkki", "Yle", null),
                    ContactsRegisterTest.ownedAction("a1", "Eero Esimerkki", "Lähettää tarjouksen huomenna")));
            AtomicInteger writes = new AtomicInteger();
            ActionItemSync sync = racingSync(t, writes, () -> t.as("admin", () -> t.contacts.erase(eero)));

            ActionItemSync.Outcome outcome = sync.pageSaved(second, "user-B");
            assertEquals(2, outcome.rounds(), "the first write lost to the erasure");
            List<ActionItem> items = t.repository.findByPage(PAGE);
            assertEquals(1, items.size(), "the item was updated, not copied");
            assertEquals("Lähettää tarjouksen huomenna", items.get(0).text());
            assertEquals(io.meetingmemo.contact.domain.ErasedPerson.STORED, items.get(0).ownerName(), "the name was not written back");
        }
    }

    /** The domain's sync on a repository that runs {@code race} just before its first write; pages are the host's. */
    private static ActionItemSync racingSync(Tracker t, AtomicInteger writes, Runnable race) {
        ActionItemRepository racing = new ActionItemRepository() {
            @Override public List<ActionItem> findByPage(long pageId) { return t.repository.findByPage(pageId); }
            @Override public Optional<ActionItem> findById(long id) { return t.repository.findById(id); }
            @Override public List<io.meetingmemo.decision.domain.StoredDecision> decisionsOfPage(long pageId) { return t.repository.decisionsOfPage(pageId); }
            @Override public int syncedVersion(long pageId) { return t.repository.syncedVersion(pageId); }
            @Override public void flagMemos(long pageId, Boolean removed, Boolean hidden) { t.repository.flagMemos(pageId, removed, hidden); }
            @Override public List<ActionItem> findAfter(ActionItemQuery q, ListPosition after, int max) { return t.repository.findAfter(q, after, max); }
            @Override public List<StatusChange> history(long itemId) { return t.repository.history(itemId); }
            @Override public java.util.Set<String> erasedAmong(java.util.Set<String> fingerprints) { return t.repository.erasedAmong(fingerprints); }
            @Override public boolean write(SyncWrite write) {
                if (writes.incrementAndGet() == 1) race.run();
                return t.repository.write(write);
            }
        };
        return new ActionItemSync(racing, new StorageFormatParser(), u -> "user-" + u.username(), t.clock, t::latest);
    }

    /**
     * The table of synced versions holds exactly the page's version and its memos: one page row and the memo rows of
     * that version, all of it, and the memo records the version's parse gives.
     */
    private static void assertMemoRecordsAreThoseOf(Tracker t, PageSnapshot page) {
        List<Map<String, Object>> rows = t.syncRecords(PAGE);
        List<MemoRecord> expected = new StorageFormatParser().parse(page.storageBody()).memos().stream()
                .map(m -> page.memoRecord(m, null)).toList();
        assertEquals(1 + expected.size(), rows.size(), "the page row and one row per memo: " + rows);
        assertTrue(rows.stream().allMatch(r -> r.get("PAGE_VERSION").equals((long) page.version())), "all of version " + page.version());
        assertEquals(expected, t.memos.findAfter(new MemoQuery(null, null, null, null), null, 10).stream()
                .map(StoredMemo::memo).sorted(java.util.Comparator.comparing(MemoRecord::memoKey)).toList());
    }

    /** What a sync of the page alone, on a fresh database of the same kind, would track: the texts of its actions. */
    private static TreeSet<String> expectedTexts(String body) {
        TreeSet<String> texts = new TreeSet<>();
        for (var memo : new StorageFormatParser().parse(body).memos()) {
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
