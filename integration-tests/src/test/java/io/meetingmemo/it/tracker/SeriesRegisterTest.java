package io.meetingmemo.it.tracker;

import static io.meetingmemo.it.tracker.MemoRecordsTest.dated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.series.app.SeriesRegister;
import io.meetingmemo.series.domain.Cadence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The register of series on each database: a series whose memos are all on pages the caller may not view is left
 * out before paging, however many memos it has (more than one read of memo rows); pages follow {@code next}; of two
 * people changing a series at once, one stores and the other is told it is stale; a series known only by its index
 * page is found by those who may view that page.
 */
class SeriesRegisterTest {
    private static final String DBS = "io.meetingmemo.testsupport.TestDatabases#all";

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aSeriesTheCallerSeesNothingOfIsLeftOutBeforePaging(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 520; i++) many.append(dated("h" + i, "Salainen " + i, "aaa-salainen", "2026-0" + (1 + i % 9) + "-1" + (i % 10), 0));
            t.save(1, "EDU", "Salaiset", many.toString());
            t.restrictViewTo(1, "B");
            t.save(2, "EDU", "Avoin", dated("b1", "Avoin", "bbb-avoin", "2026-03-01", 1));
            t.save(3, "EDU", "Toinen", dated("c1", "Toinen", "ccc-toinen", "2026-03-02", 0) + dated("c2", "Toinen uusi", "ccc-toinen", "2026-04-02", 0));

