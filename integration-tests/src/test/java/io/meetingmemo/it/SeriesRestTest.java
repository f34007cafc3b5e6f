package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /rest/meeting-memo/1.0/series} end to end on the preview host: series are known from the memos that name
 * them and listed only to callers who may view one of their memos; a series' memos and open items are those lists
 * with the series fixed, permission-filtered before paging; {@code PATCH} renames a series and sets its cadence and
 * defaults, JSON only, with 409 for a stale version and 403 for readers who may not edit; bad keys, cadences and
 * fields are 400s with their reason; a memo whose series key has odd characters shows the problem and keeps its items.
 */
class SeriesRestTest {
    private static final String API = "/rest/meeting-memo/1.0/series";
    private static final String OPEN = "ohjausryhma";
    private static final String SECRET = "salainen-sarja";

    private static TestHost test;

    @BeforeAll
    static void start() throws Exception {
        test = TestHost.startOnH2();
        test.createPage("EDUFUTURA", "Ohjaus 1", memo("o1", "Ohjaus tammikuu", "2030-01-10", OPEN, 2));
        test.createPage("EDUFUTURA", "Ohjaus 2", memo("o2", "Ohjaus helmikuu", "2030-02-10", OPEN, 1));
        String restrictedOpen = test.createPage("REITITIN", "Ohjaus 3", memo("o3", "Ohjaus maaliskuu", "2030-03-10", OPEN, 1));
        test.host.pages().store().restrict(Long.parseLong(restrictedOpen), "view", Set.of("sanna"));
        String secret = test.createPage("EDUFUTURA", "Salainen 1", memo("x1", "Salainen", "2030-01-05", SECRET, 1));
        test.host.pages().store().restrict(Long.parseLong(secret), "view", Set.of("sanna"));
    }

    @AfterAll
    static void stop() {
        if (test != null) test.close();
    }

