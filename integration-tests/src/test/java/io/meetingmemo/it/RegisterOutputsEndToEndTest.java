package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A register where no script runs (PDF, Word, email) shows every matching row up to a stated limit and
 * says how many more there are; the item JSON says whether the reader may change an item; a mention in
 * an action's text stays in it.
 */
class RegisterOutputsEndToEndTest {
    private static final String API = "/rest/meeting-memo/1.0/action-items";
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static String actions(String prefix, int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            body.append("<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"due\">2027-01-")
                    .append(String.format("%02d", 1 + i % 28)).append("</ac:parameter><ac:rich-text-body><p>")
                    .append(prefix).append(' ').append(i).append("</p></ac:rich-text-body></ac:structured-macro>");
        }
        return body.toString();
    }

    private static String memo(String series, String title, String body) {
        return "<ac:structured-macro ac:name=\"meeting-memo\"><ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-20</ac:parameter><ac:parameter ac:name=\"series\">" + series + "</ac:parameter>"
                + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static String register(String series, int pageSize) {
        return "<ac:structured-macro ac:name=\"action-register\"><ac:parameter ac:name=\"series\">" + series + "</ac:parameter>"
                + "<ac:parameter ac:name=\"pageSize\">" + pageSize + "</ac:parameter></ac:structured-macro>";
    }

    private static int rows(String html) {
        Matcher m = Pattern.compile("<tr class=\"mm-action-row").matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void aStaticRegisterShowsEveryRowUpToItsLimitNotOnlyItsFirstPage() throws Exception {
        test.createPage("EDUFUTURA", "Fifteen actions", memo("fifteen", "Fifteen", actions("Register row", 15)));
        String page = test.createPage("EDUFUTURA", "Fifteen register", register("fifteen", 10));
        for (String output : List.of("pdf", "word", "email")) {
            String html = test.as("sanna").html("/pages/viewpage.action?pageId=" + page + "&outputType=" + output);
            assertEquals(15, rows(html), output + ": all 15 rows, not the first 10");
            assertFalse(html.contains("mm-register-truncated"), output + ": nothing left out, so no note");
        }
    }

    @Test
    void aStaticRegisterOverItsLimitSaysHowManyMoreThereAreAndLinksToItsPage() throws Exception {
        test.createPage("EDUFUTURA", "Many actions", memo("many", "Many", actions("Many row", 205)));
        String page = test.createPage("EDUFUTURA", "Many register", register("many", 25));
        String html = test.as("sanna").html("/pages/viewpage.action?pageId=" + page + "&outputType=pdf");
        assertEquals(200, rows(html), "the stated limit");
        assertTrue(html.contains("Näytetään 200/205 toimenpidettä."), "Finnish note of how many there are");
        assertTrue(html.contains("href=\"" + test.host.baseUri().toString().replaceAll("/$", "") + "/pages/viewpage.action?pageId=" + page + "\""),
                "a link to the register's page");
        String english = test.as("admin").html("/pages/viewpage.action?pageId=" + page + "&outputType=email");
        assertTrue(english.contains("Showing 200 of 205 action items."), "English note");
    }

    @Test
    void theItemJsonSaysWhetherTheReaderMayChangeItsStatus() throws Exception {
        String page = test.createPage("EDUFUTURA", "Restricted edit", memo("edit-only", "Edit",
                "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"eeva\"/></ac:parameter>"
                        + "<ac:rich-text-body><p>Eeva's own</p></ac:rich-text-body></ac:structured-macro>" + actions("Someone else's", 1)));
        test.host.pages().store().restrict(Long.parseLong(page), "edit", Set.of("sanna"));
        JsonNode asEeva = test.as("eeva").json("GET", API + "?pageId=" + page, null, 200).get("items");
        JsonNode asSanna = test.as("sanna").json("GET", API + "?pageId=" + page, null, 200).get("items");
        assertEquals(2, asEeva.size());
        for (int i = 0; i < 2; i++) {
            JsonNode item = asEeva.get(i);
            boolean hers = item.get("text").asText().startsWith("Eeva");
            assertEquals(hers, item.get("canChangeStatus").asBoolean(), item.toString());
            assertTrue(asSanna.get(i).get("canChangeStatus").asBoolean(), "sanna may edit the page");
            int expected = hers ? 200 : 403;
            assertEquals(expected, test.as("eeva").send("PUT", API + "/" + item.get("id").asLong() + "/status",
                    "{\"status\":\"done\",\"version\":" + item.get("version").asInt() + "}", "application/json").statusCode());
        }
        assertTrue(test.as("eeva").json("GET", API + "/" + asEeva.get(0).get("id").asLong(), null, 200).has("canChangeStatus"));
    }

    @Test
    void aMentionInsideAnActionsTextStaysInTheTextAsTheMentionedPerson() throws Exception {
        String page = test.createPage("EDUFUTURA", "Mention memo", memo("mention", "Mentions",
                "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"sanna\"/></ac:parameter>"
                        + "<ac:rich-text-body><p>Ask <ac:link><ri:user ri:username=\"petri\"/></ac:link> to review</p></ac:rich-text-body></ac:structured-macro>"));
        JsonNode item = test.as("sanna").json("GET", API + "?pageId=" + page, null, 200).get("items").get(0);
        assertEquals("Ask @Petri Laitinen to review", item.get("text").asText(), "the JSON shows the mentioned person");
        assertEquals(1, test.as("sanna").json("GET", API + "?pageId=" + page + "&q=" + "@petri", null, 200).get("items").size(),
                "stored as @username, so a search for the mention finds it");
        String view = test.as("sanna").html("/pages/viewpage.action?pageId=" + page);
        assertTrue(view.contains("Ask @Petri Laitinen to review"), "shown with the display name");
        String csv = test.as("sanna").send("GET", API + ".csv?pageId=" + page, null, null).body();
        assertTrue(csv.contains("Ask @Petri Laitinen to review"), csv);
    }

    @Test
    void usernamesAreCaseInsensitiveInAssigneesMentionsAndFilters() throws Exception {
        String page = test.createPage("EDUFUTURA", "Case memo", memo("case", "Case",
                "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"MIKKO\"/></ac:parameter>"
                        + "<ac:rich-text-body><p>Upper-case assignee</p></ac:rich-text-body></ac:structured-macro>"
                        + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                        + "<ac:task-body><ac:link><ri:user ri:username=\"Mikko\"/></ac:link> capitalised mention</ac:task-body></ac:task></ac:task-list>"));
        String mikkoKey = test.host.users().byUsername("mikko").orElseThrow().key().getStringValue();
        JsonNode items = test.as("mikko").json("GET", API + "?pageId=" + page, null, 200).get("items");
        List<String> keys = new ArrayList<>();
        for (JsonNode i : items) keys.add(i.get("assignee").isNull() ? null : i.get("assignee").get("userKey").asText());
        assertEquals(List.of(mikkoKey, mikkoKey), keys);
        assertEquals(2, test.as("mikko").json("GET", API + "?assignee=MIKKO&pageId=" + page, null, 200).get("items").size());
        assertEquals(2, test.as("mikko").json("GET", API + "?assignee=me&pageId=" + page, null, 200).get("items").size(),
                "in mikko's own items");
    }

    @Test
    void aTooLongSearchGetsTheApisJsonError() throws Exception {
        // Longer requests than the server's header limit (8 KB in Tomcat and Grizzly) are refused by the server
        // itself before any app sees them; see docs/security.md.
        HttpResponse<String> response = test.as("sanna").send("GET", API + "?q=" + "a".repeat(5_000), null, null);
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().map().toString());
        assertEquals(400, TestHost.JSON.readTree(response.body()).get("status").asInt());
    }
}
