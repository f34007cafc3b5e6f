package io.meetingmemo.memo.domain;

import static io.meetingmemo.memo.domain.StorageFixtures.macro;
import static io.meetingmemo.memo.domain.StorageFixtures.memo;
import static io.meetingmemo.memo.domain.StorageFixtures.page;
import static io.meetingmemo.memo.domain.StorageFixtures.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StorageFormatParserTest {

    private static final String PETRI_KEY = "8a7f808a3b0c1d2e013b0c1d2e5f0001";
    private static final String TIINA_KEY = "ff8080817b1a2c3d017b1a2c3d4e0002";

    private final StorageFormatParser parser = new StorageFormatParser();

    @Test
    void readsTheFinnishSeedMemoCompletely() {
        ParsedPage page = parser.parse(page("reititin-memo-2012-05-16.xml"));

        assertEquals(List.of(), page.problems());
        Memo expected = new Memo("6a1d2f0c-5b7e-4e8a-a1c3-reititin0516",
                "Tapaaminen projektipäällikkö Petri Laitisen kanssa", LocalDate.of(2012, 5, 16), "13:00-14:30",
                "Metropolia, Hämeentie", "Reititin",
                List.of(UserRef.byKey(PETRI_KEY), UserRef.byName("henke")), List.of(), UserRef.byName("henke"),
                List.of(),
                List.of(new Contact("b3e1c7a2-0d4f-4b6e-9a58-sanomawsoy01", "Sanoma WSOY", null, "Kustantamo", null,
                                null, UserRef.byKey(PETRI_KEY), "Hyvä ensimmäinen kontakti. Petrillä on valmis yhteys."),
                        new Contact("b3e1c7a2-0d4f-4b6e-9a58-oppohjola001", "OP-Pohjola", "OP-Pohjola", null, null, null,
                                null, "OP-Pohjola uudistuu ja rekrytoi paljon — sieltä voisi löytyä yhteyshenkilö.")),
                List.of(new Decision("d9a4f1e3-2c6b-4d7a-8e15-rondo2012lok", "Musiikin koulutusohjelman uudistuksesta kerrotaan"
                        + " lokakuun Rondon liitteessä. Petri auttaa viestin levittämisessä.")),
                List.of(new MemoAction("task-7", ActionSource.TASK,
                                "käy läpi PROksin ja koulutuspaketin ennen seuraavaa tapaamista",
                                UserRef.byKey(PETRI_KEY), null, LocalDate.of(2012, 5, 30), ActionStatus.OPEN),
                        new MemoAction("a5c2e8f1-3b9d-4a6c-b7e2-konseptoi001", ActionSource.MACRO,
                                "Tuotteistetaan tavat lähestyä yrityksiä.", null, "Reititin-tiimi",
                                LocalDate.of(2012, 8, 31), null)));
        assertEquals(List.of(expected), page.memos());
    }

    @Test
    void readsRecurringMemosInsideLayoutsTablesListsAndExpandMacros() {
        ParsedPage page = parser.parse(page("edufutura-viestintatiimi.xml"));

        assertEquals(List.of(), page.problems());
        assertEquals(2, page.memos().size());
        Memo october = page.memos().get(0);
        assertEquals("ef-2023-10-05", october.key());
        assertEquals("EF-viestintätiimi", october.series());
        assertEquals("Agora, Jyväskylän yliopisto", october.location());
        assertEquals(List.of(UserRef.byName("terhi.pekkarinen"), UserRef.byKey(TIINA_KEY), UserRef.byName("tiina.makela")),
                october.attendees());
        assertEquals(List.of(UserRef.byName("jussi.heikkinen")), october.absent());
        assertEquals(UserRef.byName("terhi.pekkarinen"), october.minutesBy());
        assertEquals(List.of(
                        new Guest("ef-g-jamk", "Jussi Heikkinen", "JAMK", "markkinointisuunnittelija", null),
                        new Guest("ef-g-gradia", "Anna Lehtonen", "Gradia", null, "anna.lehtonen@example.fi"),
                        new Guest("ef-g-akatemia", "Mikko Salo", "Jyväskylän Urheiluakatemia", "viestintäpäällikkö", null)),
                october.guests());
        assertEquals(List.of(
                        new Decision("ef-d-studia", "Yhteisosasto Studia-messuille: kaupunki, yliopisto, JAMK ja Gradia."),
                        new Decision("ef-d-kuvaus", "Markkinointikuvaukset toteutetaan yhdessä EduFuturan kanssa.")),
                october.decisions());
        assertEquals(List.of(
                        new MemoAction("ef-a-ilmoitus", ActionSource.MACRO, "Yhteisilmoituksen luonnos tiimille kommentoitavaksi.",
                                UserRef.byName("terhi.pekkarinen"), null, LocalDate.of(2023, 10, 20), null),
                        new MemoAction("task-12", ActionSource.TASK, "Studia-osaston varaus", UserRef.byKey(TIINA_KEY), null,
                                null, ActionStatus.DONE)),
                october.actions());

        Memo november = page.memos().get(1);
        assertEquals("ef-2023-11-02", november.key());
        assertEquals("EF-viestintätiimi marraskuu", november.title());
        assertEquals("09:00", november.time());
        assertEquals(List.of(new Guest("ef-g-yliopisto", "Liisa Korhonen", "Jyväskylän yliopisto",
                "viestintäasiantuntija", null)), november.guests());
        assertEquals(List.of(new Decision("ef-d-materiaalipankki",
                "Kalevan Kisojen kuvat ja videot kootaan yhteiseen materiaalipankkiin.")), november.decisions());
    }

    @Test
    void returnsSeveralMemosInDocumentOrder() {
        String body = "<p>Intro</p>" + memo("m1", parameter("title", "First"), "")
                + "<h2>Between</h2>" + memo("m2", parameter("title", "Second"), "")
                + memo("m3", parameter("title", "Third"), "") + "trailing text";

        ParsedPage page = parser.parse(body);

        assertEquals(List.of("First", "Second", "Third"), page.memos().stream().map(Memo::title).toList());
        assertEquals(List.of(), page.problems());
    }

    @Test
    void readsUserParametersInEveryFormKeepingOrderAndDroppingExactDuplicates() {
        String body = memo("m1",
                parameter("attendees", "<ri:user ri:userkey=\"k1\" /><ri:user ri:username=\"liisa\" />"
                        + "<ri:user ri:userkey=\"k2\" ri:username=\"mikko\" /> , ,anna ,  liisa,,<ri:user ri:userkey=\"k1\" />"
                        + "<ri:user ri:userkey=\"  \" />")
                        + parameter("absent", " p&auml;ivi ,&nbsp;jussi&nbsp;")
                        + parameter("minutes-by", "terhi, anna"),
                "");

        Memo memo = parser.parse(body).memos().get(0);

        assertEquals(List.of(UserRef.byKey("k1"), UserRef.byName("liisa"), new UserRef("k2", "mikko"),
                UserRef.byName("anna")), memo.attendees());
        assertEquals(List.of(UserRef.byName("päivi"), UserRef.byName("jussi")), memo.absent());
        assertEquals(UserRef.byName("terhi"), memo.minutesBy());
    }

    @Test
    void aMemoTakesPartInCarryingOpenItemsOverUnlessCarryOverSaysFalse() {
        String body = memo("m1", parameter("title", "Default"), "")
                + memo("m2", parameter("title", "Opted out") + parameter("carry-over", " FALSE "), "")
                + memo("m3", parameter("title", "Said so") + parameter("carry-over", "true"), "")
                + memo("m4", parameter("title", "Unclear") + parameter("carry-over", "ei"), "");

        ParsedPage page = parser.parse(body);

        assertEquals(List.of(true, false, true, true), page.memos().stream().map(Memo::carryOver).toList());
        assertEquals(1, page.problems().size(), page.problems().toString());
        assertEquals("memo \"Unclear\": carry-over \"ei\" is neither true nor false; open items are carried over",
                page.problems().get(0).message());
        assertEquals("m4", page.problems().get(0).memoKey());
    }

    @Test
    void readsParameterValuesAsTrimmedTextWithEntitiesDecodedAndBlankAsNull() {
        String body = memo("m1", parameter("title", " &nbsp;Viikkopalaveri &mdash; Jyv&auml;skyl&auml;\n")
                + parameter("location", "   ") + parameter("series", "") + parameter("time", "&#32;10:15 "), "");

        Memo memo = parser.parse(body).memos().get(0);

        assertEquals("Viikkopalaveri — Jyväskylä", memo.title());
        assertNull(memo.location());
        assertNull(memo.series());
        assertEquals("10:15", memo.time());
    }

    @Test
    void acceptsRealDatesAndTimesAndReportsOthers() {
        String body = memo("m1", parameter("title", "Weekly sync") + parameter("date", "2024-02-29")
                + parameter("time", "23:59-00:30"), "")
                + "\n" + memo("m2", parameter("title", "Weekly sync") + parameter("date", "2024-02-30")
                + parameter("time", "24:00"), "")
                + "\n" + memo("m3", parameter("date", "2024-2-3") + parameter("time", "9:00-10:00"), "");

        ParsedPage page = parser.parse(body);

        assertEquals(LocalDate.of(2024, 2, 29), page.memos().get(0).date());
        assertEquals("23:59-00:30", page.memos().get(0).time());
        assertNull(page.memos().get(1).date());
        assertNull(page.memos().get(1).time());
        assertNull(page.memos().get(2).date());
        assertNull(page.memos().get(2).time());
        assertEquals(List.of(
                "memo \"Weekly sync\": date \"2024-02-30\" is not a real date (expected yyyy-MM-dd)",
                "memo \"Weekly sync\": time \"24:00\" is not a valid time (expected HH:mm or HH:mm-HH:mm)",
                "untitled memo m3: date \"2024-2-3\" is not a real date (expected yyyy-MM-dd)",
                "untitled memo m3: time \"9:00-10:00\" is not a valid time (expected HH:mm or HH:mm-HH:mm)"),
                page.problems().stream().map(ParseProblem::message).toList());
        assertEquals(List.of("m2", "m2", "m3", "m3"), page.problems().stream().map(ParseProblem::memoKey).toList());
        assertEquals(List.of(2, 2, 3, 3), page.problems().stream().map(ParseProblem::line).toList());
    }

    @Test
    void readsEveryNestedMacroWithAllItsParameters() {
        String body = memo("m1", parameter("title", "Kaikki"),
                macro("memo-guest", "g1", parameter("name", "Anna Lehtonen") + parameter("organisation", "Gradia")
                        + parameter("role", "viestintä") + parameter("email", "anna@example.fi"), null)
                + macro("memo-contact", "c1", parameter("name", "Petri Laitinen") + parameter("organisation", "Metropolia")
                        + parameter("role", "projektipäällikkö") + parameter("email", "petri@example.fi")
                        + parameter("phone", "+358 40 123 4567")
                        + parameter("owner", "<ri:user ri:userkey=\"k1\" /><ri:user ri:userkey=\"k2\" />"),
                        "<p>Tuntee <em>TKK:n</em> varainhankinnan.</p><p>Soita syksyllä.</p>")
                + macro("memo-decision", "d1", "", "<p>CRM otetaan käyttöön syksyllä.</p>")
                + macro("memo-action", "a1", parameter("assignee", "terhi") + parameter("due", "2024-06-01"),
                        "<p>Kootaan kontaktilista.</p>")
                + macro("memo-action", "a2", parameter("owner", "Gradia / Anna"), "Varataan tila."));

        Memo memo = parser.parse(body).memos().get(0);

        assertEquals(List.of(new Guest("g1", "Anna Lehtonen", "Gradia", "viestintä", "anna@example.fi")), memo.guests());
        assertEquals(List.of(new Contact("c1", "Petri Laitinen", "Metropolia", "projektipäällikkö", "petri@example.fi",
                "+358 40 123 4567", UserRef.byKey("k1"), "Tuntee TKK:n varainhankinnan. Soita syksyllä.")), memo.contacts());
        assertEquals(List.of(new Decision("d1", "CRM otetaan käyttöön syksyllä.")), memo.decisions());
        assertEquals(List.of(
                new MemoAction("a1", ActionSource.MACRO, "Kootaan kontaktilista.", UserRef.byName("terhi"), null,
                        LocalDate.of(2024, 6, 1), null),
                new MemoAction("a2", ActionSource.MACRO, "Varataan tila.", null, "Gradia / Anna", null, null)),
                memo.actions());
    }

    @Test
    void readsAMemoWhoseOnlyActionIsANativeTask() {
        String body = memo("m1", parameter("title", "Lyhyt"),
                "<ac:task-list><ac:task><ac:task-id>42</ac:task-id><ac:task-status>complete</ac:task-status>"
                        + "<ac:task-body><span>Lähetä&nbsp;muistio</span> <ac:link><ri:user ri:userkey=\"" + PETRI_KEY
                        + "\" /></ac:link> viimeistään <time datetime=\"2024-05-20\" /></ac:task-body></ac:task></ac:task-list>");

        Memo memo = parser.parse(body).memos().get(0);

        assertEquals(List.of(new MemoAction("task-42", ActionSource.TASK, "Lähetä muistio viimeistään",
                UserRef.byKey(PETRI_KEY), null, LocalDate.of(2024, 5, 20), ActionStatus.DONE)), memo.actions());
    }

    @Test
    void readsEachTaskOfNestedTaskListsOnItsOwn() {
        String body = memo("m1", "",
                "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                        + "<ac:task-body>Valmistellaan messut<ac:task-list>"
                        + "<ac:task><ac:task-id>2</ac:task-id><ac:task-status>complete</ac:task-status>"
                        + "<ac:task-body>Varataan osasto <ac:link><ri:user ri:userkey=\"k2\" /></ac:link>"
                        + " <time datetime=\"2024-03-01\" /></ac:task-body></ac:task>"
                        + "<ac:task><ac:task-id>3</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                        + "<ac:task-body>Tilataan esitteet</ac:task-body></ac:task>"
                        + "</ac:task-list>ja sovitaan vuorot <ac:link><ri:user ri:userkey=\"k1\" /></ac:link>"
                        + "</ac:task-body></ac:task></ac:task-list>");

        Memo memo = parser.parse(body).memos().get(0);

        assertEquals(List.of(
                new MemoAction("task-1", ActionSource.TASK, "Valmistellaan messut ja sovitaan vuorot", UserRef.byKey("k1"),
                        null, null, ActionStatus.OPEN),
                new MemoAction("task-2", ActionSource.TASK, "Varataan osasto", UserRef.byKey("k2"), null,
                        LocalDate.of(2024, 3, 1), ActionStatus.DONE),
                new MemoAction("task-3", ActionSource.TASK, "Tilataan esitteet", null, null, null, ActionStatus.OPEN)),
                memo.actions());
    }

    @Test
    void keepsMacroActionsAndTasksInDocumentOrder() {
        String body = memo("m1", "",
                task("1", "Ensimmäinen") + macro("memo-action", "a", "", "<p>Toinen</p>") + task("2", "Kolmas")
                        + "<p>" + macro("memo-action", "b", "", "Neljäs") + "</p>");

        Memo memo = parser.parse(body).memos().get(0);

        assertEquals(List.of("Ensimmäinen", "Toinen", "Kolmas", "Neljäs"),
                memo.actions().stream().map(MemoAction::text).toList());
    }

    @Test
    void readsPlainTextWithCollapsedWhitespaceAndWordsSeparatedAtBlockBoundaries() {
        String body = memo("m1", "", macro("memo-decision", "d1", "",
                "<h3>Otsikko</h3><p>Rivi&nbsp;&nbsp;yksi<br/>rivi\t kaksi</p><ul><li>a</li><li>b</li></ul>"
                        + "<table><tr><td>solu1</td><td>solu2</td></tr></table><div>loppu</div>"
                        + "<p>yhdys<strong>sana</strong> ja <a href=\"https://example.fi\">linkki</a>"
                        + "&rsquo;s &hellip;</p>"));

        Decision decision = parser.parse(body).memos().get(0).decisions().get(0);

        assertEquals("Otsikko Rivi yksi rivi kaksi a b solu1 solu2 loppu yhdyssana ja linkki’s …", decision.text());
    }

    @Test
    void readsCdataAndLinkTextButNotParametersOfOtherMacrosOrPlaceholders() {
        String body = memo("m1", "", macro("memo-decision", "d1", "",
                "<p>Käytetään komentoa</p>"
                        + "<ac:structured-macro ac:name=\"code\">" + parameter("language", "bash")
                        + "<ac:plain-text-body><![CDATA[git log <since> && echo ]]></ac:plain-text-body></ac:structured-macro>"
                        + macro("status", "x2", parameter("colour", "Green") + parameter("title", "OK"), null)
                        + "<p><ac:placeholder>Kirjoita tähän</ac:placeholder><ac:link><ri:page ri:content-title=\"Ohje\" />"
                        + "<ac:plain-text-link-body><![CDATA[ohjesivulla]]></ac:plain-text-link-body></ac:link></p>"));

        Decision decision = parser.parse(body).memos().get(0).decisions().get(0);

        assertEquals("Käytetään komentoa git log <since> && echo ohjesivulla", decision.text());
    }

    @Test
    void ignoresUnknownElementsAndMacrosButReadsOurStructureInsideThem() {
        String body = "<ac:emoticon ac:name=\"smile\" /><at:var at:name=\"x\" />"
                + memo("m1", "<ac:parameter ac:name=\"unknown\">ignored</ac:parameter>" + parameter("title", "T"),
                "<ac:image><ri:attachment ri:filename=\"kuva.png\" /></ac:image>"
                        + "<ac:adf-extension><ac:adf-node type=\"panel\"><ac:adf-content>"
                        + macro("memo-decision", "d1", "", "<p>Syvällä <ac:emoticon ac:name=\"tick\" /> päätös</p>")
                        + "</ac:adf-content></ac:adf-node></ac:adf-extension>"
                        + macro("panel", "p1", parameter("bgColor", "#fff"), macro("unknown-app-macro", "u1",
                        parameter("memo-guest", "no"), macro("memo-guest", "g1", parameter("name", "Syvä Vieras"), null)))
                        + "<custom-element data-x=\"1\"><ri:shortcut ri:key=\"jira\" /></custom-element>");

        ParsedPage page = parser.parse(body);

        assertEquals(List.of(), page.problems());
        Memo memo = page.memos().get(0);
        assertEquals("T", memo.title());
        assertEquals(List.of(new Decision("d1", "Syvällä päätös")), memo.decisions());
        assertEquals(List.of(new Guest("g1", "Syvä Vieras", null, null, null)), memo.guests());
    }

    @Test
    void ignoresTasksAndNestedMacrosOutsideAnyMemo() {
        String body = task("1", "Irrallinen tehtävä") + macro("memo-decision", "d0", "", "<p>Irrallinen</p>")
                + memo("m1", "", macro("memo-decision", "d1", "", "<p>Oikea</p>"))
                + macro("memo-action", "a0", "", "<p>Irrallinen toimenpide</p>");

        ParsedPage page = parser.parse(body);

        assertEquals(1, page.memos().size());
        assertEquals(List.of(new Decision("d1", "Oikea")), page.memos().get(0).decisions());
        assertEquals(List.of(), page.memos().get(0).actions());
        assertEquals(List.of(), page.problems());
    }

    @Test
    void readsAMemoInsideAnotherMemoAsPartOfTheOuterOne() {
        String body = memo("outer", parameter("title", "Ulompi"),
                macro("memo-decision", "d1", "", "<p>Ensin</p>")
                        + "\n" + memo("inner", parameter("title", "Sisempi") + parameter("date", "2024-01-01"),
                        macro("memo-decision", "d2", "", "<p>Sisällä</p>") + task("5", "Sisätehtävä"))
                        + macro("memo-decision", "d3", "", "<p>Lopuksi</p>"));

        ParsedPage page = parser.parse(body);

        assertEquals(1, page.memos().size());
        Memo outer = page.memos().get(0);
        assertEquals("Ulompi", outer.title());
        assertNull(outer.date());
        assertEquals(List.of("Ensin", "Sisällä", "Lopuksi"), outer.decisions().stream().map(Decision::text).toList());
        assertEquals(List.of("task-5"), outer.actions().stream().map(MemoAction::key).toList());
        assertEquals(List.of(new ParseProblem("memo \"Ulompi\": contains another meeting-memo macro; its content was"
                + " read as part of this memo", 2, 1, "outer")), page.problems());
    }

    @Test
    void readsFromAReaderLikeFromAString() {
        String body = page("edufutura-viestintatiimi.xml");

        assertEquals(parser.parse(body), parser.parse(new StringReader(body)));
    }

    @Test
    void oneParserServesConcurrentCallers() {
        String body = page("reititin-memo-2012-05-16.xml");
        ParsedPage expected = parser.parse(body);

        List<ParsedPage> results = IntStream.range(0, 32).parallel().mapToObj(i -> parser.parse(body)).toList();

        assertTrue(results.stream().allMatch(expected::equals));
    }

    /**
     * A decision's {@code tags} are normalised (trimmed, inner spaces collapsed, NFC, lower case, repeats and empty ones
     * dropped); the actions and tasks written inside its body are its actions, keep their place in the memo's action
     * list and add nothing to its text; an action after it is not its.
     */
    @Test
    void readsADecisionsTagsAndTheActionsWrittenInsideIt() {
        String body = memo("m", parameter("title", "T"),
                macro("memo-decision", "d1", parameter("tags", " Studia ,  Messut\u00A0 ja  TAPAHTUMAT,, studia, Ka\u0308ytto\u0308"),
                        "<p>Yhteisosasto messuille.</p>" + macro("memo-action", "a1", "", "<p>Varaa osasto</p>") + task("7", "Tilaa juliste"))
                        + macro("memo-action", "a2", "", "<p>Erillinen</p>")
                        + macro("memo-decision", "d2", parameter("tags", "x".repeat(61) + ", ok"), "<p>Toinen</p>"));

        ParsedPage page = parser.parse(body);
        Memo memo = page.memos().get(0);

        assertEquals(List.of(new Decision("d1", "Yhteisosasto messuille.", List.of("studia", "messut ja tapahtumat", "k\u00E4ytt\u00F6"),
                        List.of("a1", "task-7")), new Decision("d2", "Toinen", List.of("ok"), List.of())), memo.decisions());
        assertEquals(List.of("a1", "task-7", "a2"), memo.actions().stream().map(MemoAction::key).toList());
        assertTrue(page.problems().stream().anyMatch(p -> p.message().contains("tags longer than 60 characters")), page.problems().toString());
    }

    private static String task(String id, String text) {
        return "<ac:task-list><ac:task><ac:task-id>" + id + "</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>" + text + "</ac:task-body></ac:task></ac:task-list>";
    }

    @Test
    void keepsAMentionInAnActionsTextAsTheMentionedUsersIdentity() {
        String body = memo("m", parameter("title", "T"),
                macro("memo-action", "a", "", "<p>Ask <ac:link><ri:user ri:username=\"petri\"/></ac:link> to review</p>")
                        + macro("memo-action", "b", "", "<p>Kysy<ac:link><ri:user ri:userkey=\"" + TIINA_KEY + "\"/></ac:link>.</p>")
                        + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>"
                        + "<ac:link><ri:user ri:username=\"sanna\"/></ac:link> asks <ac:link><ri:user ri:username=\"eeva\"/></ac:link> first"
                        + "</ac:task-body></ac:task></ac:task-list>");
        Memo memo = parser.parse(body).memos().get(0);
        assertEquals(List.of("Ask @petri to review", "Kysy @" + TIINA_KEY + ".", "asks @eeva first"),
                memo.actions().stream().map(MemoAction::text).toList());
        assertEquals(UserRef.byName("sanna"), memo.actions().get(2).assignee(), "a task's first mention is its assignee, not text");
    }
}
