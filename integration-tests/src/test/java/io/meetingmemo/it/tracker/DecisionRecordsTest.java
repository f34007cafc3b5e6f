package io.meetingmemo.it.tracker;

import io.meetingmemo.decision.domain.DecisionFinder;
import static io.meetingmemo.it.tracker.MemoRecordsTest.memo;
import static io.meetingmemo.it.tracker.MemoRecordsTest.param;
import static io.meetingmemo.testsupport.Storage.action;
import static io.meetingmemo.testsupport.Storage.decision;
import static io.meetingmemo.testsupport.Storage.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.decision.domain.DecisionPosition;
import io.meetingmemo.decision.app.DecisionLog;
import io.meetingmemo.decision.domain.DecisionQuery;
import io.meetingmemo.decision.domain.DecisionRecord;
import io.meetingmemo.decision.domain.StoredDecision;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.StatementCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decisions on real databases (H2, HSQLDB, PostgreSQL when configured): each sync records the decisions of the page
 * version it applies, in its transaction, with memo, day, series, space, tags and the actions written inside them;
 * edits replace them under their ids, decisions that leave the page are kept marked removed and come back, trash
 * hides and purge marks them removed; the log filters, pages newest first and leaves out decisions of pages the caller
 * may not view before paging.
 */
class DecisionRecordsTest {
    private static final String DBS = "io.meetingmemo.testsupport.TestDatabases#all";

    /** A dated memo of a series whose body is {@code body}. */
    private static String memoOn(String macroId, String title, String series, String date, String... body) {
        return memo(macroId, param("title", title) + (date == null ? "" : param("date", date)) + (series == null ? "" : param("series", series)), body);
    }

    private static List<StoredDecision> rows(Tracker t, long pageId) { return t.repository.decisionsOfPage(pageId); }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void savingAPageRecordsEachDecisionWithItsMemoTagsAndTheActionsWrittenInsideIt(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(7, "EDU", "Viestintätiimi 12.11.", memoOn("m1", "Viestintätiimi", "EduFutura viestintä", "2026-11-12",
                    decision("d1", " Studia ,  MESSUT  ja tapahtumat,studia,", "Yhteisosasto Studia-messuille.",
                            action("a1", "sanna", "2026-12-01", "Varaa osasto"), task(5, false, "mikko", null, "Tilaa roll-up")),
                    action("a2", null, null, "Ei päätöksen alla"),
                    decision("d2", null, "Kuvaukset yhdessä.")));

            List<StoredDecision> stored = rows(t, 7);
            assertEquals(2, stored.size());
            DecisionRecord first = stored.get(0).decision();
            assertEquals(new DecisionRecord(7, "EDU", "Viestintätiimi 12.11.", "m1", "Viestintätiimi", LocalDate.of(2026, 11, 12),
                    "EduFutura viestintä", "d1", "Yhteisosasto Studia-messuille.", List.of("studia", "messut ja tapahtumat"),
                    List.of("a1", "task-5")), first, "tags normalised and deduplicated; the actions inside it, not the one after");
            assertEquals(List.of(), stored.get(1).decision().tags());
            assertEquals(List.of(), stored.get(1).decision().actionKeys());

            Map<String, Long> itemIds = new java.util.HashMap<>();
            for (ActionItem item : t.repository.findByPage(7)) itemIds.put(item.itemKey(), item.id());
            DecisionFinder.Listed listed = t.as("sanna", () -> t.decisionLog.read(stored.get(0).id())).orElseThrow();
            assertEquals(List.of(itemIds.get("a1"), itemIds.get("task-5")), listed.actionItemIds());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void editsReplaceUnderTheSameIdRemovedDecisionsAreKeptAndComeBackAndAnUnchangedSaveWritesNothing(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            String both = memoOn("m1", "T", "weekly", "2026-11-12", decision("d1", "budjetti", "Eka päätös."), decision("d2", null, "Toka päätös."));
            t.save(1, "EDU", "P", both);
            List<StoredDecision> before = rows(t, 1);

            t.save(1, "EDU", "P", both);
            assertEquals(before, rows(t, 1), "an unchanged save writes nothing, not even versions");

            t.save(1, "EDU", "P", memoOn("m1", "T", "weekly", "2026-11-12", decision("d1", "budjetti, talous", "Eka päätös, muutettu.")));
            List<StoredDecision> edited = rows(t, 1);
            assertEquals(before.get(0).id(), edited.get(0).id(), "the same decision keeps its id");
            assertEquals("Eka päätös, muutettu.", edited.get(0).decision().text());
            assertEquals(List.of("budjetti", "talous"), edited.get(0).decision().tags());
            assertEquals(2, edited.get(0).version());
            assertTrue(edited.get(1).removed(), "the decision that left the page is kept, marked removed");
            assertEquals("Toka päätös.", edited.get(1).decision().text());
            assertEquals(List.of("Eka päätös, muutettu."), texts(t, "admin", DecisionQuery.EVERYTHING), "removed decisions are not logged");

            t.save(1, "EDU", "P", both);
            List<StoredDecision> back = rows(t, 1);
            assertEquals(before.get(1).id(), back.get(1).id(), "a decision that returns comes back under its id");
            assertFalse(back.get(1).removed());
            assertEquals(2, back.size(), "no row was added");
        }
    }

