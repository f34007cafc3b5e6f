package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decision log end to end on the preview host with its demo content: the decision written in the EduFutura memo
 * appears in the demo's decision-log page and in the CSV of the same selection, linked to its memo; the REST API
 * filters, pages, refuses bad filters with the reason and never shows a decision of a page the caller may not view.
 */
class DecisionLogEndToEndTest {
    private static final String API = "/rest/meeting-memo/1.0/decisions";
    private static final String STUDIA = "EduFutura osallistuu Studia-messuille yhteisellä osastolla.";
    private static final String BUDGET = "Messuosaston kulut jaetaan tasan neljän organisaation kesken.";
    private static final String REITITIN = "Yrityksiä lähestytään yhdessä sovitulla tarjonnalla; Petri hoitaa ensimmäiset yhteydenotot.";
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static String memoPageUrl() {
        return test.host.baseUri().toString().replaceAll("/$", "") + "/pages/viewpage.action?pageId="
                + test.pageId("EDUFUTURA", "Viestintätiimin kokous 2026-11-16");
    }

    @Test
    void theEduFuturaMemosDecisionIsInTheDemosDecisionLogLinkedToItsMemo() throws Exception {
        String html = test.as("mikko").html("/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Päätösloki"));
        assertTrue(html.contains("<td class=\"mm-decision-text\">" + STUDIA + "</td>"), html);
        assertTrue(html.contains("<span class=\"mm-decision-tag\">studia</span><span class=\"mm-decision-tag\">messut</span>"),
                "its tags, as normalised");
        assertTrue(html.contains("Päätösloki"), "the Finnish labels");
        int link = html.indexOf("href=\"" + memoPageUrl() + "#mm-memo-");
        assertTrue(link > 0, "the row links to its memo's page, at the memo: " + html);
        String anchor = html.substring(html.indexOf('#', link) + 1, html.indexOf('"', html.indexOf('#', link)));
        String memoPage = test.as("mikko").html(memoPageUrl().substring(memoPageUrl().indexOf("/pages/")));
        assertTrue(memoPage.contains(" id=\"" + anchor + "\""), "the memo's section carries that anchor");
        assertTrue(html.contains("href=\"/rest/meeting-memo/1.0/decisions.csv?spaceKey=EDUFUTURA\""), "a CSV link of the same selection");
        assertTrue(html.contains(BUDGET), "mikko may view the restricted memo");