            assertEquals(List.of("bbb-avoin", "ccc-toinen"), keys(t, "A", null, 10));
            assertEquals(List.of("aaa-salainen", "bbb-avoin", "ccc-toinen"), keys(t, "B", null, 10));
            SeriesRegister.Page first = t.as("A", () -> t.series.list(List.of(), null, 1));
            assertEquals("bbb-avoin", first.next());
            SeriesRegister.Page second = t.as("A", () -> t.series.list(List.of(), first.next(), 1));
            assertEquals(List.of("ccc-toinen"), second.series().stream().map(s -> s.series().key()).toList());
            assertNull(second.next());
            assertEquals("Toinen uusi", second.series().get(0).latestMemo().memo().title(), "the latest memo of the series");
            assertEquals(List.of(), t.as(null, () -> t.series.list(List.of(), null, 10)).series(), "anonymous: nothing");
            assertTrue(t.as("A", () -> t.series.find("aaa-salainen")).isEmpty());
            assertEquals(List.of("bbb-avoin", "ccc-toinen"), keys(t, "A", null, 10), "reading changed nothing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void ofTwoPeopleChangingASeriesAtOnceOneStoresAndTheOtherIsTold(Supplier<DatabaseConfig> db) throws Exception {
        try (Tracker t = new Tracker(db.get())) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 5; round++) {
                    String key = "kilpa-" + round;
                    t.save(10 + round, "EDU", "Kilpa " + round, dated("k" + round, "Kilpa", key, "2026-05-05", 0));
                    for (int version : new int[]{0, 1}) {
                        CyclicBarrier together = new CyclicBarrier(2);
                        List<Future<SeriesRegister.Changed>> changes = new ArrayList<>();
                        for (String who : List.of("A", "B")) {
                            changes.add(pool.submit(() -> t.as(who, () -> {
                                await(together);
                                return t.series.change(key, version, new SeriesRegister.Changes("Nimi " + who, Cadence.WEEKLY, null, null, null, null));
                            })));
                        }
                        List<SeriesRegister.Changed> results = new ArrayList<>();
                        for (Future<SeriesRegister.Changed> f : changes) results.add(f.get());
                        assertEquals(1, results.stream().filter(r -> r instanceof SeriesRegister.Changed.Saved).count(), "one stores: " + results);
                        SeriesRegister.Changed stale = results.stream().filter(r -> !(r instanceof SeriesRegister.Changed.Saved)).findFirst().orElseThrow();
                        assertInstanceOf(SeriesRegister.Changed.Stale.class, stale);
                        assertEquals(version + 1, ((SeriesRegister.Changed.Stale) stale).current().series().version(), "told what is stored now");
                    }
                    assertEquals(2, t.as("A", () -> t.series.find(key)).orElseThrow().series().version());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aSeriesKnownOnlyByItsIndexPageIsFoundByThoseWhoMayViewIt(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(20, "EDU", "Sarjan ensimmäinen", dated("i1", "Ensimmäinen", "uusi-sarja", "2026-06-01", 0));
            t.save(21, "EDU", "Sarjan etusivu", "<p>Uusi sarja</p>");
            t.restrictViewTo(21, "A", "B");
            SeriesRegister.Changed saved = t.as("A", () -> t.series.change("uusi-sarja", 0,
                    new SeriesRegister.Changes("Uusi sarja", Cadence.MONTHLY, "Agora", null, List.of("Vieras (Metropolia)"), 21L)));
            assertInstanceOf(SeriesRegister.Changed.Saved.class, saved);
            // The memo page moves to the trash: the series is still found, through its index page.
            t.sync.pageTrashed(20);
            SeriesRegister.Seen seen = t.as("B", () -> t.series.find("uusi-sarja")).orElseThrow();
            assertNull(seen.latestMemo());
            assertEquals(21L, seen.series().indexPageId());
            assertEquals(List.of("Vieras (Metropolia)"), seen.series().defaultGuests());
            assertTrue(t.as("C", () -> t.series.find("uusi-sarja")).isEmpty(), "C may not view the index page");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aPageShowingASeriesOverviewBecomesItsIndexPageUnlessItHasOne(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(30, "EDU", "Ohjausryhmä 1", dated("o1", "Ensimmäinen", "ohjaus", "2026-06-01", 0));
            String overview = "<ac:structured-macro ac:name=\"meeting-series\" ac:schema-version=\"1\">"
                    + "<ac:parameter ac:name=\"series\">ohjaus</ac:parameter></ac:structured-macro>";
            t.save(31, "EDU", "Ohjausryhmä", "<p>Kokoukset</p>" + overview);
            SeriesRegister.Seen seen = t.as("A", () -> t.series.find("ohjaus")).orElseThrow();
            assertEquals(31L, seen.series().indexPageId());
            assertEquals("ohjaus", seen.series().name());
            assertEquals(1, seen.series().version());

            t.save(32, "EDU", "Toinen yleiskatsaus", overview);
            assertEquals(31L, t.as("A", () -> t.series.find("ohjaus")).orElseThrow().series().indexPageId(), "the first stays");
            t.save(31, "EDU", "Ohjausryhmä", "<p>Kokoukset</p>" + overview);
            assertEquals(1, t.as("A", () -> t.series.find("ohjaus")).orElseThrow().series().version(), "saving it again writes nothing");
            t.save(33, "EDU", "Väärä", overview.replace(">ohjaus<", ">ohjaus/2026<"));
            assertTrue(t.as("A", () -> t.series.find("ohjaus/2026")).isEmpty(), "not a series key: nothing recorded");

            // A series page saved before the app was installed: the administrators' re-sync records it.
            t.save(34, "EDU", "Johtoryhmä 1", dated("j1", "Johtoryhmä", "johto", "2026-06-02", 0));
            t.store(35, "EDU", "Johtoryhmä", overview.replace(">ohjaus<", ">johto<"));
            assertEquals(null, t.as("A", () -> t.series.find("johto")).orElseThrow().series().indexPageId(), "no event reached the app");
            t.sync.resyncAsAdministrator();
            assertEquals(35L, t.as("A", () -> t.series.find("johto")).orElseThrow().series().indexPageId(), "recorded by the re-sync");
        }
    }

    private static List<String> keys(Tracker t, String who, String after, int limit) {
        return t.as(who, () -> t.series.list(List.of(), after, limit)).series().stream().map(s -> s.series().key()).toList();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
