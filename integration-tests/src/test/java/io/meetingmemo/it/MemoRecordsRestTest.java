package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /rest/meeting-memo/1.0/memos} end to end on the preview host: memos saved through Confluence's content
 * API are listed newest first with their header, people, counts and tracked actions; filters by space, series and
 * days; keyset paging through {@code next}; memos of pages the caller may not view are left out before paging; trash,
 * restore and purge; and every malformed filter is a 400 with its reason.
 */
class MemoRecordsRestTest {
    private static final String MEMOS = "/rest/meeting-memo/1.0/memos";
    private static final String SERIES = "rajapintasarja";

    private static TestHost test;
    private static String restricted;

    @BeforeAll
    static void start() throws Exception {
        test = TestHost.startOnH2();
        test.createPage("EDUFUTURA", "Sarja 1", memo("s1", "Ensimmäinen", "2030-01-10", "sanna", false, 2));
        test.createPage("EDUFUTURA", "Sarja 2", memo("s2", "Toinen", "2030-01-20", "mikko", true, 1));
        test.createPage("REITITIN", "Sarja 3", memo("s3", "Kolmas", "2030-01-30", null, true, 0));
        test.createPage("EDUFUTURA", "Sarja ilman päivää", memo("s4", "Päivätön", null, null, true, 0));
        restricted = test.createPage("EDUFUTURA", "Sarja salainen", memo("s5", "Salainen", "2030-01-25", "sanna", true, 3));
        test.host.pages().store().restrict(Long.parseLong(restricted), "view", Set.of("sanna"));
    }

    @AfterAll
    static void stop() {
        if (test != null) test.close();
    }

