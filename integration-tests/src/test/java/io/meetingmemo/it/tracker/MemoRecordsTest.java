package io.meetingmemo.it.tracker;

import static io.meetingmemo.testsupport.Storage.action;
import static io.meetingmemo.testsupport.Storage.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.MemoPosition;
import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.actionitem.domain.MemoRecordRepository.ActionCounts;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.actionitem.domain.StoredMemo;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.StatementCounter;
import io.meetingmemo.memo.app.MemoRecords;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.MemoRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Memo records on real databases (H2, HSQLDB, PostgreSQL when configured): each sync records the memos of the page
 * version it applies, in the claim of that version and at no statement of its own; edits replace them, an older
 * version changes nothing, trash hides them and purge marks them removed; lists filter, page newest first, leave out
 * memos of pages the caller may not view before paging, and count each memo's tracked actions as they are now.
 */
class MemoRecordsTest {
    private static final String DBS = "io.meetingmemo.testsupport.TestDatabases#all";
    private static final MemoQuery EVERYTHING = new MemoQuery(null, null, null, null);

    static String param(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    static String memo(String macroId, String parameters, String... body) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId + "\">" + parameters
                + "<ac:rich-text-body>" + String.join("", body) + "</ac:rich-text-body></ac:structured-macro>";
    }

