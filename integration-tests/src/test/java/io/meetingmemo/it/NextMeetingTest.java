package io.meetingmemo.it;

import static io.meetingmemo.testsupport.Storage.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Next meeting" over HTTP, as the button's script does it: the app's lookup says where the series' next memo goes,
 * Confluence's create-content REST creates it from the app's next-meeting blueprint, whose context provider fills it
 * from the latest memo for the caller. Bad input (unknown or invalid series, a page the caller may not view, a request
 * without a context) is refused with a clear JSON error and nothing is created.
 */
class NextMeetingTest {
    private static final String CREATE = "/rest/create-dialog/1.0/content-blueprint/create-content";
    private static final String BLUEPRINT = "io.meetingmemo.confluence:next-meeting-blueprint";
    private static TestHost test;
    private static String sannaKey;
    private static String eevaKey;
    private static String mikkoKey;

    @BeforeAll
    static void start() {
        test = TestHost.startOnH2();
        sannaKey = key("sanna");
        eevaKey = key("eeva");
        mikkoKey = key("mikko");
    }

    @AfterAll
    static void stop() { test.close(); }

    private static String key(String username) { return test.host.users().byUsername(username).orElseThrow().key().getStringValue(); }

    private static String memo(String id, String title, String date, String series, String extraParameters, String body) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"" + id + "\"><ac:parameter ac:name=\"title\">" + title
                + "</ac:parameter><ac:parameter ac:name=\"date\">" + date + "</ac:parameter><ac:parameter ac:name=\"series\">" + series
                + "</ac:parameter>" + extraParameters + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static JsonNode placement(String user, String series, String pageId, int status) throws Exception {
        return test.as(user).json("GET", "/rest/meeting-memo/1.0/next-meeting?series=" + URLEncoder.encode(series, StandardCharsets.UTF_8)
                + "&pageId=" + pageId, null, status);
    }

    private static ObjectNode request(JsonNode placement, String series, String pageId) {
        ObjectNode request = TestHost.JSON.createObjectNode();
        request.put("spaceKey", placement.get("spaceKey").asText()).put("moduleCompleteKey", placement.get("moduleCompleteKey").asText())
                .put("title", placement.get("title").asText());
        if (!placement.get("parentPageId").isNull()) request.put("parentPageId", placement.get("parentPageId").asLong());
        request.putObject("context").put("seriesKey", series).put("pageId", pageId);
        return request;
    }

