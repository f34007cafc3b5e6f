package io.meetingmemo.it.hardening;

import static io.meetingmemo.it.hardening.Http.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.it.TestHost;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, item 3: who may see and change what, as a table. Five callers: anonymous, a user who cannot view
 * the page (olli), a viewer who may not edit it (eeva), an editor (sanna) and an administrator; every
 * endpoint, every list filter, the CSV and iCalendar exports, the action-register macro and the "My action
 * items" page, the series page, and the decision log (its JSON, CSV and macro). Each row names the status every caller must get; rows marked {@code leaks} are also checked
 * for leaks: a caller who may not see the page gets no item, title or count of it, proven by adding a
 * second page like it and seeing that nothing in the answer changes (while the editor's answer does). The memo list
 * is such a row for each of its filters: a memo on a page the caller cannot view is neither listed nor counted.
 * Adding an endpoint is one line in {@link #ROWS}.
 */
class PermissionMatrixTest {
    private static final List<String> CALLERS = java.util.Arrays.asList(null, "olli", "eeva", "sanna", "admin");
    private static final String SPACE = "EDUFUTURA";
    private static final String MARK = "SALAINEN";
    /** A space whose contacts register only sanna and eeva may view and only sanna may change. */
    private static final String CONTACTS = "KONTAKTIT";

    /**
     * One request and the status each caller gets: anonymous, olli (cannot view), eeva (viewer), sanna
     * (editor), admin. Placeholders: {item} an item nobody is assigned, {eevaItem} one assigned to the
     * viewer, {version}/{eevaVersion} their versions, {page} the restricted page, {register} a page with an
     * action register, {missing} an id that does not exist.
     */
    record Row(String name, String method, String path, String body, List<Integer> expected, boolean leaks, boolean optional) {}

    private static Row row(String name, String method, String path, String body, Integer... expected) {
        return new Row(name, method, path, body, List.of(expected), false, false);
    }

    private static Row list(String name, String path, Integer... expected) {
        return new Row(name, "GET", path, null, List.of(expected), true, false);
    }

    /** A row for an endpoint that may not exist yet: skipped while it answers 404 to an administrator. */
    private static Row optional(Row row) {
        return new Row(row.name(), row.method(), row.path(), row.body(), row.expected(), row.leaks(), true);
    }

    private static final String LIST = API + "/action-items";
    private static final List<String> FILTERS = List.of("status=all", "assignee=eeva", "assignee=olli", "spaceKey=" + SPACE,
            "pageId={page}", "series=kuukausisarja", "dueBefore=2031-01-01", "dueAfter=2029-01-01", "overdue=true&status=all",
            "q=" + MARK.toLowerCase(), "includeRemoved=true&status=all", "limit=1&status=all", "status=done");

    /** Filters of the memo list: the restricted page's memo matches each of them. */
    private static final List<String> MEMO_FILTERS = List.of("limit=50", "spaceKey=" + SPACE, "series=kuukausisarja",
            "from=2030-05-01", "to=2030-06-30", "from=2030-06-01&to=2030-06-01&spaceKey=" + SPACE, "limit=1");

    /** Filters of the decision log: the restricted page's decision matches each of them. */
    private static final List<String> DECISION_FILTERS = List.of("limit=50", "spaceKey=" + SPACE, "series=kuukausisarja",
            "from=2030-05-01", "to=2030-06-30", "tag=matriisi", "q=" + MARK.toLowerCase(), "limit=1");

    static final List<Row> ROWS = rows();

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("read an item", "GET", LIST + "/{item}", null, 401, 404, 200, 200, 200));
        rows.add(row("read its history", "GET", LIST + "/{item}/history", null, 401, 404, 200, 200, 200));
        rows.add(row("change its status", "PUT", LIST + "/{item}/status", "{\"status\":\"open\",\"version\":{version}}", 401, 404, 403, 200, 200));
        rows.add(row("assignee changes status", "PUT", LIST + "/{eevaItem}/status", "{\"status\":\"open\",\"version\":{eevaVersion}}", 401, 404, 200, 200, 200));
        rows.add(row("read a missing item", "GET", LIST + "/{missing}", null, 401, 404, 404, 404, 404));
        rows.add(row("change a missing item", "PUT", LIST + "/{missing}/status", "{\"status\":\"open\",\"version\":1}", 401, 404, 404, 404, 404));
        rows.add(row("read the page's memos", "GET", API + "/pages/{page}/memos", null, 401, 404, 200, 200, 200));
        rows.add(row("re-sync as administrator", "POST", API + "/admin/resync", "{\"spaceKey\":\"" + SPACE + "\",\"maxPages\":1}", 401, 403, 403, 403, 200));
        // Reminders: the site's settings and "run now" are the administrators'; a person's mail settings are their own.
        rows.add(row("read reminder settings", "GET", API + "/admin/reminders", null, 401, 403, 403, 403, 200));
        rows.add(row("run reminders now", "POST", API + "/admin/reminders/run", "{}", 401, 403, 403, 403, 200));
        rows.add(row("read my mail settings", "GET", API + "/my/settings", null, 401, 200, 200, 200, 200));
        for (String filter : FILTERS) rows.add(list("list " + filter, LIST + "?" + filter, 401, 200, 200, 200, 200));
        rows.add(list("list me", LIST + "?assignee=me&status=all", 401, 200, 200, 200, 200));
        for (String filter : MEMO_FILTERS) rows.add(list("memos " + filter, API + "/memos?" + filter, 401, 200, 200, 200, 200));
        for (String filter : List.of("limit=50", "spaceKey=" + SPACE, "limit=1")) {
            rows.add(list("series " + filter, API + "/series?" + filter, 401, 200, 200, 200, 200));
        }
        // Whoever may view the series' index page (the series page below) sees the series, but of its memos and
        // items only those on pages they may view: for olli, none.
        rows.add(list("read a series", API + "/series/kuukausisarja", 401, 200, 200, 200, 200));
        rows.add(list("read a series' memos", API + "/series/kuukausisarja/memos", 401, 200, 200, 200, 200));
        rows.add(list("read a series' open items", API + "/series/kuukausisarja/open-items?status=all", 401, 200, 200, 200, 200));
        // A series whose only memo is on a page like the restricted one, without an index page: the editor's change
        // stores version 1, so the administrator's, still naming version 0, is stale; eeva may not edit the memo.
        rows.add(row("change a series", "PATCH", API + "/series/muutossarja", "{\"version\":0,\"name\":\"Muutossarja\"}", 401, 404, 403, 200, 409));
        rows.add(row("change a missing series", "PATCH", API + "/series/ei-sarjaa", "{\"version\":0,\"name\":\"x\"}", 401, 404, 404, 404, 404));
        for (String filter : FILTERS) {
            rows.add(optional(list("CSV export " + filter, LIST + ".csv?" + filter.replace("limit=1&", ""), 401, 200, 200, 200, 200)));
            rows.add(optional(list("iCalendar export " + filter, LIST + ".ics?" + filter.replace("limit=1&", ""), 401, 200, 200, 200, 200)));
        }
        rows.add(optional(list("action register on screen data", "/pages/viewpage.action?pageId={register}", 303, 200, 200, 200, 200)));
        rows.add(optional(list("action register in an export", "/pages/viewpage.action?pageId={register}&outputType=pdf", 303, 200, 200, 200, 200)));
        rows.add(optional(list("action register in email", "/pages/viewpage.action?pageId={register}&outputType=email", 303, 200, 200, 200, 200)));
        rows.add(list("series page on screen", "/pages/viewpage.action?pageId={seriesPage}", 303, 200, 200, 200, 200));
        rows.add(list("series page in an export", "/pages/viewpage.action?pageId={seriesPage}&outputType=pdf", 303, 200, 200, 200, 200));
        rows.add(optional(list("My action items", "/plugins/servlet/meeting-memo/my-action-items", 302, 200, 200, 200, 200)));
        // The contacts register of a space only sanna and eeva may view and only sanna may add pages to: olli gets an
        // empty list and 404s, eeva reads, sanna changes; export and erasure are the administrator's.
        rows.add(list("contacts: people of the space", API + "/people?spaceKey=" + CONTACTS, 401, 200, 200, 200, 200));
        rows.add(list("contacts: people of every space", API + "/people?q=" + MARK.toLowerCase(), 401, 200, 200, 200, 200));
        rows.add(list("contacts: organisations of the space", API + "/organisations?spaceKey=" + CONTACTS, 401, 200, 200, 200, 200));
        rows.add(list("contacts: CSV", API + "/people.csv?spaceKey=" + CONTACTS, 401, 200, 200, 200, 200));
        rows.add(list("contacts: vCard", API + "/people.vcf?spaceKey=" + CONTACTS, 401, 200, 200, 200, 200));
        rows.add(list("contacts: register page", "/plugins/servlet/meeting-memo/contacts?space=" + CONTACTS, 302, 200, 200, 200, 200));
        rows.add(row("contacts: read a person", "GET", API + "/people/{contactPerson}", null, 401, 404, 200, 200, 200));
        rows.add(row("contacts: a person's page", "GET", "/plugins/servlet/meeting-memo/contacts?person={contactPerson}", null, 302, 404, 200, 200, 200));
        rows.add(row("contacts: read an organisation", "GET", API + "/organisations/{contactOrganisation}", null, 401, 404, 200, 200, 200));
        rows.add(row("contacts: an organisation's page", "GET", "/plugins/servlet/meeting-memo/contacts?organisation={contactOrganisation}", null,
                302, 404, 200, 200, 200));
        rows.add(row("contacts: add a person", "POST", API + "/people", "{\"spaceKey\":\"" + CONTACTS + "\",\"name\":\"Uusi henkilö\"}",
                401, 404, 403, 201, 201));
        rows.add(row("contacts: change a person", "PUT", API + "/people/{contactPerson}",
                "{\"version\":{contactVersion},\"name\":\"" + MARK + " Vieras\",\"organisationId\":{contactOrganisation}}", 401, 404, 403, 200, 409));
        rows.add(row("contacts: merge a person with itself", "POST", API + "/people/{contactPerson}/merge",
                "{\"version\":1,\"mergeId\":{contactPerson},\"mergeVersion\":1}", 401, 404, 403, 400, 400));
        rows.add(row("contacts: export what is held about a person", "GET", API + "/people/{contactPerson}/export", null, 401, 403, 403, 403, 200));
        rows.add(row("contacts: erase a person", "POST", API + "/people/{erasablePerson}/erase", "{}", 401, 403, 403, 403, 200));
        // The decision log: the JSON list, a decision by id, the CSV and the macro, each filtered by the page's permissions.
        for (String filter : DECISION_FILTERS) {
            rows.add(list("decisions " + filter, API + "/decisions?" + filter, 401, 200, 200, 200, 200));
            if (!filter.startsWith("limit=")) rows.add(list("decisions CSV " + filter, API + "/decisions.csv?" + filter, 401, 200, 200, 200, 200));
        }
        rows.add(row("read a decision", "GET", API + "/decisions/{decision}", null, 401, 404, 200, 200, 200));
        rows.add(row("read a missing decision", "GET", API + "/decisions/{missing}", null, 401, 404, 404, 404, 404));
        rows.add(list("decision log on screen", "/pages/viewpage.action?pageId={decisionLog}", 303, 200, 200, 200, 200));
        rows.add(list("decision log in an export", "/pages/viewpage.action?pageId={decisionLog}&outputType=pdf", 303, 200, 200, 200, 200));
        rows.add(list("decision log in email", "/pages/viewpage.action?pageId={decisionLog}&outputType=email", 303, 200, 200, 200, 200));
        rows.add(row("read the page (content API)", "GET", "/rest/api/content/{page}?expand=body.storage", null, 401, 404, 200, 200, 200));
        rows.add(row("edit the page (content API, stale version)", "PUT", "/rest/api/content/{page}",
                "{\"type\":\"page\",\"title\":\"x\",\"version\":{\"number\":1},\"body\":{\"storage\":{\"value\":\"<p>x</p>\",\"representation\":\"storage\"}}}",
                401, 404, 403, 409, 409));
        // Send minutes: editors preview and send, viewers see what was sent; a page one may not view is not found.
        rows.add(row("preview the minutes", "POST", API + "/pages/{page}/memos/{memoKey}/send", "{\"preview\":true}", 401, 404, 403, 200, 200));
        rows.add(row("preview a missing memo's minutes", "POST", API + "/pages/{page}/memos/no-such-memo/send", "{\"preview\":true}", 401, 404, 403, 404, 404));
        rows.add(row("list the minutes sent", "GET", API + "/pages/{page}/memos/{memoKey}/sends", null, 401, 404, 200, 200, 200));
        rows.add(row("view the page", "GET", "/pages/viewpage.action?pageId={page}", null, 303, 404, 200, 200, 200));
        rows.add(row("open the editor", "GET", "/pages/editpage.action?pageId={page}", null, 303, 404, 404, 200, 200));
        return rows;
    }

    private static TestHost test;
    private static URI base;
    private static Map<String, String> values = new LinkedHashMap<>();
    private static Set<String> secretIds;

    @BeforeAll
    static void start() throws Exception {
        test = TestHost.startOnH2();
        base = test.host.baseUri();
        long page = restrictedPage("Matriisisivu " + MARK);
        JsonNode items = Http.get(base, "admin", LIST + "?status=all&pageId=" + page).json().get("items");
        assertEquals(4, items.size(), items.toString());
        values.put("{page}", String.valueOf(page));
        values.put("{memoKey}", Http.get(base, "admin", API + "/pages/" + page + "/memos").json().at("/memos/0/key").asText());
        secretIds = new java.util.HashSet<>();
        for (JsonNode item : items) {
            secretIds.add(item.get("id").asText());
            String assignee = item.get("assignee").isNull() ? "" : item.at("/assignee/username").asText();
            if (assignee.equals("eeva")) {
                values.put("{eevaItem}", item.get("id").asText());
                values.put("{eevaVersion}", item.get("version").asText());
            } else if (assignee.isEmpty() && !values.containsKey("{item}")) {
                values.put("{item}", item.get("id").asText());
                values.put("{version}", item.get("version").asText());
            }
        }
        values.put("{missing}", "987654");
        values.put("{decision}", Http.get(base, "admin", API + "/decisions?tag=matriisi").json().at("/decisions/0/id").asText());
        values.put("{decisionLog}", test.createPage("REITITIN", "Päätösloki kaikille", "<ac:structured-macro ac:name=\"decision-log\">"
                + "<ac:parameter ac:name=\"pageSize\">50</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"decision-log\"><ac:parameter ac:name=\"tag\">matriisi</ac:parameter>"
                + "<ac:parameter ac:name=\"spaces\">" + SPACE + "</ac:parameter></ac:structured-macro>"));
        String register = "<ac:structured-macro ac:name=\"action-register\"><ac:parameter ac:name=\"status\">all</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"action-register\"><ac:parameter ac:name=\"series\">kuukausisarja</ac:parameter>"
                + "<ac:parameter ac:name=\"spaces\">" + SPACE + "</ac:parameter><ac:parameter ac:name=\"status\">all</ac:parameter></ac:structured-macro>";
        values.put("{register}", test.createPage("REITITIN", "Rekisteri kaikille", register));
        // A series page everybody may view, of the restricted page's series: its memo and items are neither listed nor
        // counted for whoever may not view that page.
        values.put("{seriesPage}", test.createPage("REITITIN", "Kuukausisarjan sivu", "<ac:structured-macro ac:name=\"meeting-series\">"
                + "<ac:parameter ac:name=\"series\">kuukausisarja</ac:parameter><ac:parameter ac:name=\"open-longer-than\">1</ac:parameter>"
                + "</ac:structured-macro>"));
        long changed = Long.parseLong(test.createPage(SPACE, "Muutossarjan muistio", "<ac:structured-macro ac:name=\"meeting-memo\">"
                + "<ac:parameter ac:name=\"title\">Muutos</ac:parameter><ac:parameter ac:name=\"date\">2030-06-02</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">muutossarja</ac:parameter></ac:structured-macro>"));
        test.host.pages().store().restrict(changed, "view", Set.of("sanna", "eeva"));
        test.host.pages().store().restrict(changed, "edit", Set.of("sanna"));
        // It is the series' index page (saving it recorded it so); only the editor may edit it.
        test.host.pages().store().restrict(Long.parseLong(values.get("{seriesPage}")), "edit", Set.of("sanna"));

        test.host.pages().store().ensureSpace(CONTACTS, "Kontaktit");
        test.host.pages().store().limitSpacePermission(CONTACTS, "VIEWSPACE", Set.of("sanna", "eeva"));
        test.host.pages().store().limitSpacePermission(CONTACTS, "EDITSPACE", Set.of("sanna"));
        test.createPage(CONTACTS, "Kontaktimuistio", "<ac:structured-macro ac:name=\"meeting-memo\">"
                + "<ac:parameter ac:name=\"title\">Kontaktit</ac:parameter><ac:parameter ac:name=\"date\">2030-06-03</ac:parameter>"
                + "<ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"memo-guest\"><ac:parameter ac:name=\"name\">" + MARK + " Vieras</ac:parameter>"
                + "<ac:parameter ac:name=\"organisation\">" + MARK + " Oy</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"memo-guest\"><ac:parameter ac:name=\"name\">" + MARK + " Poistettava</ac:parameter>"
                + "</ac:structured-macro></ac:rich-text-body></ac:structured-macro>");
        for (JsonNode person : Http.get(base, "admin", API + "/people?spaceKey=" + CONTACTS).json().get("people")) {
            String name = person.get("name").asText();
            if (name.endsWith("Vieras")) {
                values.put("{contactPerson}", person.get("id").asText());
                values.put("{contactVersion}", person.get("version").asText());
                values.put("{contactOrganisation}", person.get("organisationId").asText());
            } else if (name.endsWith("Poistettava")) {
                values.put("{erasablePerson}", person.get("id").asText());
            }
        }
        assertEquals(3, values.keySet().stream().filter(k -> k.startsWith("{contact")).count(), "the memo's guests are in the register: " + values);
    }

    /** A memo page only sanna and eeva may view and only sanna may edit, with items for eeva, olli and nobody. */
    private static long restrictedPage(String title) throws Exception {
        String memo = "<ac:structured-macro ac:name=\"meeting-memo\"><ac:parameter ac:name=\"title\">" + MARK + " muistio</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2030-06-01</ac:parameter><ac:parameter ac:name=\"series\">kuukausisarja</ac:parameter>"
                + "<ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"due\">2030-06-15</ac:parameter><ac:rich-text-body><p>" + MARK + " ei kenellekään " + title + "</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"eeva\"/></ac:parameter><ac:parameter ac:name=\"due\">2020-01-01</ac:parameter><ac:rich-text-body><p>" + MARK + " Eevalle " + title + "</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"olli\"/></ac:parameter><ac:rich-text-body><p>" + MARK + " Ollille " + title + "</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>" + MARK + " valmis " + title + "</ac:task-body></ac:task></ac:task-list>"
                + "<ac:structured-macro ac:name=\"memo-decision\"><ac:parameter ac:name=\"tags\">matriisi</ac:parameter><ac:rich-text-body><p>" + MARK + " päätös " + title + "</p></ac:rich-text-body></ac:structured-macro>"
                + "</ac:rich-text-body></ac:structured-macro>";
        long page = Long.parseLong(test.createPage(SPACE, title, memo));
        test.host.pages().store().restrict(page, "view", Set.of("sanna", "eeva"));
        test.host.pages().store().restrict(page, "edit", Set.of("sanna"));
        return page;
    }

    @AfterAll
    static void stop() {
        if (test != null) test.close();
    }

    @Test
    void everyCallerGetsTheRightStatusFromEveryEndpointAndNothingLeaks() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, String> before = new LinkedHashMap<>();
        int cases = 0;
        List<String> skipped = new ArrayList<>();
        List<Row> active = new ArrayList<>();
        for (Row row : ROWS) {
            if (row.optional() && !available(row)) {
                skipped.add(row.name());
                continue;
            }
            active.add(row);
            for (int c = 0; c < CALLERS.size(); c++) {
                String caller = CALLERS.get(c);
                Http.Answer answer = call(row, caller);
                cases++;
                int expected = row.expected().get(c);
                if (answer.status() != expected) failures.add(row.name() + " as " + name(caller) + ": expected " + expected + ", got " + answer);
                if (row.leaks() && answer.status() == 200 && !canSee(caller)) {
                    String leak = leak(answer.body());
                    if (leak != null) failures.add(row.name() + " as " + name(caller) + " leaks " + leak + ": " + answer);
                    before.put(row.name() + "|" + caller, normalised(answer.body()));
                }
                if (row.leaks() && answer.status() == 200 && "sanna".equals(caller)) before.put(row.name() + "|sanna", normalised(answer.body()));
            }
        }

        // A second page like the first: whoever may not see it must get exactly the same answers as before.
        restrictedPage("Toinen matriisisivu " + MARK);
        int changedForEditor = 0, leakRows = 0;
        for (Row row : active) {
            if (!row.leaks()) continue;
            leakRows++;
            for (String caller : List.of("olli")) {
                String key = row.name() + "|" + caller;
                if (!before.containsKey(key)) continue;
                String after = normalised(call(row, caller).body());
                cases++;
                if (!after.equals(before.get(key))) failures.add(row.name() + " as " + caller + " changes when a page they cannot see gains items (a count or an item leaks)");
            }
            String editorBefore = before.get(row.name() + "|sanna");
            if (editorBefore != null && !normalised(call(row, "sanna").body()).equals(editorBefore)) changedForEditor++;
        }
        Counts.record("permissions.matrixRows", active.size());
        Counts.record("permissions.matrixCases", cases);
        Counts.record("permissions.skippedRows", skipped.size());
        if (!skipped.isEmpty()) System.out.println("[hardening] rows skipped until their endpoint exists: " + skipped);
        if (!failures.isEmpty()) fail(failures.size() + " wrong answers:\n" + String.join("\n", failures));
        // The second page must actually show up for someone who may see it, or the leak check proves nothing.
        assertNotEquals(0, changedForEditor, "the editor's lists change when the second page is added (" + leakRows + " leak rows)");
    }

    @Test
    void guessingIdsOfItemsOnAPageYouCannotSeeYields404NeverForbidden() throws Exception {
        long highest = 0;
        for (JsonNode item : Http.get(base, "admin", LIST + "?status=all&includeRemoved=true&limit=200").json().get("items")) {
            highest = Math.max(highest, item.get("id").asLong());
        }
        String missingBody = Http.get(base, "olli", LIST + "/" + (highest + 1000)).body().replace(String.valueOf(highest + 1000), "N");
        int guesses = 0;
        for (long id = 1; id <= highest + 5; id++) {
            for (String suffix : List.of("", "/history")) {
                Http.Answer answer = Http.get(base, "olli", LIST + "/" + id + suffix);
                guesses++;
                if (answer.status() == 200) {
                    assertFalse(secretIds.contains(String.valueOf(id)), "olli reads a restricted item: " + answer);
                    continue;
                }
                assertEquals(404, answer.status(), answer.toString());
                assertEquals(missingBody, answer.body().replace(String.valueOf(id), "N"), "a hidden item answers exactly like a missing one");
            }
            Http.Answer put = Http.send(base, "olli", "PUT", LIST + "/" + id + "/status", "{\"status\":\"done\",\"version\":1}", "application/json");
            guesses++;
            if (secretIds.contains(String.valueOf(id))) {
                assertEquals(404, put.status(), "changing a hidden item is 404, not 403: " + put);
                assertEquals(missingBody, put.body().replace(String.valueOf(id), "N"));
            }
        }
        Counts.record("permissions.idGuesses", guesses);
    }

    private static boolean available(Row row) {
        if (row.path().contains("{register}")) {
            return PluginDescriptor.load(PermissionMatrixTest.class.getClassLoader()).macros().stream()
                    .anyMatch(m -> m.name().equals("action-register"));
        }
        return call(row, "admin").status() != 404;
    }

    private static Http.Answer call(Row row, String caller) {
        String path = row.path(), body = row.body();
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace(v.getKey(), v.getValue());
            if (body != null) body = body.replace(v.getKey(), v.getValue());
        }
        return Http.send(base, caller, row.method(), path, body, body == null ? null : "application/json");
    }

    private static boolean canSee(String caller) { return caller != null && !caller.equals("olli"); }

    private static String name(String caller) { return caller == null ? "anonymous" : caller; }

    /** What a caller who may not see the page finds of it in an answer, or null. */
    private static String leak(String body) {
        if (body.contains(MARK) || body.toLowerCase().contains(MARK.toLowerCase())) return "the page's text or titles";
        if (body.contains("Matriisisivu")) return "the page title";
        if (body.trim().startsWith("{")) {
            try {
                for (JsonNode item : TestHost.JSON.readTree(body).path("items")) {
                    if (secretIds.contains(item.get("id").asText())) return "item " + item.get("id");
                }
            } catch (java.io.IOException e) {
                return null;
            }
        }
        return null;
    }

    /** The answer without what changes on its own between two calls (a calendar's time stamps). */
    private static String normalised(String body) {
        return body.replaceAll("(?m)^DTSTAMP[:;].*$", "DTSTAMP");
    }
}
