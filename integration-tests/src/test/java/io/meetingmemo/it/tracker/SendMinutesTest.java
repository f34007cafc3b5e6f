package io.meetingmemo.it.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.mail.domain.OutgoingMail;
import io.meetingmemo.minutes.app.SendMinutes;
import io.meetingmemo.minutes.domain.MinutesChoice;
import io.meetingmemo.minutes.domain.MinutesSend;
import io.meetingmemo.minutes.domain.SkipReason;
import io.meetingmemo.testsupport.TestDatabases;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, "Send minutes", on H2, HSQLDB and PostgreSQL: who the minutes go to (attendees, the absent, guests with an
 * address; people who may not view the page only when the sender ticks them, and then without a link), what each
 * person reads (their own actions first, in their language), the record of every send, the resend warning, and what
 * is refused: a reader who may not edit, a page saved or trashed since the preview, no mail server, bad addresses.
 */
class SendMinutesTest {
    static final long PAGE = 4100;
    static final String MEMO = "memo-board";

    static List<Named<Supplier<DatabaseConfig>>> databases() { return TestDatabases.all(); }

    /** A memo: petri and anna present, mikko and sanna absent, three guests (one address, one none, one malformed). */
    static String memoPage(String title, String guestName) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"" + MEMO + "\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-27</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"petri\"/><ri:user ri:username=\"anna\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"absent\">mikko, sanna</ac:parameter>"
                + "<ac:rich-text-body>"
                + guest("g-1", guestName, "liisa.partner@example.com")
                + guest("g-2", "Ville Vieras", null)
                + guest("g-3", "Bad Address", "bad@@example..com")
                + "<ac:structured-macro ac:name=\"memo-decision\" ac:macro-id=\"d-1\"><ac:rich-text-body><p>Book the stand at the fair</p></ac:rich-text-body></ac:structured-macro>"
                + action("a-1", "mikko", "Order the banners", "2026-12-04")
                + action("a-2", "anna", "Ask for the budget", "2026-12-10")
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    static String guest(String id, String name, String email) {
        return "<ac:structured-macro ac:name=\"memo-guest\" ac:macro-id=\"" + id + "\"><ac:parameter ac:name=\"name\">" + name
                + "</ac:parameter>" + (email == null ? "" : "<ac:parameter ac:name=\"email\">" + email + "</ac:parameter>")
                + "</ac:structured-macro>";
    }