    static String memo(String id, String title, String date, String series, int actions) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < actions; i++) {
            body.append("<ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"").append(id).append("-a").append(i)
                    .append("\"><ac:rich-text-body><p>").append(title).append(" tehtävä ").append(i).append("</p></ac:rich-text-body></ac:structured-macro>");
        }
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">" + series + "</ac:parameter>"
                + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static String path(String key) { return API + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"); }

    private static int anonymous(String method, String path, String json) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(test.host.baseUri().resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        return TestHost.HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static List<String> keys(String user, String query) throws Exception {
        List<String> keys = new ArrayList<>();
        test.as(user).json("GET", API + "?" + query, null, 200).get("series").forEach(s -> keys.add(s.get("key").asText()));
        return keys;
    }

    @Test
    void aSeriesIsListedToCallersWhoMayViewOneOfItsMemos() throws Exception {
        List<String> eeva = keys("eeva", "limit=200");
        assertTrue(eeva.contains(OPEN), eeva.toString());
        assertFalse(eeva.contains(SECRET), "all of its memos are on a page eeva may not view");
        assertTrue(keys("sanna", "limit=200").contains(SECRET));
        assertEquals(eeva.stream().sorted().toList(), eeva, "by key");
        assertEquals(List.of(OPEN), keys("eeva", "spaceKey=EDUFUTURA&limit=200").stream().filter(k -> k.equals(OPEN) || k.equals(SECRET)).toList());

        // Paging one series at a time gives the same list, each series once.
        List<String> paged = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = test.as("eeva").json("GET", API + "?limit=1" + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)), null, 200);
            page.get("series").forEach(s -> paged.add(s.get("key").asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null && paged.size() < 100);
        assertEquals(eeva, paged);
    }

    @Test
    void aSeriesShowsItsLatestVisibleMemoAndItsNextMeetingDay() throws Exception {
        JsonNode series = test.as("eeva").json("GET", path(OPEN), null, 200);
        assertEquals(OPEN, series.get("name").asText(), "nobody named it: its key");
        assertEquals("none", series.get("cadence").asText());
        assertFalse(series.get("stored").asBoolean());
        assertEquals(0, series.get("version").asInt());
        assertEquals("Ohjaus helmikuu", series.at("/latestMemo/title").asText(), "the March memo is on a page eeva may not view");
        assertEquals("Ohjaus maaliskuu", test.as("sanna").json("GET", path(OPEN), null, 200).at("/latestMemo/title").asText());
        assertEquals("EDUFUTURA", series.get("spaceKey").asText());
        assertEquals(LocalDate.now().toString(), series.get("nextMeetingDate").asText(), "without a cadence, today");

        assertEquals(404, test.as("eeva").send("GET", path(SECRET), null, null).statusCode(), "as unknown as an unknown one");
        assertEquals(404, test.as("eeva").send("GET", path("ei-ole"), null, null).statusCode());
        assertEquals(401, anonymous("GET", path(OPEN), null));
        var bad = test.as("eeva").send("GET", API + "/a%3Cb", null, null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("may not contain"), bad.body());
    }

    @Test
    void aSeriesMemosAndOpenItemsAreThoseTheCallerMayView() throws Exception {
        JsonNode memos = test.as("eeva").json("GET", path(OPEN) + "/memos", null, 200).get("memos");
        assertEquals(List.of("Ohjaus helmikuu", "Ohjaus tammikuu"), memos.findValuesAsText("title"));
        assertEquals(3, test.as("sanna").json("GET", path(OPEN) + "/memos", null, 200).get("memos").size());

        JsonNode items = test.as("eeva").json("GET", path(OPEN) + "/open-items", null, 200).get("items");
        assertEquals(3, items.size(), items.toString());
        items.forEach(i -> assertEquals(OPEN, i.at("/memo/series").asText()));
        assertEquals(4, test.as("sanna").json("GET", path(OPEN) + "/open-items", null, 200).get("items").size());
        assertEquals(1, test.as("eeva").json("GET", path(OPEN) + "/open-items?q=helmikuu", null, 200).get("items").size(),
                "the item list's filters");
        assertEquals(400, test.as("eeva").send("GET", path(OPEN) + "/open-items?series=muu", null, null).statusCode());
        assertEquals(400, test.as("eeva").send("GET", path(OPEN) + "/open-items?status=kesken", null, null).statusCode());
        assertEquals(404, test.as("eeva").send("GET", path(SECRET) + "/open-items", null, null).statusCode());
    }

    @Test
    void patchRenamesSetsCadenceAndDefaultsAndRefusesAStaleVersion() throws Exception {
        String key = "viikkopalaveri";
        test.createPage("EDUFUTURA", "Viikko 1", memo("v1", "Viikkopalaveri", LocalDate.now().minusDays(3).toString(), key, 1));
        ObjectNode change = TestHost.JSON.createObjectNode().put("version", 0).put("name", "Viestinnän viikkopalaveri")
                .put("cadence", "weekly").put("defaultPlace", "Agora");
        change.putArray("defaultAttendees").add("sanna").add("mikko");
        change.putArray("defaultGuests").add("Liisa Lahtinen (Metropolia)");
        JsonNode saved = test.as("eeva").json("PATCH", path(key), change, 200);
        assertEquals("Viestinnän viikkopalaveri", saved.get("name").asText());
        assertEquals("weekly", saved.get("cadence").asText());
        assertEquals(1, saved.get("version").asInt());
        assertTrue(saved.get("stored").asBoolean());
        assertEquals("Agora", saved.get("defaultPlace").asText());
        assertEquals(List.of("sanna", "mikko"), saved.get("defaultAttendees").findValuesAsText("username"));
        assertEquals("Liisa Lahtinen (Metropolia)", saved.at("/defaultGuests/0").asText());
        assertEquals(LocalDate.now().plusDays(4).toString(), saved.get("nextMeetingDate").asText(), "a week after the last memo");

        // Someone who read version 0 too.
        var stale = test.as("mikko").send("PATCH", path(key), "{\"version\":0,\"name\":\"Toinen nimi\"}", "application/json");
        assertEquals(409, stale.statusCode());
        JsonNode conflict = TestHost.JSON.readTree(stale.body());
        assertEquals(1, conflict.at("/current/version").asInt());
        assertEquals("Viestinnän viikkopalaveri", conflict.at("/current/name").asText(), "the current series, for the caller to redo");

        // A rename: the memos and items follow, as they name the key.
        JsonNode renamed = test.as("mikko").json("PATCH", path(key), TestHost.JSON.createObjectNode().put("version", 1).put("name", "Viikko"), 200);
        assertEquals("Viikko", renamed.get("name").asText());
        assertEquals("weekly", renamed.get("cadence").asText(), "what the change leaves out stays");
        assertEquals(1, test.as("mikko").json("GET", path(key) + "/open-items", null, 200).get("items").size());
        assertEquals("Viikko", test.as("eeva").json("GET", API + "?limit=200", null, 200).get("series").findValues("name").stream()
                .map(JsonNode::asText).filter(n -> n.equals("Viikko")).findFirst().orElse(null));

        // Clearing the place.
        JsonNode cleared = test.as("mikko").json("PATCH", path(key), TestHost.JSON.readTree("{\"version\":2,\"defaultPlace\":null}"), 200);
        assertTrue(cleared.get("defaultPlace").isNull());
    }

    @Test
    void patchIsRefusedWithTheReason() throws Exception {
        String key = "virheellinen-muutos";
        String page = test.createPage("EDUFUTURA", "Virhe 1", memo("e1", "Virheet", "2030-05-05", key, 0));
        TestHost.Client eeva = test.as("eeva");
        for (String[] bad : new String[][]{
                {"{\"version\":0,\"cadence\":\"joskus\"}", "cadence \"joskus\" is not one of none, weekly, biweekly, monthly"},
                {"{\"version\":0,\"cadence\":7}", "cadence must be a string"},
                {"{\"name\":\"x\"}", "version is required"},
                {"{\"version\":\"0\"}", "version must be a whole number"},
                {"{\"version\":0,\"colour\":\"red\"}", "unknown field \"colour\""},
                {"{\"version\":0,\"name\":\"  \"}", "name must not be empty"},
                {"{\"version\":0,\"name\":\"" + "n".repeat(201) + "\"}", "name must be at most 200 characters"},
                {"{\"version\":0,\"defaultAttendees\":[\"nobody-here\"]}", "no user with username or key \"nobody-here\""},
                {"{\"version\":0,\"defaultGuests\":\"Liisa\"}", "defaultGuests must be a list of strings"},
                {"{\"version\":0,\"indexPageId\":-4}", "indexPageId must be a page id"},
                {"{\"version\":0,\"indexPageId\":999999999}", "indexPageId 999999999 is no page you may edit"},
                {"null", "send {\"version\":N"}}) {
            var response = eeva.send("PATCH", path(key), bad[0], "application/json");
            assertEquals(400, response.statusCode(), bad[0] + " → " + response.body());
            assertTrue(response.body().contains(bad[1].replace("\"", "\\\"")), bad[0] + " → " + response.body());
        }
        assertEquals(415, eeva.send("PATCH", path(key), "version=0&name=x", "application/x-www-form-urlencoded").statusCode());
        assertEquals(415, eeva.send("PATCH", path(key), null, null).statusCode(), "no Content-Type, no body: refused before the resource");
        assertEquals(400, eeva.send("PATCH", path(key), "", "application/json").statusCode(), "an empty JSON body");
        assertEquals(404, eeva.send("PATCH", path("ei-ole"), "{\"version\":0,\"name\":\"x\"}", "application/json").statusCode());
        assertEquals(401, anonymous("PATCH", path(key), "{\"version\":0,\"name\":\"x\"}"));

        // A reader who may view the memo but not edit it.
        test.host.pages().store().restrict(Long.parseLong(page), "edit", Set.of("sanna"));
        var forbidden = eeva.send("PATCH", path(key), "{\"version\":0,\"name\":\"x\"}", "application/json");
        assertEquals(403, forbidden.statusCode(), forbidden.body());
        assertEquals(200, test.as("sanna").send("PATCH", path(key), "{\"version\":0,\"name\":\"Sannan nimi\"}", "application/json").statusCode());
        assertEquals(key, eeva.json("GET", path(key), null, 200).get("key").asText());
        assertEquals("Sannan nimi", eeva.json("GET", path(key), null, 200).get("name").asText(), "nothing of the refused changes stored");
    }

    @Test
    void aMemoWhoseSeriesKeyHasOddCharactersShowsTheProblemAndKeepsItsItems() throws Exception {
        String page = test.createPage("EDUFUTURA", "Vino sarja", memo("w1", "Vino", "2030-06-06", "sarja/2030?", 2));
        String html = test.as("eeva").html("/pages/viewpage.action?pageId=" + page);
        int note = html.indexOf("mm-missing");
        assertTrue(note > 0, "the memo lists what it is missing");
        String missing = html.substring(note, html.indexOf("</div>", note));
        assertTrue(missing.contains("sarja/2030?") && (missing.contains("sarjan tunnus") || missing.contains("a series key")),
                "the author sees why, in the reader's language: " + missing);
        JsonNode memos = test.as("eeva").json("GET", "/rest/meeting-memo/1.0/pages/" + page + "/memos", null, 200);
        assertTrue(memos.get("problems").toString().contains("is not a series key"), memos.toString());
        JsonNode items = test.as("eeva").json("GET", "/rest/meeting-memo/1.0/action-items?pageId=" + page, null, 200).get("items");
        assertEquals(2, items.size(), "nothing lost: the items are tracked");
        items.forEach(i -> assertTrue(i.at("/memo/series").isNull(), "in no series until the key is fixed: " + i));
    }

    @Test
    void twoMemosOfOneSeriesAndDayOnAPageAreBothKeptAndTheSecondSaysSo() throws Exception {
        String page = test.createPage("EDUFUTURA", "Kaksi samaa", memo("d1", "Aamu", "2030-07-01", "tuplasarja", 1)
                + memo("d2", "Ilta", "2030-07-01", "tuplasarja", 1));
        String html = test.as("eeva").html("/pages/viewpage.action?pageId=" + page);
        int second = html.indexOf("Ilta");
        assertTrue(html.indexOf("\u00e4ll\u00e4 sivulla yll\u00e4 oleva muistio &quot;Aamu&quot;") > 0 || html.indexOf("memo &quot;Aamu&quot; above") > 0,
                "the second memo names the first: " + html.substring(second, Math.min(html.length(), second + 1500)));
        assertEquals(1, html.split("&quot;tuplasarja&quot;:").length - 1, "only the second memo notes it");
        JsonNode problems = test.as("eeva").json("GET", "/rest/meeting-memo/1.0/pages/" + page + "/memos", null, 200).get("problems");
        assertTrue(problems.toString().contains("is a second memo of series \\\"tuplasarja\\\" on 2030-07-01"), problems.toString());
        assertEquals(2, test.as("eeva").json("GET", path("tuplasarja") + "/open-items", null, 200).get("items").size(), "nothing lost");

        // A year of meetings on one page, as teams keep them: no problem.
        String year = test.createPage("EDUFUTURA", "Vuoden kokoukset", memo("y1", "Tammikuu", "2030-01-07", "vuosisivu", 1)
                + memo("y2", "Helmikuu", "2030-02-04", "vuosisivu", 1));
        assertEquals(0, test.as("eeva").json("GET", "/rest/meeting-memo/1.0/pages/" + year + "/memos", null, 200).get("problems").size());
        assertFalse(test.as("eeva").html("/pages/viewpage.action?pageId=" + year).contains("&quot;vuosisivu&quot;:"));
    }

    @Test
    void aSeriesPageBecomesTheIndexPageWhereNextMeetingsGo() throws Exception {
        String key = "etusivusarja";
        test.createPage("EDUFUTURA", "Etusivusarja 1", memo("e1", "Etusivusarja", "2030-08-01", key, 1));
        String index = test.createPage("EDUFUTURA", "Etusivusarjan kokoukset", "<ac:structured-macro ac:name=\"meeting-series\">"
                + "<ac:parameter ac:name=\"series\">" + key + "</ac:parameter></ac:structured-macro>");
        JsonNode series = test.as("eeva").json("GET", path(key), null, 200);
        assertEquals(Long.parseLong(index), series.get("indexPageId").asLong(), "the page showing the series is its index page");
        String html = test.as("eeva").html("/pages/viewpage.action?pageId=" + index);
        assertTrue(html.contains("mm-next-meeting") && html.contains("data-page-id=\"" + index + "\""), "the series page has the button");
        JsonNode placement = test.as("eeva").json("GET", "/rest/meeting-memo/1.0/next-meeting?series=" + key + "&pageId=" + index, null, 200);
        assertEquals(Long.parseLong(index), placement.get("parentPageId").asLong(), "the next memo goes under the series page");
    }
}