    /** A memo of a series on a day (null: none), with that many macro actions. */
    static String dated(String macroId, String title, String series, String date, int actions) {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < actions; i++) body.add(action(macroId + "-a" + i, "sanna", null, title + " tehtävä " + i));
        return memo(macroId, param("title", title) + (date == null ? "" : param("date", date)) + param("series", series),
                body.toArray(new String[0]));
    }

    private static String user(String username) { return "<ri:user ri:username=\"" + username + "\"/>"; }

    private static List<MemoRecord> records(Tracker t, MemoQuery query) {
        return t.memos.findAfter(query, null, 100).stream().map(StoredMemo::memo).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void savingAPageRecordsEachMemoWithItsHeaderPeopleAndCounts(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            String full = memo("m1", param("title", "Viikkopalaveri") + param("date", "2026-11-23") + param("time", "09:00-10:30")
                            + param("location", "Agora, Jyv&auml;skyl&auml;") + param("series", "weekly")
                            + param("attendees", user("sanna") + user("mikko")) + param("absent", user("eeva"))
                            + param("minutes-by", user("sanna")) + param("carry-over", "false"),
                    "<ac:structured-macro ac:name=\"memo-guest\"><ac:parameter ac:name=\"name\">Liisa Korhonen</ac:parameter></ac:structured-macro>",
                    "<ac:structured-macro ac:name=\"memo-contact\"><ac:parameter ac:name=\"name\">Keskisuomalainen</ac:parameter></ac:structured-macro>",
                    "<ac:structured-macro ac:name=\"memo-decision\"><ac:rich-text-body><p>Osallistutaan</p></ac:rich-text-body></ac:structured-macro>",
                    "<ac:structured-macro ac:name=\"memo-decision\"><ac:rich-text-body><p>Varataan osasto</p></ac:rich-text-body></ac:structured-macro>",
                    action("a1", "sanna", "2026-12-01", "Varaa messuosasto"), task(7, false, "mikko", null, "Tilaa mainokset"));
            // The same series again on the page, with a date that is no date and a minute-taker who is nobody's username.
            String second = memo("m2", param("title", "Jatkopalaveri") + param("date", "2026-02-30") + param("series", "weekly")
                    + param("minutes-by", user("nobody.here")));
            assertEquals(2, t.save(100, "EDU", "Palaveri", full + second).inserted());

            assertEquals(List.of(
                    new MemoRecord(100, "EDU", "Palaveri", "m1", "Viikkopalaveri", LocalDate.of(2026, 11, 23), "09:00-10:30",
                            "Agora, Jyväskylä", "weekly", t.key("sanna"), 2, 1, 1, 1, 2, 2, false),
                    new MemoRecord(100, "EDU", "Palaveri", "m2", "Jatkopalaveri", null, null, null, "weekly", "nobody.here",
                            0, 0, 0, 0, 0, 0, true)),
                    records(t, EVERYTHING), "two memos of one series on one page are two records; the undated one comes last");

            List<Map<String, Object>> rows = t.syncRecords(100);
            assertEquals(List.of("100", "100:m1", "100:m2"), rows.stream().map(r -> r.get("ROW_KEY")).toList(),
                    "the page row (the claim) and a row per memo");
            assertTrue(rows.stream().allMatch(r -> r.get("PAGE_VERSION").equals(1L)), "all of the version the sync applied");
            assertNull(rows.get(0).get("MEMO_KEY"));
            assertNull(rows.get(2).get("MEMO_DATE"), "an invalid date is recorded as none; the save does not fail");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void oddSeriesAndOverlongKeysAreStoredAsTheSyncStoresThemForItems(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            String odd = "Hallitus &amp; &lt;johto&gt; – ÄÖ 𝄞 '\"; DROP TABLE";
            String longSeries = "sarja-".repeat(200);
            String longId = "m".repeat(600);
            String unicode = "Yhteistyöryhmä Åbo (2026) ΑΒΓ";
            t.save(1, "EDU", "Outo", memo("o1", param("title", "Outo") + param("series", odd), action("x1", null, null, "Yksi"))
                    + memo(longId, param("title", "Pitkä") + param("series", longSeries), action("x2", null, null, "Kaksi"))
                    + memo("u1", param("title", "Unicode") + param("series", unicode), action("x3", null, null, "Kolme")));
            List<MemoRecord> memos = records(t, EVERYTHING);
            List<ActionItem> items = t.repository.findByPage(1);
            java.util.Comparator<String> nullsFirst = java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder());
            assertEquals(items.stream().map(ActionItem::memoSeries).sorted(nullsFirst).toList(),
                    memos.stream().map(MemoRecord::series).sorted(nullsFirst).toList(), "a memo's series is stored as its items' series");
            assertEquals(items.stream().map(ActionItem::memoKey).sorted().toList(), memos.stream().map(MemoRecord::memoKey).sorted().toList());
            // Neither is a series key (quotes, ampersands, angle brackets; more than 100 characters): in no series.
            assertEquals(null, memos.stream().filter(m -> m.title().equals("Outo")).findFirst().orElseThrow().series());
            assertEquals(null, memos.stream().filter(m -> m.title().equals("Pitkä")).findFirst().orElseThrow().series());
            assertEquals(unicode, memos.stream().filter(m -> m.title().equals("Unicode")).findFirst().orElseThrow().series(),
                    "letters of any alphabet, digits, spaces and brackets make a key");
            assertEquals(ActionItem.stored(longId), memos.stream().filter(m -> m.title().equals("Pitkä")).findFirst().orElseThrow().memoKey());
            assertEquals(List.of("Unicode"), records(t, new MemoQuery(null, unicode, null, null)).stream().map(MemoRecord::title).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void anEditReplacesTheRecordsAndAnOlderVersionArrivingLateChangesNothing(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(5, "EDU", "P", dated("m1", "Eka", "weekly", "2026-11-01", 1) + dated("m2", "Toka", "weekly", "2026-11-02", 1));
            PageSnapshot late = t.store(5, "EDU", "P", dated("m1", "Myöhässä", "weekly", "2026-11-01", 1)); // version 2, slow sync
            t.save(5, "EDU", "P", dated("m1", "Eka muutettu", "board", "2026-11-08", 2) + dated("m3", "Kolmas", "weekly", null, 0));

            assertEquals(List.of("Eka muutettu", "Kolmas"), records(t, EVERYTHING).stream().map(MemoRecord::title).toList(),
                    "the edit's memos: m1 changed, m2 gone with its memo, m3 new");
            MemoRecord edited = records(t, EVERYTHING).get(0);
            assertEquals("board", edited.series());
            assertEquals(2, edited.actions());
            List<Map<String, Object>> before = t.syncRecords(5);
            assertTrue(before.stream().allMatch(r -> r.get("PAGE_VERSION").equals(3L)));

            assertEquals(0, t.sync.pageSaved(late, "user-editor").appliedVersion(), "version 2 is older than the applied 3");
            assertEquals(before, t.syncRecords(5), "nothing changed: not a memo row, not a row id");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void trashHidesTheMemosRestoreShowsThemAndPurgeKeepsThemMarkedRemoved(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(7, "EDU", "P", dated("m1", "Eka", "weekly", "2026-11-01", 1) + dated("m2", "Toka", "weekly", "2026-11-02", 0));
            t.save(8, "EDU", "Q", dated("k1", "Muu", "weekly", "2026-11-03", 0));

            t.sync.pageTrashed(7);
            assertEquals(List.of("Muu"), records(t, EVERYTHING).stream().map(MemoRecord::title).toList(), "a trashed page's memos are hidden");
            assertEquals(List.of(true, true), memoFlags(t, 7, "HIDDEN"));

            t.sync.pageSaved(t.page(7), "user-editor"); // restored: the restore event syncs the page again
            assertEquals(List.of("Muu", "Toka", "Eka"), records(t, EVERYTHING).stream().map(MemoRecord::title).toList(), "restored");
            assertEquals(List.of(false, false), memoFlags(t, 7, "HIDDEN"));

            t.sync.pageRemoved(7);
            assertEquals(List.of("Muu"), records(t, EVERYTHING).stream().map(MemoRecord::title).toList());
            assertEquals(List.of(true, true), memoFlags(t, 7, "REMOVED"), "a purged page's memo records stay, marked removed");
            assertEquals(List.of(false), memoFlags(t, 8, "REMOVED"));
        }
    }

    /**
     * After the upgrade to schema version 4 the table holds the recorded page versions only; the administrators'
     * re-sync, which syncs every page again, records the memos of every page.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void theAdministratorsResyncRecordsTheMemosOfPagesSavedBeforeMemosWereRecorded(Supplier<DatabaseConfig> db) throws Exception {
        try (Tracker t = new Tracker(db.get())) {
            t.save(11, "EDU", "P", dated("m1", "Eka", "weekly", "2026-11-01", 1));
            t.save(12, "OTHER", "Q", dated("m2", "Toka", "board", "2026-11-02", 0) + dated("m3", "Kolmas", "board", null, 0));
            // As an upgraded site has it: each page's recorded version, no memo rows.
            try (java.sql.Connection c = t.ao.openConnection(); java.sql.Statement s = c.createStatement()) {
                assertEquals(3, s.executeUpdate("DELETE FROM \"" + t.ao.tablePrefix() + "SYNCED_PAGE\" WHERE \"MEMO_KEY\" IS NOT NULL"));
            }
            assertEquals(List.of(), records(t, EVERYTHING));

            assertTrue(t.sync.resyncAsAdministrator().done());
            assertEquals(List.of("Toka", "Eka", "Kolmas"), records(t, EVERYTHING).stream().map(MemoRecord::title).toList());
            assertEquals(1, t.syncRecords(11).stream().filter(r -> r.get("MEMO_KEY") == null).count(), "one page row, as before");
        }
    }

    private static List<Boolean> memoFlags(Tracker t, long pageId, String column) {
        return t.syncRecords(pageId).stream().filter(r -> r.get("MEMO_KEY") != null)
                .map(r -> r.get(column) instanceof Boolean b ? b : ((Number) r.get(column)).longValue() != 0).toList();
    }

    /**
     * The statement budget of a sync (docs/performance.md, section 4.3) holds whatever the number of memos: the memo
     * rows ride in the batch of the page row. (Each count includes the read of the page's decisions.) On H2 and PostgreSQL, the databases of the budget (AO's HSQLDB provider
     * sends a batch row by row).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#withBatchInserts")
    void memoRecordsCostASyncNoStatementWhateverTheirNumber(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            StringBuilder many = new StringBuilder();
            for (int m = 0; m < 40; m++) many.append(dated("m" + m, "Palaveri " + m, "weekly", "2026-10-" + (10 + m % 20), 3));
            String one = dated("m0", "Palaveri 0", "weekly", "2026-10-10", 3);
            assertEquals(5, StatementCounter.count(() -> t.save(1, "S", "P", one)), "new page, one memo");
            assertEquals(5, StatementCounter.count(() -> t.save(2, "S", "P", many.toString())), "new page, 40 memos");
            assertEquals(4, StatementCounter.count(() -> t.save(1, "S", "P", one)), "unchanged save, one memo");
            assertEquals(4, StatementCounter.count(() -> t.save(2, "S", "P", many.toString())), "unchanged save, 40 memos");
            String edited = many.toString().replace("Palaveri 7 tehtävä 1", "Palaveri 7 tehtävä yksi").replace("Palaveri 9<", "Palaveri yhdeksän<");
            assertEquals(6, StatementCounter.count(() -> t.save(2, "S", "P", edited)), "an edit: the replaced item's delete and insert");
            assertEquals(41, records(t, EVERYTHING).size());
            assertEquals("Palaveri yhdeksän", records(t, new MemoQuery(null, null, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 19)))
                    .stream().filter(m -> m.memoKey().equals("m9")).findFirst().orElseThrow().title());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void listsFilterByDaySpacesAndSeriesPageNewestFirstAndCountTrackedActionsAsTheyAreNow(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "P1", dated("w1", "Viikko 1", "weekly", "2026-11-02", 1));
            t.save(2, "EDU", "P2", dated("w2", "Viikko 2", "weekly", "2026-11-09", 3));
            t.save(3, "EDU", "P3", dated("b1", "Hallitus", "board", "2026-11-05", 0));
            t.save(4, "OTHER", "P4", dated("w3", "Viikko 3", "weekly", "2026-11-16", 1));
            t.save(5, "EDU", "P5", dated("w0", "Ilman päivää", "weekly", null, 2));

            assertEquals(List.of("Viikko 3", "Viikko 2", "Hallitus", "Viikko 1", "Ilman päivää"), titles(t, EVERYTHING, 100));
            assertEquals(List.of("Viikko 2", "Hallitus", "Viikko 1", "Ilman päivää"), titles(t, new MemoQuery(List.of("EDU"), null, null, null), 100));
            assertEquals(5, titles(t, new MemoQuery(List.of("EDU", "OTHER"), null, null, null), 100).size());
            assertEquals(List.of("Viikko 3", "Viikko 2", "Viikko 1", "Ilman päivää"), titles(t, new MemoQuery(null, "weekly", null, null), 100));
            assertEquals(List.of("Viikko 3", "Viikko 2", "Hallitus"), titles(t, new MemoQuery(null, null, LocalDate.of(2026, 11, 5), null), 100));
            assertEquals(List.of("Hallitus", "Viikko 1"), titles(t, new MemoQuery(null, null, null, LocalDate.of(2026, 11, 5)), 100),
                    "a memo without a date is on no day");
            assertEquals(List.of("Viikko 2"), titles(t, new MemoQuery(List.of("EDU"), "weekly", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 9)), 100));
            assertEquals(List.of(), titles(t, new MemoQuery(List.of("NONE"), null, null, null), 100));

            // Keyset paging, two at a time, through opaque cursors.
            List<String> paged = new ArrayList<>();
            MemoPosition next = null;
            int pages = 0;
            do {
                MemoPosition after = next;
                MemoRecords.Page page = t.as("sanna", () -> t.memoRecords.list(EVERYTHING, after, 2));
                page.memos().forEach(m -> paged.add(m.memo().memo().title()));
                next = page.next() == null ? null : MemoPosition.fromCursor(page.next().toCursor()).orElseThrow();
                pages++;
            } while (next != null);
            assertEquals(titles(t, EVERYTHING, 100), paged);
            assertEquals(3, pages);

            // Actions open and done are counted from the tracked items when listed.
            ActionItem first = t.repository.findByPage(2).get(0);
            t.status.changeStatus(first.id(), first.version(), ActionStatus.DONE, "user-sanna");
            Map<String, ActionCounts> counts = counts(t);
            assertEquals(new ActionCounts(2, 1), counts.get("Viikko 2"));
            assertEquals(new ActionCounts(1, 0), counts.get("Viikko 3"));
            assertEquals(ActionCounts.NONE, counts.get("Hallitus"));
            t.save(2, "EDU", "P2", dated("w2", "Viikko 2", "weekly", "2026-11-09", 1));
            assertEquals(new ActionCounts(0, 1), counts(t).get("Viikko 2"), "items that left the page are not counted");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void memosOfPagesTheCallerMayNotViewAreNeitherListedNorCountedAndPagesStayFull(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            for (int p = 1; p <= 40; p++) {
                t.save(p, "EDU", "Sivu " + p, dated("m" + p, "Palaveri " + p, "weekly", LocalDate.of(2026, 1, 1).plusDays(p).toString(), 1));
                if (p % 4 != 0) t.restrictViewTo(p, "sanna");
            }
            List<String> olli = new ArrayList<>();
            MemoPosition next = null;
            do {
                MemoPosition after = next;
                MemoRecords.Page page = t.as("olli", () -> t.memoRecords.list(EVERYTHING, after, 3));
                assertTrue(page.memos().size() == 3 || page.next() == null, "a full page unless it is the last");
                page.memos().forEach(m -> olli.add(m.memo().memo().title()));
                next = page.next();
            } while (next != null);
            assertEquals(List.of("Palaveri 40", "Palaveri 36", "Palaveri 32", "Palaveri 28", "Palaveri 24", "Palaveri 20", "Palaveri 16",
                    "Palaveri 12", "Palaveri 8", "Palaveri 4"), olli, "only the pages olli may view, newest first");
            assertEquals(40, t.as("sanna", () -> t.memoRecords.list(EVERYTHING, null, 100)).memos().size());
            assertTrue(t.as(null, () -> t.memoRecords.callerIsAnonymous()));
            assertEquals(List.of(), t.as(null, () -> t.memoRecords.list(EVERYTHING, null, 100)).memos(), "anonymous callers see no memo");
            assertFalse(t.as("olli", () -> t.memoRecords.callerIsAnonymous()));
        }
    }

    private static List<String> titles(Tracker t, MemoQuery query, int limit) {
        return t.as("admin", () -> t.memoRecords.list(query, null, limit)).memos().stream().map(m -> m.memo().memo().title()).toList();
    }

    private static Map<String, ActionCounts> counts(Tracker t) {
        Map<String, ActionCounts> counts = new java.util.HashMap<>();
        t.as("admin", () -> t.memoRecords.list(EVERYTHING, null, 100)).memos().forEach(m -> counts.put(m.memo().memo().title(), m.actions()));
        return counts;
    }
}