        String eeva = test.as("eeva").html("/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Päätösloki"));
        assertTrue(eeva.contains(STUDIA));
        assertFalse(eeva.contains(BUDGET), "eeva may not view the restricted memo, so its decision is not in her log");
    }

    @Test
    void theCsvOfTheSameSelectionHoldsTheDecisionWithItsMemoAndLink() throws Exception {
        HttpResponse<String> csv = test.as("sanna").send("GET", API + ".csv?spaceKey=EDUFUTURA&tag=Studia", null, null);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("\uFEFFid,decision,tags,memo,memo date,series,page,space,action items,url", lines[0]);
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[1].contains("," + STUDIA + ",\"studia, messut\",EduFutura-viestintätiimi,2026-11-16,edufutura-comms,"
                + "Viestintätiimin kokous 2026-11-16,EDUFUTURA,,"), lines[1]);
        assertTrue(lines[1].contains(memoPageUrl() + "#mm-memo-"), lines[1]);
        assertEquals("false", csv.headers().firstValue("X-Meeting-Memo-Truncated").orElseThrow());

        String eeva = test.as("eeva").send("GET", API + ".csv?spaceKey=EDUFUTURA", null, null).body();
        assertTrue(eeva.contains(STUDIA));
        assertFalse(eeva.contains(BUDGET), "the CSV is permission-filtered too");
    }

    @Test
    void theApiListsFiltersAndPagesNewestFirstAndLinksTheActionsWrittenInsideADecision() throws Exception {
        String memo = "<ac:structured-macro ac:name=\"meeting-memo\"><ac:parameter ac:name=\"title\">Ohjausryhmä</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-12-03</ac:parameter><ac:parameter ac:name=\"series\">ohjausryhma</ac:parameter>"
                + "<ac:rich-text-body><ac:structured-macro ac:name=\"memo-decision\"><ac:parameter ac:name=\"tags\">CRM</ac:parameter>"
                + "<ac:rich-text-body><p>Yhteinen CRM otetaan käyttöön.</p><ac:structured-macro ac:name=\"memo-action\">"
                + "<ac:rich-text-body><p>Kilpailuta CRM</p></ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"memo-decision\"><ac:rich-text-body><p>Seuraava kokous tammikuussa.</p></ac:rich-text-body>"
                + "</ac:structured-macro></ac:rich-text-body></ac:structured-macro>";
        test.createPage("REITITIN", "Ohjausryhmä 3.12.", memo);

        JsonNode crm = test.as("petri").json("GET", API + "?tag=crm", null, 200).get("decisions");
        assertEquals(1, crm.size(), crm.toString());
        JsonNode d = crm.get(0);
        assertEquals("Yhteinen CRM otetaan käyttöön.", d.get("text").asText());
        assertEquals("ohjausryhma", d.get("memo").get("series").asText());
        assertEquals("2026-12-03", d.get("memo").get("date").asText());
        assertEquals(1, d.get("actionItemIds").size());
        JsonNode action = test.as("petri").json("GET", "/rest/meeting-memo/1.0/action-items/" + d.get("actionItemIds").get(0).asLong(), null, 200);
        assertEquals("Kilpailuta CRM", action.get("text").asText(), "the action written inside the decision");
        assertEquals(d, test.as("petri").json("GET", API + "/" + d.get("id").asLong(), null, 200));

        List<String> texts = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = test.as("sanna").json("GET", API + "?limit=1" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null, 200);
            page.get("decisions").forEach(x -> texts.add(x.get("text").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertEquals(List.of("Yhteinen CRM otetaan käyttöön.", "Seuraava kokous tammikuussa.", BUDGET, STUDIA, REITITIN), texts, "newest meeting first, page by page");
        assertEquals(List.of(STUDIA), textsOf(test.as("sanna").json("GET", API + "?from=2026-11-01&to=2026-11-17&q=STUDIA", null, 200)));
        assertEquals(List.of(BUDGET, STUDIA), textsOf(test.as("sanna").json("GET", API + "?spaceKey=EDUFUTURA&series=edufutura-comms", null, 200)));
    }

    @Test
    void aDecisionOfAPageTheCallerMayNotViewIsNotFoundAndAnonymousCallersAreAskedToLogIn() throws Exception {
        long hidden = test.as("sanna").json("GET", API + "?tag=budjetti", null, 200).get("decisions").get(0).get("id").asLong();
        JsonNode refused = test.as("eeva").json("GET", API + "/" + hidden, null, 404);
        assertEquals("no decision " + hidden, refused.get("message").asText());
        assertEquals(refused.get("message").asText().replace(String.valueOf(hidden), "999999"),
                test.as("eeva").json("GET", API + "/999999", null, 404).get("message").asText(), "the same answer as for no decision at all");
        assertEquals(0, test.as("eeva").json("GET", API + "?tag=budjetti", null, 200).get("decisions").size());
        assertEquals(401, TestHost.HTTP.send(java.net.http.HttpRequest.newBuilder(test.host.baseUri().resolve(API)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void badFiltersAreRefusedWithTheReason() throws Exception {
        for (String[] bad : List.of(
                new String[] {"?from=2026-13-01", "from must be a date as yyyy-MM-dd"},
                new String[] {"?from=2026-12-02&to=2026-12-01", "from must not be after to"},
                new String[] {"?tag=" + "x".repeat(61), "tag must be one tag of at most 60 characters"},
                new String[] {"?q=" + "y".repeat(501), "q must be at most 500 characters"},
                new String[] {"?limit=0", "limit must be a whole number from 1 to 200"},
                new String[] {"?cursor=nonsense", "cursor is not one this API returned"})) {
            JsonNode error = test.as("sanna").json("GET", API + bad[0], null, 400);
            assertTrue(error.get("message").asText().startsWith(bad[1]), bad[0] + " → " + error);
            assertTrue(test.as("sanna").send("GET", API + ".csv" + bad[0].replace("?limit=0", "?to=x").replace("?cursor=nonsense", "?to=x"), null, null)
                    .statusCode() == 400, "the CSV refuses it too: " + bad[0]);
        }
        assertEquals(400, test.as("sanna").send("GET", API + "/abc", null, null).statusCode());
    }

    @Test
    void whereNoScriptRunsTheLogIsRenderedInFullWithoutItsButtonsAndABadFilterIsShownWithTheReason() throws Exception {
        String page = test.createPage("EDUFUTURA", "Päätökset PDF", "<ac:structured-macro ac:name=\"decision-log\">"
                + "<ac:parameter ac:name=\"pageSize\">1</ac:parameter></ac:structured-macro>");
        for (String output : List.of("pdf", "word", "email")) {
            String html = test.as("sanna").html("/pages/viewpage.action?pageId=" + page + "&outputType=" + output);
            assertTrue(html.contains(STUDIA) && html.contains(BUDGET), output + ": every decision, not the first page of one");
            assertFalse(html.contains("mm-decision-more"), output + ": no button where no script runs");
        }
        String screen = test.as("sanna").html("/pages/viewpage.action?pageId=" + page);
        assertTrue(screen.contains("mm-decision-more") && screen.contains("data-next-cursor=\""), "on screen, one page and a button for more");

        String bad = test.createPage("EDUFUTURA", "Päätökset huono", "<ac:structured-macro ac:name=\"decision-log\">"
                + "<ac:parameter ac:name=\"from\">16.11.2026</ac:parameter></ac:structured-macro>");
        String html = test.as("sanna").html("/pages/viewpage.action?pageId=" + bad);
        assertTrue(html.contains("Päätöslokin suodattimia ei voi lukea:</strong> from must be a date as yyyy-MM-dd"), html);
        assertFalse(html.contains(STUDIA));
    }

    private static List<String> textsOf(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.get("decisions").forEach(d -> texts.add(d.get("text").asText()));
        return texts;
    }
}
