package io.meetingmemo.it.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.contact.app.ContactRegister;
import io.meetingmemo.contact.app.ContactRegister.Refused;
import io.meetingmemo.contact.domain.ContactLink;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.Organisation;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.StatementCounter;
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
 * The contacts register on each database: guests and contacts of saved memos become entries of the space's register
 * once, however they are spelt and whichever node saves first; merging joins two entries and their memos; an erased
 * person is gone with their links and does not come back from pages that still name them; a space the caller may not
 * view shows nothing of its register; a save costs the same statements for 3 guests and for 40.
 */
class ContactsRegisterTest {
    private static final String DBS = "io.meetingmemo.testsupport.TestDatabases#all";

    static String memo(String id, String title, String date, String... parts) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter><ac:parameter ac:name=\"date\">" + date + "</ac:parameter>"
                + "<ac:rich-text-body>" + String.join("", parts) + "</ac:rich-text-body></ac:structured-macro>";
    }

    static String guest(String id, String name, String organisation, String email) {
        return "<ac:structured-macro ac:name=\"memo-guest\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"name\">" + name + "</ac:parameter>"
                + (organisation == null ? "" : "<ac:parameter ac:name=\"organisation\">" + organisation + "</ac:parameter>")
                + (email == null ? "" : "<ac:parameter ac:name=\"email\">" + email + "</ac:parameter>")
                + "</ac:structured-macro>";
    }

    static String contact(String id, String name, String organisation, String ownerUsername) {
        return "<ac:structured-macro ac:name=\"memo-contact\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"name\">" + name + "</ac:parameter>"
                + "<ac:parameter ac:name=\"organisation\">" + organisation + "</ac:parameter>"
                + "<ac:parameter ac:name=\"owner\"><ri:user ri:username=\"" + ownerUsername + "\"/></ac:parameter>"
                + "<ac:rich-text-body><p>Interested in the autumn campaign.</p></ac:rich-text-body></ac:structured-macro>";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void guestsAndContactsBecomeOneEntryEachHoweverTheyAreSpelt(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "REITITIN", "Reititin 3/2012", memo("m1", "Reititin", "2012-03-14",
                    guest("g1", "Petri Laine", "Sanoma WSOY", "petri.laine@sanoma.example"),
                    contact("c1", "Liisa Mäkelä", "OP-Pohjola", "A")));
            t.save(2, "REITITIN", "Reititin 5/2012", memo("m2", "Reititin", "2012-05-09",
                    guest("g2", "P. Laine", "Sanoma", "PETRI.LAINE@sanoma.example"),
                    guest("g3", "liisa makela", "OP Pohjola", null)));

            ContactRegister.PeoplePage people = t.as("B", () -> t.contacts.people("REITITIN", null, null, null, null, 50));
            assertEquals(List.of("Liisa Mäkelä", "Petri Laine"), people.people().stream().map(ContactPerson::name).toList(),
                    "one entry each: the address decides for Petri, name and organisation for Liisa");
            ContactPerson petri = people.people().get(1);
            ContactRegister.PersonView view = t.as("B", () -> t.contacts.person(petri.id()));
            assertEquals("Sanoma WSOY", view.organisation().name());
            assertEquals(List.of("2012-05-09", "2012-03-14"), view.memos().stream().map(l -> l.memoDate().toString()).toList(),
                    "the meetings Petri took part in, newest first");
            assertEquals("2012-05-09", view.lastMet().toString());
            ContactPerson liisa = people.people().get(0);
            assertEquals(t.key("A"), liisa.keeperKey(), "the contact's owner keeps in touch");

            List<Organisation> organisations = t.as("B", () -> t.contacts.organisations("REITITIN", null, null, null, null, 50)).organisations();
            assertEquals(List.of("OP-Pohjola", "Sanoma WSOY"), organisations.stream().map(Organisation::name).toList());
            ContactRegister.OrganisationView op = t.as("B", () -> t.contacts.organisation(organisations.get(0).id()));
            assertEquals(List.of("Liisa Mäkelä"), op.people().stream().map(ContactPerson::name).toList());
            assertEquals(2, op.memos().size(), "both meetings Liisa came up at");

            t.save(2, "REITITIN", "Reititin 5/2012", memo("m2", "Reititin", "2012-05-09", guest("g3", "liisa makela", "OP Pohjola", null)));
            assertEquals(1, t.as("B", () -> t.contacts.person(petri.id())).memos().size(), "Petri's link left with the guest");
            t.save(1, "REITITIN", "Reititin 3/2012", memo("m1", "Reititin", "2012-03-14"));
            assertEquals(0, t.as("B", () -> t.contacts.person(petri.id())).memos().size(),
                    "a version without guests or contacts names nobody, though its save wrote nothing to the register");
            assertEquals(2, t.as("B", () -> t.contacts.people("REITITIN", null, null, null, null, 50)).people().size(),
                    "the entry stays when a page stops naming them");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void twoNodesSavingPagesThatNameOneNewPersonMakeOneEntry(Supplier<DatabaseConfig> db) throws Exception {
        try (Tracker t = new Tracker(db.get())) {
            Tracker.Node other = t.anotherNode();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 6; round++) {
                    String name = "Uusi Henkilö " + round;
                    var first = t.store(100 + round * 2, "EDU", "Sivu A" + round, memo("a" + round, "A", "2026-03-0" + (1 + round % 9),
                            guest("ga" + round, name, "Yle", null)));
                    var second = t.store(101 + round * 2, "EDU", "Sivu B" + round, memo("b" + round, "B", "2026-03-0" + (1 + round % 9),
                            guest("gb" + round, name.toUpperCase(), "YLE", null)));
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<?>> saves = new ArrayList<>();
                    saves.add(pool.submit(() -> { await(together); return t.sync.pageSaved(first, "user-editor"); }));
                    saves.add(pool.submit(() -> { await(together); return other.pageSaved(second, "user-editor"); }));
                    for (Future<?> f : saves) f.get();
                    List<ContactPerson> found = t.as("A", () -> t.contacts.people("EDU", name, null, null, null, 50)).people();
                    assertEquals(1, found.size(), "round " + round + ": " + found);
                    assertEquals(2, t.as("A", () -> t.contacts.person(found.get(0).id())).memos().size(), "both pages link the one entry");
                }
                assertEquals(1, t.as("A", () -> t.contacts.organisations("EDU", "yle", null, null, null, 50)).organisations().size());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void mergingJoinsTwoEntriesAndTheirMeetings(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "Kokous 1", memo("m1", "K1", "2026-02-02", guest("g1", "Anna Berg", "Åbo Akademi", null)));
            t.save(2, "EDU", "Kokous 2", memo("m2", "K2", "2026-03-03", guest("g2", "Anna Berg-Lind", "Åbo Akademi", "anna@abo.example")));
            List<ContactPerson> two = t.as("A", () -> t.contacts.people("EDU", "anna", null, null, null, 50)).people();
            assertEquals(2, two.size());
            ContactPerson kept = two.get(0);
            ContactPerson other = two.get(1);
            assertThrows(Refused.class, () -> t.as("A", () -> t.contacts.merge(kept.id(), kept.version(), kept.id(), kept.version())));
            assertThrows(Refused.class, () -> t.as("A", () -> t.contacts.merge(kept.id(), kept.version() + 1, other.id(), other.version())),
                    "a stale version is refused");
            ContactPerson merged = t.as("A", () -> t.contacts.merge(kept.id(), kept.version(), other.id(), other.version()));
            assertEquals("anna@abo.example", merged.email(), "the kept entry takes the other's address");
            assertEquals(List.of("2026-03-03", "2026-02-02"),
                    t.as("A", () -> t.contacts.person(kept.id())).memos().stream().map(l -> l.memoDate().toString()).toList());
            t.save(2, "EDU", "Kokous 2", memo("m2", "K2", "2026-03-03", guest("g2", "Anna Berg-Lind", "Åbo Akademi", "anna@abo.example")));
            assertEquals(1, t.as("A", () -> t.contacts.people("EDU", "anna", null, null, null, 50)).people().size(),
                    "a later save finds the merged entry by its address");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void anErasedPersonIsGoneAndPagesNamingThemDoNotBringThemBack(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "Kokous", memo("m1", "K", "2026-02-02", guest("g1", "Eero Esimerkki", "Yle", "eero@yle.example")));
            ContactPerson eero = t.as("A", () -> t.contacts.people("EDU", "eero", null, null, null, 50)).people().get(0);
            assertThrows(Refused.class, () -> t.as("A", () -> t.contacts.erase(eero.id())), "only administrators erase");
            assertEquals("eero@yle.example", ((ContactPerson) t.as("admin", () -> t.contacts.export(eero.id())).get("person")).email());
            ContactRegister.Erasure erasure = t.as("admin", () -> t.contacts.erase(eero.id()));
            assertEquals(List.of(new ContactRegister.PageNaming(1L, "Kokous")), erasure.pagesStillNamingThem());
            assertEquals(1, erasure.linksRemoved());
            assertTrue(t.as("A", () -> t.contacts.people("EDU", "eero", null, null, null, 50)).people().isEmpty());
            t.save(1, "EDU", "Kokous", memo("m1", "K", "2026-02-02", guest("g1", "Eero Esimerkki", "Yle", "eero@yle.example")));
            t.save(2, "EDU", "Toinen", memo("m2", "K2", "2026-02-03", guest("g2", "Eero Esimerkki", "Yle", null)));
            assertTrue(t.as("A", () -> t.contacts.people("EDU", "eero", null, null, null, 50)).people().isEmpty(),
                    "neither the address nor the name and organisation bring the entry back");
        }
    }

    static String ownedAction(String id, String owner, String text) {
        return "<ac:structured-macro ac:name=\"memo-action\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"owner\">" + owner + "</ac:parameter>"
                + "<ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    static String seriesMemo(String id, String series, String date, String... parts) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"title\">Sarja</ac:parameter><ac:parameter ac:name=\"date\">" + date + "</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">" + series + "</ac:parameter>"
                + "<ac:rich-text-body>" + String.join("", parts) + "</ac:rich-text-body></ac:structured-macro>";
    }

    /**
     * Erasure reaches the app's other tables: an action item whose free-text owner is the person keeps its id, status
     * and history and shows the placeholder; a series' default guest line naming them goes; action and decision words
     * (page text) stay and their pages are reported; later saves of pages naming the person store the placeholder
     * without renumbering the item or losing its status; someone else of the same space is untouched.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void erasureAnonymisesThePersonInTheAppsTablesAndLaterSavesStoreThePlaceholder(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            String page1 = memo("m1", "K", "2026-02-02", guest("g1", "Eero Esimerkki", "Yle", "eero@yle.example"),
                    ownedAction("a1", "Eero Esimerkki", "Lähettää tarjous"),
                    io.meetingmemo.testsupport.Storage.action("a2", "A", null, "Soita eero esimerkki perjantaina"),
                    io.meetingmemo.testsupport.Storage.decision("d1", null, "Eero Esimerkki esittelee budjetin"));
            t.save(1, "EDU", "Kokous", page1);
            t.save(2, "EDU", "Toinen", memo("m2", "K2", "2026-02-03", ownedAction("a3", "EERO  esimerkki", "Tilaa kahvit")));
            t.save(3, "EDU", "Kolmas", memo("m3", "K3", "2026-02-04", ownedAction("a4", "Maija Muu", "Varaa sali")));
            t.save(4, "EDU", "Sarja", seriesMemo("s1", "johtoryhma", "2026-02-05"));
            t.as("A", () -> t.series.change("johtoryhma", 0, new io.meetingmemo.series.app.SeriesRegister.Changes("Johtoryhmä",
                    io.meetingmemo.series.domain.Cadence.WEEKLY, null, null, List.of("Eero Esimerkki (Yle)", "Maija Muu"), null)));
            io.meetingmemo.actionitem.domain.ActionItem owned = item(t, 1, "a1");
            t.status.changeStatus(owned.id(), owned.version(), io.meetingmemo.memo.domain.ActionStatus.DONE, t.key("A"));
            int historyBefore = t.repository.history(owned.id()).size();
            ContactPerson eero = t.as("A", () -> t.contacts.people("EDU", "eero", null, null, null, 50)).people().get(0);

            io.meetingmemo.contact.domain.PersonTraces traces =
                    (io.meetingmemo.contact.domain.PersonTraces) t.as("admin", () -> t.contacts.export(eero.id())).get("traces");
            assertEquals(List.of("a1", "a2", "a3"), traces.actionItems().stream().map(i -> i.memoKey() == null ? null
                    : item(t, i.pageId(), null, i.id()).itemKey()).toList(), "owned by Eero (a1, a3) or naming him in its words (a2)");
            assertEquals(List.of(true, false, true), traces.actionItems().stream().map(i -> i.ownedByThem()).toList());
            assertEquals(List.of("Eero Esimerkki esittelee budjetin"), traces.decisions().stream().map(d -> d.text()).toList());
            assertEquals(List.of("m1"), traces.memos().stream().map(m -> m.memoKey()).toList(), "the memo he was a guest of");
            assertEquals(List.of(new io.meetingmemo.contact.domain.PersonTraces.SeriesTrace("johtoryhma", "Johtoryhmä", "Eero Esimerkki (Yle)")),
                    traces.series(), "a series that invites him by default");

            ContactRegister.Erasure erasure = t.as("admin", () -> t.contacts.erase(eero.id()));
            assertEquals(new io.meetingmemo.contact.domain.PersonTraces.Anonymised(1, 2, 0, 1), erasure.anonymised());
            assertEquals(List.of(new ContactRegister.PageNaming(1, "Kokous"), new ContactRegister.PageNaming(2, "Toinen")),
                    erasure.pagesStillNamingThem(), "the pages whose text still names him");

            io.meetingmemo.actionitem.domain.ActionItem anonymised = item(t, 1, "a1");
            assertEquals(owned.id(), anonymised.id());
            assertEquals(io.meetingmemo.contact.domain.ErasedPerson.STORED, anonymised.ownerName());
            assertEquals(io.meetingmemo.memo.domain.ActionStatus.DONE, anonymised.status(), "the status stays with the item");
            assertEquals(historyBefore, t.repository.history(owned.id()).size(), "and so does its history");
            assertEquals(io.meetingmemo.contact.domain.ErasedPerson.STORED, item(t, 2, "a3").ownerName());
            assertEquals("Soita eero esimerkki perjantaina", item(t, 1, "a2").text(), "page text is not rewritten");
            assertEquals("Maija Muu", item(t, 3, "a4").ownerName(), "someone else stays");
            assertEquals(List.of("Maija Muu"), t.as("A", () -> t.series.find("johtoryhma")).orElseThrow().series().defaultGuests());

            // The pages still name him: saving them again stores the placeholder, on the same item, and nothing moves.
            t.save(1, "EDU", "Kokous", page1);
            t.save(2, "EDU", "Toinen", memo("m2", "K2", "2026-02-03", ownedAction("a3", "EERO  esimerkki", "Tilaa kahvit"),
                    ownedAction("a5", "eero@yle.example", "Uusi tehtävä")));
            io.meetingmemo.actionitem.domain.ActionItem again = item(t, 1, "a1");
            assertEquals(owned.id(), again.id(), "not renumbered into a new item");
            assertEquals(io.meetingmemo.memo.domain.ActionStatus.DONE, again.status());
            assertEquals(false, again.removed());
            assertEquals(anonymised.version(), again.version(), "the save found nothing to change");
            assertEquals(2, t.repository.findByPage(1).size(), "no copy of the item was made (a1 and a2 only)");
            assertEquals(io.meetingmemo.contact.domain.ErasedPerson.STORED, item(t, 2, "a5").ownerName(), "a new item naming him by address");
            assertTrue(t.as("A", () -> t.contacts.people("EDU", "eero", null, null, null, 50)).people().isEmpty());
        }
    }

    /**
     * The erasure check of a sync is one query for all the page's free-text owners: a page naming 2 owners and one
     * naming 60 (some of them erased) cost the same statements, and a page naming none costs what it did before.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#withBatchInserts")
    void theErasureCheckOfASyncIsOneQueryWhateverTheNumberOfOwners(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            for (int i = 0; i < 3; i++) {
                t.save(100 + i, "EDU", "Vieraat " + i, memo("g" + i, "G", "2026-01-0" + (i + 1), guest("gg" + i, "Poistuva " + i, "Yle", null)));
                ContactPerson gone = t.as("A", () -> t.contacts.people("EDU", "poistuva", null, null, null, 50)).people().get(0);
                t.as("admin", () -> t.contacts.erase(gone.id()));
            }
            long few = StatementCounter.count(() -> t.save(1, "EDU", "Pieni", memo("m1", "K", "2026-02-02", owners(2))));
            long many = StatementCounter.count(() -> t.save(2, "EDU", "Suuri", memo("m2", "K", "2026-02-02", owners(60))));
            assertEquals(few, many, "2 owners: " + few + " statements, 60 owners: " + many);
            long none = StatementCounter.count(() -> t.save(3, "EDU", "Ei omistajia", memo("m3", "K", "2026-02-02",
                    io.meetingmemo.testsupport.Storage.action("x1", "A", null, "Tehtävä"))));
            assertEquals(few - 1, none, "a page without free-text owners asks nothing about erasures");
            assertEquals(io.meetingmemo.contact.domain.ErasedPerson.STORED, item(t, 2, "o1").ownerName(), "Poistuva 1 was erased");
            assertEquals("Omistaja 3", item(t, 2, "o3").ownerName());
        }
    }

    /** Actions owned by "Omistaja 0", "Poistuva 1", "Poistuva 2", "Omistaja 3" …: the even ones and those from 3 on are not erased. */
    private static String[] owners(int count) {
        String[] parts = new String[count];
        for (int i = 0; i < count; i++) parts[i] = ownedAction("o" + i, (i == 1 || i == 2 ? "Poistuva " : "Omistaja ") + i, "Tehtävä " + i);
        return parts;
    }

    /** A register entry whose address is a Confluence account's is that user: erasing it is refused and changes nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void erasingAConfluenceUserIsRefusedAndChangesNothing(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "Kokous", memo("m1", "K", "2026-02-02", guest("g1", "Bee Käyttäjä", "Oma", "B@EXAMPLE.ORG"),
                    ownedAction("a1", "Bee Käyttäjä", "Tee jotain")));
            ContactPerson bee = t.as("A", () -> t.contacts.people("EDU", "bee", null, null, null, 50)).people().get(0);
            Refused refused = assertThrows(Refused.class, () -> t.as("admin", () -> t.contacts.erase(bee.id())));
            assertEquals(Refused.Reason.CONFLICT, refused.reason());
            assertTrue(refused.getMessage().contains("Confluence's own user management"), refused.getMessage());
            assertEquals(1, t.as("A", () -> t.contacts.person(bee.id())).memos().size(), "the entry and its link stay");
            assertEquals("Bee Käyttäjä", item(t, 1, "a1").ownerName(), "the item's owner stays");
            t.save(1, "EDU", "Kokous", memo("m1", "K", "2026-02-02", guest("g1", "Bee Käyttäjä", "Oma", "B@EXAMPLE.ORG"),
                    ownedAction("a1", "Bee Käyttäjä", "Tee jotain")));
            assertEquals("Bee Käyttäjä", item(t, 1, "a1").ownerName(), "no erasure was recorded");
        }
    }

    private static io.meetingmemo.actionitem.domain.ActionItem item(Tracker t, long pageId, String itemKey) {
        return item(t, pageId, itemKey, 0);
    }

    private static io.meetingmemo.actionitem.domain.ActionItem item(Tracker t, long pageId, String itemKey, long id) {
        return t.repository.findByPage(pageId).stream().filter(i -> itemKey != null ? i.itemKey().equals(itemKey) : i.id() == id)
                .findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aSpaceTheCallerMayNotViewShowsNothingOfItsRegister(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "SALAINEN", "Kokous", memo("m1", "K", "2026-02-02", guest("g1", "Salainen Vieras", "Supo", null)));
            t.save(2, "EDU", "Kokous", memo("m2", "K", "2026-02-02", guest("g2", "Avoin Vieras", "Yle", null)));
            t.limitSpaceViewTo("SALAINEN", "B");
            assertEquals(List.of("Avoin Vieras"), t.as("A", () -> t.contacts.people(null, null, null, null, null, 50))
                    .people().stream().map(ContactPerson::name).toList());
            assertEquals(List.of("Avoin Vieras", "Salainen Vieras"), t.as("B", () -> t.contacts.people(null, null, null, null, null, 50))
                    .people().stream().map(ContactPerson::name).toList());
            long secret = t.as("B", () -> t.contacts.people("SALAINEN", null, null, null, null, 5)).people().get(0).id();
            Refused notFound = assertThrows(Refused.class, () -> t.as("A", () -> t.contacts.person(secret)));
            assertEquals(Refused.Reason.NOT_FOUND, notFound.reason(), "not told that it exists");
            assertEquals(Refused.Reason.NOT_SIGNED_IN,
                    assertThrows(Refused.class, () -> t.as(null, () -> t.contacts.people(null, null, null, null, null, 5))).reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#withBatchInserts")
    void aSaveCostsTheSameStatementsForThreeGuestsAndForForty(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            long few = statementsOfSave(t, 1, 3);
            long many = statementsOfSave(t, 2, 40);
            assertEquals(few, many, "3 guests: " + few + " statements, 40 guests: " + many);
            assertEquals(43, t.as("A", () -> t.contacts.people("EDU", "vieras 2", null, null, null, 200)).people().size()
                    + t.as("A", () -> t.contacts.people("EDU", "vieras 1", null, null, null, 200)).people().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aPageWithoutGuestsOrContactsCostsTheRegisterNothing(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "Sivu", memo("m1", "K", "2026-02-02"));
            var page = t.store(1, "EDU", "Sivu", memo("m1", "K", "2026-02-02"));
            long withoutRegister = StatementCounter.measure(() -> t.sync.pageSaved(page, "user-editor")).statements();
            t.save(2, "EDU", "Toinen", memo("m2", "K", "2026-02-02", guest("g1", "Vieras", "Yle", null)));
            var guestPage = t.store(2, "EDU", "Toinen", memo("m2", "K", "2026-02-02", guest("g1", "Vieras", "Yle", null)));
            long withRegister = StatementCounter.measure(() -> t.sync.pageSaved(guestPage, "user-editor")).statements();
            assertTrue(withRegister > withoutRegister, "linking guests costs statements: " + withRegister + " > " + withoutRegister);
            t.save(1, "EDU", "Sivu", memo("m1", "K", "2026-02-02"));
            assertEquals(withoutRegister, StatementCounter.measure(() -> t.sync.pageSaved(t.store(1, "EDU", "Sivu", memo("m1", "K", "2026-02-02")),
                    "user-editor")).statements(), "an unchanged page without guests costs what it cost before the register existed");
        }
    }

    private static long statementsOfSave(Tracker t, long pageId, int guests) {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < guests; i++) parts.append(guest("g" + pageId + "-" + i, "Vieras " + pageId + "-" + i, "Org " + i % 5, null));
        var page = t.store(pageId, "EDU", "Sivu " + pageId, memo("m" + pageId, "K", "2026-02-02", parts.toString()));
        return StatementCounter.measure(() -> t.sync.pageSaved(page, "user-editor")).statements();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