    static String action(String id, String assignee, String text, String due) {
        return "<ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"" + assignee + "\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"due\">" + due + "</ac:parameter>"
                + "<ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    /** The board memo, viewable by admin, petri, anna and mikko only (sanna may not view it). */
    static MinutesDesk board(Supplier<DatabaseConfig> database) {
        MinutesDesk desk = new MinutesDesk(database.get());
        desk.save(PAGE, "Board 27.11.", memoPage("Board meeting", "Liisa Partner"));
        desk.restrict(PAGE, "view", "admin", "petri", "anna", "mikko");
        return desk;
    }

    static SendMinutes.Request preview(int version) { return new SendMinutes.Request(MinutesChoice.DEFAULT, true, false, version); }

    static SendMinutes.Request send(int version) { return new SendMinutes.Request(MinutesChoice.DEFAULT, false, false, version); }

    static SendMinutes.Result run(MinutesDesk desk, String username, SendMinutes.Request request) {
        return desk.as(username, () -> {
            try {
                return desk.sendMinutes.send(PAGE, MEMO, request);
            } catch (SendMinutes.Refused e) {
                throw new AssertionError("refused: " + e.reason() + " " + e.getMessage(), e);
            }
        });
    }

    static SendMinutes.Refusal refusal(MinutesDesk desk, String username, long pageId, String memoKey, SendMinutes.Request request) {
        return desk.as(username, () -> assertThrows(SendMinutes.Refused.class,
                () -> desk.sendMinutes.send(pageId, memoKey, request)).reason());
    }

    static Map<String, SendMinutes.Planned> byName(SendMinutes.Result result) {
        return result.recipients().stream().collect(Collectors.toMap(p -> p.recipient().name(), Function.identity()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void thePreviewListsEveryoneNamedTicksOnlyViewersAndSendsAndRecordsNothing(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = board(database)) {
            SendMinutes.Result preview = run(desk, "petri", preview(1));

            Map<String, SendMinutes.Planned> people = byName(preview);
            assertEquals(List.of("Petri Laitinen", "Anna Lindqvist", "Mikko Koskinen", "Sanna Virtanen", "Liisa Partner",
                    "Ville Vieras", "Bad Address"), preview.recipients().stream().map(p -> p.recipient().name()).toList());
            for (String viewer : List.of("Petri Laitinen", "Anna Lindqvist", "Mikko Koskinen")) {
                assertTrue(people.get(viewer).recipient().canView(), viewer);
                assertNull(people.get(viewer).skip(), viewer + " is ticked");
                assertTrue(people.get(viewer).mail().text().contains("http://confluence.example.org/pages/viewpage.action?pageId=" + PAGE));
            }
            assertFalse(people.get("Sanna Virtanen").recipient().canView());
            assertEquals(SkipReason.NO_PAGE_ACCESS, people.get("Sanna Virtanen").skip());
            SendMinutes.Planned liisa = people.get("Liisa Partner");
            assertEquals(SkipReason.NO_PAGE_ACCESS, liisa.skip());
            assertFalse(liisa.mail().text().contains("viewpage"), "a guest's preview promises no link: " + liisa.mail().text());
            assertFalse(liisa.mail().html().contains("viewpage"));
            assertTrue(liisa.mail().text().contains("Muistion sivua ei ole jaettu sinulle"), "in the sender's language: " + liisa.mail().text());
            assertEquals("fi", liisa.mail().language());
            assertEquals(SkipReason.NO_ADDRESS, people.get("Ville Vieras").skip());
            assertNull(people.get("Ville Vieras").mail());
            assertEquals(SkipReason.INVALID_ADDRESS, people.get("Bad Address").skip());
            assertEquals("bad@@example..com", people.get("Bad Address").recipient().rawAddress());

            assertTrue(desk.mail.sent.isEmpty(), "a preview sends nothing");
            assertTrue(desk.sendRecords.findByMemo(PAGE, MEMO, 10).isEmpty(), "a preview records nothing");
            assertNull(preview.previous());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSendMailsTheViewersAndRecordsWhoGotItAndWhoWasSkippedAndWhy(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = board(database)) {
            SendMinutes.Result sent = run(desk, "petri", send(1));

            assertEquals(Set.of("petri@example.org", "anna@example.org", "mikko@example.org"),
                    desk.mail.sent.stream().map(m -> m.to().value()).collect(Collectors.toSet()));
            List<MinutesSend> records = desk.sendRecords.findByMemo(PAGE, MEMO, 10);
            assertEquals(1, records.size());
            MinutesSend record = records.get(0);
            assertEquals(sent.recorded().id(), record.id());
            assertEquals(desk.key("petri"), record.senderKey());
            assertEquals(1, record.pageVersion());
            assertEquals(desk.clock.instant(), record.sentAt());
            assertEquals(3, record.queuedCount());
            Map<String, SkipReason> reasons = record.deliveries().stream()
                    .collect(Collectors.toMap(MinutesSend.Delivery::name, d -> d.reason() == null ? SkipReason.NOT_CHOSEN : d.reason()));
            assertEquals(SkipReason.NO_PAGE_ACCESS, reasons.get("Sanna Virtanen"));
            assertEquals(SkipReason.NO_PAGE_ACCESS, reasons.get("Liisa Partner"));
            assertEquals(SkipReason.NO_ADDRESS, reasons.get("Ville Vieras"));
            assertEquals(SkipReason.INVALID_ADDRESS, reasons.get("Bad Address"));
            assertEquals(Set.of("Petri Laitinen", "Anna Lindqvist", "Mikko Koskinen"), record.deliveries().stream()
                    .filter(MinutesSend.Delivery::queued).map(MinutesSend.Delivery::name).collect(Collectors.toSet()));
            assertEquals("bad@@example..com", record.deliveries().stream().filter(d -> d.name().equals("Bad Address"))
                    .findFirst().orElseThrow().address(), "the malformed address is recorded as given");
            assertEquals(3, desk.sendRecords.latestOnPage(PAGE).get(MEMO).queuedCount());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachPersonReadsTheirOwnActionsFirstInTheirLanguage(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = board(database)) {
            run(desk, "petri", send(1));

            OutgoingMail anna = desk.mail.to("anna@example.org");
            assertEquals("Protokoll: Board meeting", anna.subject());
            String text = anna.text();
            assertTrue(text.startsWith("Petri Laitinen skickade dig protokollet från Board meeting."), text);
            int own = text.indexOf("Dina uppgifter");
            int budget = text.indexOf("Ask for the budget");
            int decisions = text.indexOf("Beslut");
            int others = text.indexOf("Övriga uppgifter");
            int banners = text.indexOf("Order the banners");
            assertTrue(own >= 0 && own < budget && budget < decisions && decisions < others && others < banners, text);
            assertTrue(anna.html().contains("lang=\"sv\""), anna.html());
            assertTrue(anna.html().indexOf("Ask for the budget") < anna.html().indexOf("Order the banners"));

            OutgoingMail mikko = desk.mail.to("mikko@example.org");
            assertEquals("Muistio: Board meeting", mikko.subject());
            assertTrue(mikko.text().indexOf("Sinun tehtäväsi") < mikko.text().indexOf("Order the banners"), mikko.text());
            assertTrue(mikko.text().indexOf("Order the banners") < mikko.text().indexOf("Päätökset"), mikko.text());
            assertTrue(mikko.text().contains("4. joulukuuta 2026"), "due dates in the reader's language: " + mikko.text());

            OutgoingMail petri = desk.mail.to("petri@example.org");
            assertFalse(petri.text().contains("Sinun tehtäväsi"), "petri has no actions of his own: " + petri.text());
            assertTrue(petri.text().indexOf("Päätökset") < petri.text().indexOf("Muut tehtävät"), petri.text());
            assertEquals(OutgoingMail.MailFormat.HTML, petri.format());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void someoneWhoMayNotViewThePageGetsTheMinutesOnlyWhenTickedAndThenWithoutALink(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = board(database)) {
            SendMinutes.Result preview = run(desk, "petri", preview(1));
            String liisaId = byName(preview).get("Liisa Partner").recipient().id();
            String sannaId = byName(preview).get("Sanna Virtanen").recipient().id();
            String petriId = byName(preview).get("Petri Laitinen").recipient().id();

            run(desk, "petri", new SendMinutes.Request(new MinutesChoice(Set.of(petriId), Set.of(liisaId, sannaId)), false, false, 1));

            assertEquals(Set.of("petri@example.org", "liisa.partner@example.com", "sanna@example.org"),
                    desk.mail.sent.stream().map(m -> m.to().value()).collect(Collectors.toSet()));
            OutgoingMail liisa = desk.mail.to("liisa.partner@example.com");
            assertEquals(byName(preview).get("Liisa Partner").mail().text(), liisa.text(), "exactly the previewed text");
            assertFalse(liisa.html().contains("viewpage") || liisa.text().contains("viewpage"));
            assertFalse(desk.mail.to("sanna@example.org").text().contains("viewpage"));
            MinutesSend record = desk.sendRecords.findByMemo(PAGE, MEMO, 1).get(0);
            assertTrue(record.deliveries().stream().filter(d -> d.name().equals("Liisa Partner")).findFirst().orElseThrow().withoutPageAccess());
            assertEquals(SkipReason.NOT_CHOSEN, record.deliveries().stream().filter(d -> d.name().equals("Anna Lindqvist"))
                    .findFirst().orElseThrow().reason(), "the sender unticked anna");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sendingAgainIsRefusedUnlessConfirmedAndTheSendsAreListedNewestFirst(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = board(database)) {
            run(desk, "petri", send(1));
            desk.clock.advanceSeconds(3600);

            SendMinutes.Refused again = desk.as("petri", () -> assertThrows(SendMinutes.Refused.class,
                    () -> desk.sendMinutes.send(PAGE, MEMO, send(1))));
            assertEquals(SendMinutes.Refusal.ALREADY_SENT, again.reason());
            assertEquals(3, again.previous().queuedCount());
            assertNotNull(run(desk, "petri", preview(1)).previous(), "the preview warns of the earlier send");
            assertEquals(3, desk.mail.sent.size(), "nothing more was sent");

            run(desk, "admin", new SendMinutes.Request(MinutesChoice.DEFAULT, false, true, 1));
            assertEquals(6, desk.mail.sent.size());
            List<MinutesSend> sends = desk.as("anna", () -> {
                try {
                    return desk.sendMinutes.sends(PAGE, MEMO);
                } catch (SendMinutes.Refused e) {
                    throw new AssertionError(e);
                }
            });
            assertEquals(List.of(desk.key("admin"), desk.key("petri")), sends.stream().map(MinutesSend::senderKey).toList());
            assertEquals(desk.clock.instant(), sends.get(0).sentAt());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyEditorsSendAndAPageTheCallerMayNotViewIsNotFound(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = board(database)) {
            desk.restrict(PAGE, "edit", "admin", "petri");

            assertEquals(SendMinutes.Refusal.NOT_EDITOR, refusal(desk, "anna", PAGE, MEMO, preview(1)));
            assertEquals(SendMinutes.Refusal.NO_PAGE, refusal(desk, "sanna", PAGE, MEMO, preview(1)));
            assertEquals(SendMinutes.Refusal.NO_PAGE, refusal(desk, "sanna", PAGE, "no-such-memo", preview(1)),
                    "an unknown memo on a page the caller may not view reveals nothing");
            assertEquals(SendMinutes.Refusal.ANONYMOUS, refusal(desk, null, PAGE, MEMO, preview(1)));
            assertEquals(SendMinutes.Refusal.NO_PAGE, refusal(desk, "petri", 999_999, MEMO, preview(1)));
            assertEquals(SendMinutes.Refusal.NO_MEMO, refusal(desk, "petri", PAGE, "no-such-memo", preview(1)));
            assertEquals(SendMinutes.Refusal.NO_PAGE, desk.as("sanna", () -> assertThrows(SendMinutes.Refused.class,
                    () -> desk.sendMinutes.sends(PAGE, MEMO)).reason()), "the sends of a page sanna may not view");
            assertTrue(desk.mail.sent.isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPageSavedOrTrashedSinceThePreviewOrNoMailServerSendsAndRecordsNothing(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = board(database)) {
            desk.save(PAGE, "Board 27.11.", memoPage("Board meeting, corrected", "Liisa Partner"));
            assertEquals(SendMinutes.Refusal.STALE_PAGE, refusal(desk, "petri", PAGE, MEMO, send(1)));
            assertEquals(SendMinutes.Refusal.VERSION_MISSING, refusal(desk, "petri", PAGE, MEMO,
                    new SendMinutes.Request(MinutesChoice.DEFAULT, false, false, null)));

            desk.mail.available = false;
            assertEquals(SendMinutes.Refusal.MAIL_UNAVAILABLE, refusal(desk, "petri", PAGE, MEMO, send(2)));
            desk.mail.available = true;

            desk.trash(PAGE);
            assertEquals(SendMinutes.Refusal.NO_PAGE, refusal(desk, "petri", PAGE, MEMO, send(2)));

            assertTrue(desk.mail.sent.isEmpty());
            assertTrue(desk.sendRecords.findByMemo(PAGE, MEMO, 10).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aServerLostMidwayIsRecordedForThoseWhoGotNothing(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = board(database)) {
            desk.mail.availableFor = 1;
            run(desk, "petri", send(1));

            MinutesSend record = desk.sendRecords.findByMemo(PAGE, MEMO, 1).get(0);
            assertEquals(1, record.queuedCount());
            assertEquals(2, record.deliveries().stream().filter(d -> d.reason() == SkipReason.MAIL_UNAVAILABLE).count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deactivatedPeopleAndPeopleWithoutAnAddressGetNothingWhateverTheSenderTicks(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = board(database)) {
            desk.users().deactivate("mikko");
            desk.users().changeEmail("anna", "  ");
            SendMinutes.Result preview = run(desk, "petri", preview(1));
            Map<String, SendMinutes.Planned> people = byName(preview);
            assertEquals(SkipReason.DEACTIVATED, people.get("Mikko Koskinen").skip());
            assertEquals(SkipReason.NO_ADDRESS, people.get("Anna Lindqvist").skip());
            List<String> everyone = preview.recipients().stream().map(p -> p.recipient().id()).toList();

            run(desk, "petri", new SendMinutes.Request(new MinutesChoice(Set.copyOf(everyone), Set.copyOf(everyone)), false, false, 1));

            assertEquals(Set.of("petri@example.org", "sanna@example.org", "liisa.partner@example.com"),
                    desk.mail.sent.stream().map(m -> m.to().value()).collect(Collectors.toSet()));
            assertEquals(SendMinutes.Refusal.UNKNOWN_RECIPIENT, refusal(desk, "petri", PAGE, MEMO,
                    new SendMinutes.Request(new MinutesChoice(Set.of("user:someone-else"), Set.of()), true, false, 1)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void namesAndTitlesWithLineBreaksOrMarkupNeitherForgeHeadersNorMarkup(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = new MinutesDesk(database.get())) {
            desk.save(PAGE, "Hostile", memoPage("Board&#13;&#10;Bcc: victim@example.com &lt;script&gt;alert(1)&lt;/script&gt;",
                    "Liisa&#13;&#10;To: victim@example.com &lt;img src=x onerror=alert(1)&gt;"));
            SendMinutes.Result preview = run(desk, "admin", preview(1));
            String guestId = preview.recipients().stream().filter(p -> p.recipient().name().startsWith("Liisa"))
                    .findFirst().orElseThrow().recipient().id();

            run(desk, "admin", new SendMinutes.Request(new MinutesChoice(null, Set.of(guestId)), false, false, 1));

            assertEquals(5, desk.mail.sent.size(), "petri, anna, mikko, sanna (nothing is restricted) and the ticked guest: "
                    + desk.mail.sent.stream().map(m -> m.to().value()).toList());
            for (OutgoingMail mail : desk.mail.sent) {
                assertFalse(mail.subject().contains("\r") || mail.subject().contains("\n"), mail.subject());
                assertTrue(mail.subject().contains("Bcc: victim@example.com"), "kept as text on the one subject line: " + mail.subject());
                assertFalse(mail.html().contains("<script"), mail.html());
                assertTrue(mail.html().contains("&lt;script&gt;"), mail.html());
            }
            assertTrue(desk.mail.sent.stream().noneMatch(m -> m.to().value().contains("victim")));
        }
    }

    /**
     * A guest erased from the space's register: the erasure anonymises the record of minutes already sent to her (found
     * by her address, though the register never linked her to the page), and a later send lists her as "Erased person"
     * without an address, so no mail goes to her even when the sender ticks her.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anErasedGuestIsAnonymisedInEarlierSendsAndGetsNoLaterMinutes(Supplier<DatabaseConfig> database) {
        try (MinutesDesk desk = board(database)) {
            desk.sync(PAGE);
            SendMinutes.Result preview = run(desk, "petri", preview(1));
            String liisaId = byName(preview).get("Liisa Partner").recipient().id();
            run(desk, "petri", new SendMinutes.Request(new MinutesChoice(null, Set.of(liisaId)), false, false, 1));
            assertNotNull(desk.mail.to("liisa.partner@example.com"));

            io.meetingmemo.contact.ao.AoContactRepository register = desk.contacts;
            io.meetingmemo.contact.domain.ContactPerson liisa = register.createPerson(new io.meetingmemo.contact.domain.ContactPerson(0,
                    MinutesDesk.SPACE, "Liisa Partner", null, null, "Liisa.Partner@example.com", null, null,
                    io.meetingmemo.contact.domain.RelationshipStatus.ACTIVE, null, null, null, null, 1));
            var erased = register.erase(liisa, "admin-key", desk.clock.instant(),
                    io.meetingmemo.contact.domain.ErasureFingerprint.ofPerson(liisa, null)).orElseThrow();
            assertEquals(1, erased.anonymised().minutesDeliveries());
            MinutesSend.Delivery recorded = desk.sendRecords.findByMemo(PAGE, MEMO, 1).get(0).deliveries().stream()
                    .filter(d -> d.recipientId().equals(liisaId)).findFirst().orElseThrow();
            assertEquals(io.meetingmemo.contact.domain.ErasedPerson.STORED, recorded.name());
            assertNull(recorded.address());
            assertTrue(desk.sendRecords.findByMemo(PAGE, MEMO, 1).get(0).deliveries().stream()
                    .anyMatch(d -> d.name().equals("Ville Vieras")), "the other guests stay");

            desk.mail.sent.clear();
            SendMinutes.Result again = run(desk, "petri", preview(1));
            SendMinutes.Planned guest = again.recipients().stream().filter(p -> p.recipient().id().equals(liisaId)).findFirst().orElseThrow();
            assertEquals(io.meetingmemo.contact.domain.ErasedPerson.STORED, guest.recipient().name());
            assertNull(guest.recipient().rawAddress());
            assertEquals(SkipReason.NO_ADDRESS, guest.skip());
            run(desk, "petri", new SendMinutes.Request(new MinutesChoice(null, Set.of(liisaId)), false, true, 1));
            assertTrue(desk.mail.sent.stream().noneMatch(m -> m.to().value().equals("liisa.partner@example.com")), "no mail to her");
        }
    }
}