    @Test
    void theNextMemoIsFilledFromTheLatestMemoOfTheSeries() throws Exception {
        LocalDate last = LocalDate.now().minusDays(7);
        String parent = test.createPage("EDUFUTURA", "Hallitus", "<p>Hallituksen kokoukset</p>");
        ObjectNode first = TestHost.newPage("EDUFUTURA", "Hallitus " + last, memo("hb-1", "Hallitus", last.toString(), "Hallitus",
                "<ac:parameter ac:name=\"time\">09:00-10:30</ac:parameter><ac:parameter ac:name=\"location\">Neuvotteluhuone &lt;Kuusi&gt; &amp; sauna</ac:parameter>"
                        + "<ac:parameter ac:name=\"attendees\"><ri:user ri:userkey=\"" + sannaKey + "\"/><ri:user ri:userkey=\"" + eevaKey + "\"/></ac:parameter>"
                        + "<ac:parameter ac:name=\"absent\"><ri:user ri:userkey=\"" + mikkoKey + "\"/></ac:parameter>",
                "<ac:structured-macro ac:name=\"memo-guest\"><ac:parameter ac:name=\"name\">Liisa Vieras</ac:parameter>"
                        + "<ac:parameter ac:name=\"organisation\">Kaupunki</ac:parameter></ac:structured-macro>"
                        + action("hb-1-a", "eeva", null, "Laadi &lt;budjetti&gt; &amp; aikataulu") + action("hb-1-b", "mikko", null, "Kutsu vieraat")));
        first.putArray("ancestors").addObject().put("id", parent);
        String firstId = test.as("admin").json("POST", "/rest/api/content", first, 200).get("id").asText();

        JsonNode placement = placement("mikko", "Hallitus", firstId, 200);
        assertEquals(BLUEPRINT, placement.get("moduleCompleteKey").asText());
        assertEquals("EDUFUTURA", placement.get("spaceKey").asText());
        assertEquals(Long.parseLong(parent), placement.get("parentPageId").asLong(), "under the latest memo's parent");
        assertEquals("Hallitus " + LocalDate.now(), placement.get("title").asText(), "the latest title with today's date (no cadence)");

        JsonNode created = test.as("mikko").json("POST", CREATE, request(placement, "Hallitus", firstId), 200);
        String id = created.get("pageId").asText();
        assertEquals("Hallitus " + LocalDate.now(), created.get("title").asText());
        assertEquals("EDUFUTURA", created.get("spaceKey").asText());
        assertTrue(created.get("url").asText().endsWith("/pages/viewpage.action?pageId=" + id), created.toString());
        assertEquals(created.get("url").asText(), created.get("createSuccessRedirectUrl").asText());
        assertTrue(created.has("indexPage") && created.get("indexPage").isNull());

        JsonNode memo = test.as("mikko").json("GET", "/rest/meeting-memo/1.0/pages/" + id + "/memos", null, 200).get("memos").get(0);
        assertEquals("Hallitus", memo.get("title").asText());
        assertEquals(LocalDate.now().toString(), memo.get("date").asText());
        assertEquals("09:00-10:30", memo.get("time").asText());
        assertEquals("Neuvotteluhuone <Kuusi> & sauna", memo.get("location").asText(), "user text is escaped, not markup");
        assertEquals("Hallitus", memo.get("series").asText());
        assertEquals(mikkoKey, memo.get("minutesBy").get("userKey").asText(), "the creator takes the minutes");
        assertEquals(3, memo.get("attendees").size(), "attendees and absentees of the latest memo: " + memo.get("attendees"));
        memo.get("attendees").forEach(a -> assertTrue(a.get("present").asBoolean(), "all listed as attendees"));
        assertEquals("Liisa Vieras", memo.get("guests").get(0).get("name").asText());
        assertEquals("Kaupunki", memo.get("guests").get(0).get("organisation").asText());
        assertEquals(0, memo.get("actionItems").size(), "the carried items are not copied: they come over live");

        String storage = test.host.pages().store().find(Long.parseLong(id)).orElseThrow().body();
        assertTrue(storage.contains("Laadi &lt;budjetti&gt; &amp; aikataulu"), "the agenda lists the carried items, escaped: " + storage);
        assertFalse(storage.contains("at:"), storage);
        assertEquals(Long.parseLong(parent), test.host.pages().store().find(Long.parseLong(id)).orElseThrow().parentId());
        assertTrue(test.host.pages().store().labels(Long.parseLong(id)).stream().anyMatch(l -> l.name().equals("meeting-memo")),
                "labelled with the blueprint's index key");

        // Again from the new memo: the same day, so the title is made free.
        JsonNode again = placement("mikko", "Hallitus", id, 200);
        assertEquals("Hallitus " + LocalDate.now() + " (2)", again.get("title").asText());
    }