    /** A memo of the series with that many actions, none assigned. */
    private static String memo(String id, String title, String date, String minutesBy, boolean carryOver, int actions) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < actions; i++) {
            body.append("<ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"").append(id).append("-a").append(i)
                    .append("\"><ac:rich-text-body><p>").append(title).append(" tehtävä ").append(i).append("</p></ac:rich-text-body></ac:structured-macro>");
        }
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + (date == null ? "" : "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter>")
                + "<ac:parameter ac:name=\"time\">09:00-10:00</ac:parameter><ac:parameter ac:name=\"location\">Agora</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">" + SERIES + "</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"sanna\"/><ri:user ri:username=\"eeva\"/></ac:parameter>"
                + (minutesBy == null ? "" : "<ac:parameter ac:name=\"minutes-by\"><ri:user ri:username=\"" + minutesBy + "\"/></ac:parameter>")
                + (carryOver ? "" : "<ac:parameter ac:name=\"carry-over\">false</ac:parameter>")
                + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static List<String> titles(String user, String query) throws Exception {
        List<String> titles = new ArrayList<>();
        test.as(user).json("GET", MEMOS + "?" + query, null, 200).get("memos").forEach(m -> titles.add(m.get("title").asText()));
        return titles;
    }

    @Test
    void memosAreListedNewestFirstWithTheirHeaderPeopleAndCounts() throws Exception {
        JsonNode memos = test.as("eeva").json("GET", MEMOS + "?series=" + SERIES, null, 200).get("memos");
        assertEquals(List.of("Kolmas", "Toinen", "Ensimmäinen", "Päivätön"), memos.findValuesAsText("title"),
                "newest first, the undated last, the restricted page's memo not at all");
        JsonNode first = memos.get(2);
        assertEquals("2030-01-10", first.get("date").asText());
        assertEquals("09:00-10:00", first.get("time").asText());
        assertEquals("Agora", first.get("location").asText());
        assertEquals(SERIES, first.get("series").asText());
        assertEquals("s1", first.get("key").asText());
        assertEquals("EDUFUTURA", first.get("spaceKey").asText());
        assertEquals("Sarja 1", first.get("pageTitle").asText());
        assertTrue(first.get("url").asText().endsWith("/pages/viewpage.action?pageId=" + first.get("pageId").asText()));
        assertEquals("sanna", first.at("/minutesBy/username").asText());
        assertEquals("Sanna Virtanen", first.at("/minutesBy/displayName").asText());
        assertFalse(first.get("carryOver").asBoolean(), "this memo opted out");
        assertTrue(memos.get(0).get("carryOver").asBoolean());
        assertTrue(memos.get(0).get("minutesBy").isNull());
        assertTrue(memos.get(3).get("date").isNull());
        JsonNode counts = first.get("counts");
        assertEquals(2, counts.get("present").asInt());
        assertEquals(0, counts.get("absent").asInt());
        assertEquals(2, counts.get("actions").asInt());
        assertEquals(2, counts.get("actionsOpen").asInt());
        assertEquals(0, counts.get("actionsDone").asInt());

        assertEquals(List.of("Kolmas", "Salainen", "Toinen", "Ensimmäinen", "Päivätön"), titles("sanna", "series=" + SERIES),
                "sanna may view the restricted page");
    }

    @Test
    void filtersSelectBySpacesSeriesAndDays() throws Exception {
        assertEquals(List.of("Kolmas"), titles("sanna", "series=" + SERIES + "&spaceKey=REITITIN"));
        assertEquals(List.of("Kolmas", "Salainen", "Toinen", "Ensimmäinen", "Päivätön"),
                titles("sanna", "series=" + SERIES + "&spaceKey=REITITIN&spaceKey=EDUFUTURA"));
        assertEquals(List.of("Salainen", "Toinen"), titles("sanna", "series=" + SERIES + "&from=2030-01-15&to=2030-01-25"));
        assertEquals(List.of("Toinen", "Ensimmäinen"), titles("sanna", "series=" + SERIES + "&to=2030-01-20&spaceKey=EDUFUTURA"),
                "a memo without a date is on no day");
        assertEquals(List.of(), titles("sanna", "series=ei-tallaista"));
        test.createPage("REITITIN", "Ilman sarjaa", memo("ns1", "Sarjaton", "2032-04-04", null, true, 0).replace(
                "<ac:parameter ac:name=\"series\">" + SERIES + "</ac:parameter>", ""));
        List<String> alone = titles("admin", "withoutSeries=true&limit=200");
        assertTrue(alone.contains("Sarjaton"), alone.toString());
        assertTrue(alone.stream().noneMatch(t -> List.of("Kolmas", "Salainen", "Toinen", "Ensimmäinen", "Päivätön").contains(t)),
                "no memo of a series: " + alone);
        assertTrue(titles("admin", "").size() > 5, "without filters, the demo's memos too");
    }

    @Test
    void pagesFollowNextAndHoldOnlyWhatTheCallerMayView() throws Exception {
        for (String user : List.of("eeva", "sanna")) {
            List<String> seen = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                JsonNode page = test.as(user).json("GET", MEMOS + "?series=" + SERIES + "&limit=2"
                        + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)), null, 200);
                assertTrue(page.get("memos").size() == 2 || page.get("next").isNull(), "full pages until the last: " + page);
                page.get("memos").forEach(m -> seen.add(m.get("title").asText()));
                next = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            } while (next != null && pages < 10);
            assertEquals(titles(user, "series=" + SERIES), seen, user);
            assertEquals(user.equals("sanna") ? 3 : 2, pages, user);
        }
    }

    @Test
    void trackedActionsAreCountedAsTheyAreNow() throws Exception {
        JsonNode items = test.as("admin").json("GET", "/rest/meeting-memo/1.0/action-items?q=" + URLEncoder.encode("Toinen tehtävä 0", StandardCharsets.UTF_8), null, 200).get("items");
        assertEquals(1, items.size(), items.toString());
        ObjectNode done = TestHost.JSON.createObjectNode().put("status", "done").put("version", items.get(0).get("version").asInt());
        test.as("admin").json("PUT", "/rest/meeting-memo/1.0/action-items/" + items.get(0).get("id").asText() + "/status", done, 200);
        JsonNode toinen = test.as("eeva").json("GET", MEMOS + "?series=" + SERIES + "&from=2030-01-20&to=2030-01-20", null, 200).at("/memos/0/counts");
        assertEquals(0, toinen.get("actionsOpen").asInt());
        assertEquals(1, toinen.get("actionsDone").asInt());
        assertEquals(1, toinen.get("actions").asInt());
    }

    @Test
    void trashHidesAMemoRestoreBringsItBackPurgeRemovesIt() throws Exception {
        String id = test.createPage("REITITIN", "Roskiin", memo("r1", "Roskiin menevä", "2031-02-02", null, true, 1));
        TestHost.Client admin = test.as("admin");
        assertEquals(List.of("Roskiin menevä"), titles("admin", "from=2031-02-02&to=2031-02-02"));
        assertEquals(204, admin.send("DELETE", "/rest/api/content/" + id, null, null).statusCode());
        assertEquals(List.of(), titles("admin", "from=2031-02-02&to=2031-02-02"), "in the trash");
        ObjectNode restore = TestHost.JSON.createObjectNode().put("type", "page").put("title", "Roskiin").put("status", "current");
        restore.putObject("version").put("number", 2);
        admin.json("PUT", "/rest/api/content/" + id, restore, 200);
        assertEquals(List.of("Roskiin menevä"), titles("admin", "from=2031-02-02&to=2031-02-02"), "restored");
        assertEquals(204, admin.send("DELETE", "/rest/api/content/" + id, null, null).statusCode());
        assertEquals(204, admin.send("DELETE", "/rest/api/content/" + id + "?status=trashed", null, null).statusCode());
        assertEquals(List.of(), titles("admin", "from=2031-02-02&to=2031-02-02"), "purged");
    }

    @Test
    void aMemoOnABlogPostIsListedAsOneOnAPage() throws Exception {
        ObjectNode post = TestHost.newPage("EDUFUTURA", "Blogimuistio", memo("b1", "Blogissa", "2032-03-03", "mikko", true, 1));
        post.put("type", "blogpost");
        String id = test.as("admin").json("POST", "/rest/api/content", post, 200).get("id").asText();
        JsonNode memos = test.as("eeva").json("GET", MEMOS + "?from=2032-03-03&to=2032-03-03", null, 200).get("memos");
        assertEquals(1, memos.size(), memos.toString());
        assertEquals(id, memos.at("/0/pageId").asText());
        assertEquals("Blogissa", memos.at("/0/title").asText());
        assertEquals(1, memos.at("/0/counts/actionsOpen").asInt());
    }

    @Test
    void malformedFiltersAre400WithTheReason() throws Exception {
        assertBadRequest("series=" + SERIES + "&withoutSeries=true", "give series or withoutSeries=true, not both");
        assertBadRequest("withoutSeries=kyllä", "withoutSeries must be");
        assertBadRequest("from=2030-13-01", "from must be a date as yyyy-MM-dd");
        assertBadRequest("to=1.1.2030", "to must be a date as yyyy-MM-dd");
        assertBadRequest("from=0001-01-01", "from must be a date as yyyy-MM-dd");
        assertBadRequest("from=2030-02-01&to=2030-01-01", "from must not be after to");
        assertBadRequest("limit=0", "limit must be a whole number from 1 to 200");
        assertBadRequest("limit=201", "limit must be a whole number from 1 to 200");
        assertBadRequest("limit=kymmenen", "limit must be a whole number from 1 to 200");
        assertBadRequest("next=ei-kursori", "next is not a position this API returned");
        assertBadRequest("series=" + "x".repeat(1001), "series must be at most 1000 characters");
        assertEquals(200, test.as("eeva").send("GET", MEMOS + "?series=" + "x".repeat(1000), null, null).statusCode());
    }

    private static void assertBadRequest(String query, String reason) throws Exception {
        JsonNode error = test.as("eeva").json("GET", MEMOS + "?" + query, null, 400);
        assertEquals(400, error.get("status").asInt());
        assertTrue(error.get("message").asText().startsWith(reason), query + " → " + error);
    }

    @Test
    void anonymousCallersAreAskedToLogIn() throws Exception {
        var response = TestHost.HTTP.send(java.net.http.HttpRequest.newBuilder(test.host.baseUri().resolve(MEMOS)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
    }
}