    /**
     * Decisions are written in the sync's transaction: a replaced decision that another writer changed first (its
     * version moved on) fails the whole write, so neither the decision nor the items of that write are written, and the
     * sync reads again.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aStaleDecisionFailsTheWholeWriteAndNothingOfItIsWritten(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "P", memoOn("m1", "T", "weekly", "2026-11-12", decision("d1", null, "Päätös."), action("a1", null, null, "Tehtävä")));
            StoredDecision read = rows(t, 1).get(0);
            ActionItem item = t.repository.findByPage(1).get(0);
            // Someone else wrote the decision since it was read: it is at version 2 now, the write below read version 1.
            t.save(1, "EDU", "P", memoOn("m1", "T", "weekly", "2026-11-12", decision("d1", null, "Päätös, muutettu."), action("a1", null, null, "Tehtävä")));
            StoredDecision stale = new StoredDecision(read.id(), read.decision(), true, false, read.version() + 1, read.createdAt(), read.updatedAt());
            ActionItem newItem = ActionItem.newFromPage(new io.meetingmemo.actionitem.domain.PageContent(1, "EDU", "P", "m1", "T", null,
                    "weekly", "a-new", io.meetingmemo.memo.domain.ActionSource.MACRO, "Uusi", null, null, null, null),
                    io.meetingmemo.memo.domain.ActionStatus.OPEN, null, java.time.Instant.parse("2026-11-23T10:00:00Z"));
            io.meetingmemo.actionitem.domain.SyncWrite write = new io.meetingmemo.actionitem.domain.SyncWrite(List.of(newItem), List.of(), List.of())
                    .withDecisions(new io.meetingmemo.decision.domain.DecisionChanges(List.of(), List.of(stale)));
            assertFalse(t.repository.write(write), "the write lost to the other writer");
            assertEquals("Päätös, muutettu.", rows(t, 1).get(0).decision().text());
            assertFalse(rows(t, 1).get(0).removed(), "the stale replacement was not written");
            assertEquals(List.of(item.id()), t.repository.findByPage(1).stream().map(ActionItem::id).toList(), "nor the item of the same write");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void trashHidesTheDecisionsRestoreShowsThemAndPurgeKeepsThemMarkedRemoved(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "P", memoOn("m1", "T", "weekly", "2026-11-12", decision("d1", null, "Päätös.")));
            long id = rows(t, 1).get(0).id();
            t.sync.pageTrashed(1);
            assertTrue(rows(t, 1).get(0).hidden());
            assertEquals(List.of(), texts(t, "admin", DecisionQuery.EVERYTHING));
            assertTrue(t.as("admin", () -> t.decisionLog.read(id)).isEmpty(), "a decision on a page in the trash is not found");

            t.sync.pageSaved(t.page(1), "user-editor");
            assertEquals(List.of("Päätös."), texts(t, "admin", DecisionQuery.EVERYTHING), "the restore's sync shows it again");

            t.sync.pageRemoved(1);
            assertTrue(rows(t, 1).get(0).removed(), "purge keeps the decision, marked removed");
            assertEquals(1, t.decisionRows(1).size());
            assertEquals(List.of(), texts(t, "admin", DecisionQuery.EVERYTHING));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void theAdministratorsResyncRecordsTheDecisionsOfPagesSavedBeforeDecisionsWereRecorded(Supplier<DatabaseConfig> db) throws Exception {
        try (Tracker t = new Tracker(db.get())) {
            t.save(11, "EDU", "P", memoOn("m1", "Eka", "weekly", "2026-11-01", decision("d1", "crm", "CRM syksyllä.")));
            // As an upgraded site has it: pages synced, no decision rows.
            try (java.sql.Connection c = t.ao.openConnection(); java.sql.Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("DELETE FROM \"" + t.ao.tablePrefix() + "DECISION\""));
            }
            assertEquals(List.of(), texts(t, "admin", DecisionQuery.EVERYTHING));
            assertTrue(t.sync.resyncAsAdministrator().done());
            assertEquals(List.of("CRM syksyllä."), texts(t, "admin", new DecisionQuery(List.of(), null, null, null, "crm", null)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void theLogFiltersBySpaceSeriesDaysTagAndTextNewestFirstAndPagesByKeyset(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "P1", memoOn("w1", "Viikko 1", "weekly", "2026-11-02", decision("d1", "budjetti", "Budjetti hyväksytään.")));
            t.save(2, "EDU", "P2", memoOn("w2", "Viikko 2", "weekly", "2026-11-09", decision("d2", "Studia", "Studia-messut 100% varmat."),
                    decision("d3", null, "Uutiskirje kuukausittain.")));
            t.save(3, "EDU", "P3", memoOn("b1", "Hallitus", "board", "2026-11-05", decision("d4", "budjetti, hallitus", "Hallitus vahvistaa budjetin.")));
            t.save(4, "OTHER", "P4", memoOn("w3", "Viikko 3", "weekly", "2026-11-16", decision("d5", null, "Toinen tila.")));
            t.save(5, "EDU", "P5", memoOn("w0", "Ilman päivää", null, null, decision("d6", null, "Päivätön päätös.")));

            assertEquals(List.of("Toinen tila.", "Studia-messut 100% varmat.", "Uutiskirje kuukausittain.", "Hallitus vahvistaa budjetin.",
                    "Budjetti hyväksytään.", "Päivätön päätös."), texts(t, "admin", DecisionQuery.EVERYTHING),
                    "newest meeting first (within a day in the order recorded), undated last");
            assertEquals(5, texts(t, "admin", new DecisionQuery(List.of("EDU"), null, null, null, null, null)).size());
            assertEquals(List.of("Toinen tila."), texts(t, "admin", new DecisionQuery(List.of("OTHER"), null, null, null, null, null)));
            assertEquals(4, texts(t, "admin", new DecisionQuery(List.of(), "weekly", null, null, null, null)).size());
            assertEquals(List.of("Hallitus vahvistaa budjetin.", "Budjetti hyväksytään."),
                    texts(t, "admin", new DecisionQuery(List.of(), null, null, null, "budjetti", null)));
            assertEquals(List.of(), texts(t, "admin", new DecisionQuery(List.of(), null, null, null, "budj", null)), "a tag is matched whole");
            assertEquals(List.of("Studia-messut 100% varmat."), texts(t, "admin", new DecisionQuery(List.of(), null, null, null, "studia", null)));
            assertEquals(List.of("Studia-messut 100% varmat."), texts(t, "admin", new DecisionQuery(List.of(), null, null, null, null, "100%")),
                    "text search is literal");
            assertEquals(List.of("Hallitus vahvistaa budjetin.", "Budjetti hyväksytään."),
                    texts(t, "admin", new DecisionQuery(List.of(), null, null, null, null, "BUDJET")), "and case-insensitive");
            assertEquals(List.of("Hallitus vahvistaa budjetin.", "Budjetti hyväksytään."),
                    texts(t, "admin", new DecisionQuery(List.of(), null, null, LocalDate.of(2026, 11, 5), null, null)),
                    "an undated memo's decision is on no day");
            assertEquals(3, texts(t, "admin", new DecisionQuery(List.of(), null, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 9), null, null)).size());

            List<String> paged = new ArrayList<>();
            DecisionPosition next = null;
            int pages = 0;
            do {
                DecisionPosition after = next;
                DecisionFinder.Page page = t.as("sanna", () -> t.decisionLog.list(DecisionQuery.EVERYTHING, after, 2));
                page.decisions().forEach(d -> paged.add(d.decision().decision().text()));
                next = page.next() == null ? null : DecisionPosition.fromCursor(page.next().toCursor()).orElseThrow();
                pages++;
            } while (next != null);
            assertEquals(texts(t, "admin", DecisionQuery.EVERYTHING), paged);
            assertEquals(3, pages);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void decisionsOfPagesTheCallerMayNotViewAreNeitherListedNorReadAndPagesStayFull(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            for (int p = 1; p <= 40; p++) {
                t.save(p, "EDU", "Sivu " + p, memoOn("m" + p, "Palaveri " + p, "weekly", LocalDate.of(2026, 1, 1).plusDays(p).toString(),
                        decision("d" + p, null, "Päätös " + p)));
                if (p % 4 != 0) t.restrictViewTo(p, "sanna");
            }
            List<String> olli = new ArrayList<>();
            DecisionPosition next = null;
            do {
                DecisionPosition after = next;
                DecisionFinder.Page page = t.as("olli", () -> t.decisionLog.list(DecisionQuery.EVERYTHING, after, 3));
                assertTrue(page.decisions().size() == 3 || page.next() == null, "a full page unless it is the last");
                page.decisions().forEach(d -> olli.add(d.decision().decision().text()));
                next = page.next();
            } while (next != null);
            assertEquals(List.of("Päätös 40", "Päätös 36", "Päätös 32", "Päätös 28", "Päätös 24", "Päätös 20", "Päätös 16", "Päätös 12",
                    "Päätös 8", "Päätös 4"), olli);
            long hidden = rows(t, 1).get(0).id();
            assertTrue(t.as("olli", () -> t.decisionLog.read(hidden)).isEmpty(), "a decision olli may not view is not found");
            assertTrue(t.as("sanna", () -> t.decisionLog.read(hidden)).isPresent());
            assertEquals(List.of(), t.as(null, () -> t.decisionLog.list(DecisionQuery.EVERYTHING, null, 100)).decisions(), "anonymous callers see none");
            DecisionLog.Export export = t.as("olli", () -> t.decisionLog.export(DecisionQuery.EVERYTHING, 4));
            assertEquals(4, export.decisions().size());
            assertTrue(export.truncated());
        }
    }

    /**
     * The statement budget of a sync holds whatever the number of decisions: one read of the page's decisions, and
     * when they change a delete of the replaced rows and a batch insert of each kind. On H2 and PostgreSQL, the
     * databases of the budget (AO's HSQLDB provider sends a batch row by row).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#withBatchInserts")
    void decisionsCostASyncTheSameStatementsWhateverTheirNumber(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            long newOne = StatementCounter.count(() -> t.save(1, "S", "P", withDecisions(1, "")));
            long newMany = StatementCounter.count(() -> t.save(2, "S", "P", withDecisions(60, "")));
            assertEquals(newOne, newMany, "new page");
            assertEquals(6, newMany, "items read, decisions read, version claim (delete, insert), item insert, decision insert");
            assertEquals(4, StatementCounter.count(() -> t.save(2, "S", "P", withDecisions(60, ""))), "an unchanged save: two reads and the claim");
            long editOne = StatementCounter.count(() -> t.save(1, "S", "P", withDecisions(1, " muutettu")));
            long editMany = StatementCounter.count(() -> t.save(2, "S", "P", withDecisions(60, " muutettu")));
            assertEquals(editOne, editMany, "every decision reworded");
            assertEquals(6, editMany, "two reads, the claim, the replaced decisions' delete and insert");
            long removeMany = StatementCounter.count(() -> t.save(2, "S", "P", withDecisions(0, "")));
            assertEquals(6, removeMany, "every decision marked removed");
            assertEquals(60, rows(t, 2).stream().filter(StoredDecision::removed).count());
        }
    }

    /** A memo with one action and {@code count} decisions, each text followed by {@code suffix}. */
    private static String withDecisions(int count, String suffix) {
        List<String> body = new ArrayList<>();
        body.add(action("a", "sanna", null, "Tehtävä"));
        for (int i = 0; i < count; i++) body.add(decision("d" + i, "tagi" + (i % 3), "Päätös " + i + suffix));
        return memoOn("m", "Palaveri", "weekly", "2026-11-20", body.toArray(new String[0]));
    }

    private static List<String> texts(Tracker t, String username, DecisionQuery query) {
        return t.as(username, () -> t.decisionLog.list(query, null, 100)).decisions().stream().map(d -> d.decision().decision().text()).toList();
    }
}