    @Test
    void aSeriesWithAnIndexPageGetsItsNextMemosThereAndItsDefaultsWhenTheLatestMemoHasNone() throws Exception {
        String index = test.createPage("EDUFUTURA", "Tukiryhmän kokoukset", "<p>Sarjan sivu</p>");
        test.host.app().get("seriesRepository", io.meetingmemo.series.domain.SeriesRepository.class).save(new io.meetingmemo.series.domain.Series(
                "Tukiryhmä", "Tukiryhmä", "EDUFUTURA", Long.parseLong(index), "Kirjasto", java.util.List.of(sannaKey),
                java.util.List.of("Vierailija Oy"), io.meetingmemo.series.domain.Cadence.BIWEEKLY, 0));
        LocalDate last = LocalDate.now().minusDays(3);
        String memoId = test.createPage("EDUFUTURA", "Tukiryhmä " + last, memo("tr-1", "Tukiryhmä", last.toString(), "Tukiryhmä", "", "<p>x</p>"));

        // From the index page itself (as the series macro's button), and from the memo: the same placement.
        JsonNode fromIndex = placement("eeva", "Tukiryhmä", index, 200);
        JsonNode fromMemo = placement("eeva", "Tukiryhmä", memoId, 200);
        assertEquals(fromMemo, fromIndex);
        assertEquals(Long.parseLong(index), fromIndex.get("parentPageId").asLong(), "under the series' index page");
        assertEquals(last.plusWeeks(2).toString(), fromIndex.get("date").asText(), "two weeks after the latest memo");

        JsonNode created = test.as("eeva").json("POST", CREATE, request(fromIndex, "Tukiryhmä", index), 200);
        JsonNode memo = test.as("eeva").json("GET", "/rest/meeting-memo/1.0/pages/" + created.get("pageId").asText() + "/memos", null, 200)
                .get("memos").get(0);
        assertEquals("Kirjasto", memo.get("location").asText(), "the series' default place");
        assertEquals(sannaKey, memo.get("attendees").get(0).get("person").get("userKey").asText(), "the series' default attendees");
        assertEquals("Vierailija Oy", memo.get("guests").get(0).get("name").asText(), "the series' default guests");
        assertEquals(Long.parseLong(index), test.host.pages().store().find(created.get("pageId").asLong()).orElseThrow().parentId());
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsCreated() throws Exception {
        String memoId = test.createPage("EDUFUTURA", "Johtoryhmä 2026-11-02", memo("jr-1", "Johtoryhmä", "2026-11-02", "Johtoryhmä", "", ""));
        String secret = test.createPage("EDUFUTURA", "Salainen 2026-11-02", memo("sj-1", "Salainen", "2026-11-02", "Salainen", "", ""));
        test.host.pages().store().restrict(Long.parseLong(secret), "view", Set.of("admin"));
        int pagesBefore = test.host.pages().store().list("EDUFUTURA").size();

        JsonNode unknown = placement("eeva", "Ei ole", memoId, 404);
        assertEquals("Kokoussarjaa \"Ei ole\" ei ole, tai et näe sitä.", unknown.get("message").asText(), "in the reader's language");
        assertEquals(400, placement("eeva", "a/b", memoId, 400).get("status").asInt());
        assertTrue(placement("eeva", "a/b", memoId, 400).get("message").asText().contains("\"a/b\""));
        assertEquals("Sivua " + secret + " ei ole, tai sinulla ei ole oikeutta nähdä sitä.", placement("eeva", "Salainen", secret, 404).get("message").asText());
        assertEquals(404, placement("sanna", "Johtoryhmä", "999999", 404).get("status").asInt());
        assertTrue(placement("sanna", "Johtoryhmä", "abc", 400).get("message").asText().contains("abc"));
        assertEquals(400, test.as("sanna").json("GET", "/rest/meeting-memo/1.0/next-meeting?series=Johtoryhm%C3%A4", null, 400).get("status").asInt());
        assertEquals("Det finns ingen mötesserie \"Ei ole\" som du kan se.", placement("anna", "Ei ole", memoId, 404).get("message").asText());
        assertEquals("There is no meeting series \"Ei ole\" that you can see.", placement("admin", "Ei ole", memoId, 404).get("message").asText());

        // The same refusals from Confluence's create-content REST, in its error shape.
        JsonNode noSeries = create("eeva", "Ei ole", memoId, 404);
        assertEquals(404, noSeries.get("errorCode").asInt());
        assertEquals("Kokoussarjaa \"Ei ole\" ei ole, tai et näe sitä.", noSeries.get("errorMessage").asText());
        assertEquals("INVALID:ENTITY", create("eeva", "<script>", memoId, 400).get("errorType").asText());
        assertEquals("Sivua " + secret + " ei ole, tai sinulla ei ole oikeutta nähdä sitä.", create("eeva", "Salainen", secret, 404).get("errorMessage").asText());
        assertEquals("NOT_FOUND", create("eeva", "Salainen", secret, 404).get("errorType").asText());

        ObjectNode noContext = TestHost.JSON.createObjectNode().put("spaceKey", "EDUFUTURA").put("moduleCompleteKey", BLUEPRINT);
        JsonNode missing = test.as("eeva").json("POST", CREATE, noContext, 400);
        assertEquals("PARAMETER:MISSING", missing.get("errorType").asText());
        assertEquals("series", missing.get("errorData").asText(), missing.toString());
        noContext.putObject("context").put("seriesKey", "Johtoryhmä");
        JsonNode noPage = test.as("eeva").json("POST", CREATE, noContext, 400);
        assertEquals("pageId", noPage.get("errorData").asText());

        // A page of another series is no starting point for this one.
        JsonNode otherSeries = create("eeva", "Johtoryhmä", secret, 404);
        assertEquals("NOT_FOUND", otherSeries.get("errorType").asText(), "eeva may not view the page at all");
        JsonNode notInSeries = create("admin", "Johtoryhmä", secret, 400);
        assertEquals("Page " + secret + " holds no memo of this series.", notInSeries.get("errorMessage").asText());

        assertEquals(pagesBefore, test.host.pages().store().list("EDUFUTURA").size(), "nothing was created");
        assertNull(test.host.pages().store().findByTitle("EDUFUTURA", "Johtoryhmä " + LocalDate.now()).orElse(null));
    }

    private static JsonNode create(String user, String series, String pageId, int status) throws Exception {
        ObjectNode request = TestHost.JSON.createObjectNode().put("spaceKey", "EDUFUTURA").put("moduleCompleteKey", BLUEPRINT);
        request.putObject("context").put("seriesKey", series).put("pageId", pageId);
        return test.as(user).json("POST", CREATE, request, status);
    }
}
