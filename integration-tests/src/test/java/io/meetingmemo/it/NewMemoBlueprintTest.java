package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Meeting memo" from the Create dialog goes through the app's blueprint and context provider, as in
 * Confluence: the page has today's date, the creator as attendee and minute-taker, headings and hints in
 * the creator's language, a macro id on the memo, no template variable left and no sample action, so
 * nothing is tracked until someone writes an action (review defect 12).
 */
class NewMemoBlueprintTest {
    private static final Pattern BODY = Pattern.compile("<textarea name=\"body\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("name=\"title\" id=\"content-title\" value=\"([^\"]*)\"");
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String[] editor(String user) throws Exception {
        String html = test.as(user).html("/pages/createpage.action?spaceKey=EDUFUTURA&blueprint=meeting-memo-blueprint");
        Matcher body = BODY.matcher(html);
        Matcher title = TITLE.matcher(html);
        assertTrue(body.find() && title.find(), "the editor opens with a title and a body");
        return new String[] {unescape(title.group(1)), unescape(body.group(1))};
    }

    @Test
    void aFinnishCreatorGetsAFinnishMemoForTodayWithHimselfAsMinuteTakerAndNothingTracked() throws Exception {
        String today = LocalDate.now().toString();
        String[] page = editor("sanna");
        assertEquals("Kokousmuistio " + today, page[0]);
        String body = page[1];
        assertFalse(body.contains("at:"), "no template variable is left: " + body);
        assertTrue(body.contains("<ac:parameter ac:name=\"date\">" + today + "</ac:parameter>"), body);
        String sannaKey = test.host.users().byUsername("sanna").orElseThrow().key().getStringValue();
        assertTrue(body.contains("<ac:parameter ac:name=\"minutes-by\"><ri:user ri:userkey=\"" + sannaKey + "\"/></ac:parameter>")
                || body.contains("<ac:parameter ac:name=\"minutes-by\"><ri:user ri:userkey=\"" + sannaKey + "\" /></ac:parameter>"), body);
        assertTrue(body.contains("Esityslista") && body.contains("Toimenpiteet"), "headings in the creator's language");
        assertTrue(body.contains("ac:macro-id=\""), "the memo carries a macro id");
        assertFalse(body.contains("memo-action"), "no sample action");

        String id = test.createPage("EDUFUTURA", page[0], body);
        JsonNode memos = test.as("sanna").json("GET", "/rest/meeting-memo/1.0/pages/" + id + "/memos", null, 200);
        JsonNode memo = memos.get("memos").get(0);
        assertEquals(today, memo.get("date").asText());
        assertEquals("sanna", memo.at("/minutesBy/username").asText(), memo.toString());
        assertEquals(0, memo.get("actionItems").size(), "nothing is tracked until someone writes an action");
        JsonNode items = test.as("sanna").json("GET", "/rest/meeting-memo/1.0/action-items?pageId=" + id + "&status=all", null, 200);
        assertEquals(0, items.get("items").size());
    }

    @Test
    void anEnglishCreatorGetsTheMemoInEnglishAndTheHomePageOffersTheBlueprint() throws Exception {
        String[] page = editor("admin");
        assertTrue(page[0].startsWith("Meeting memo "), page[0]);
        assertTrue(page[1].contains("Agenda") && page[1].contains("Action items"), page[1]);
        String home = test.as("admin").html("/");
        assertTrue(home.contains("blueprint=meeting-memo-blueprint"), "the space lists the Create-dialog entry");
    }

    @Test
    void aBlueprintKeyTheAppDoesNotDeclareOpensNothing() throws Exception {
        int status = test.as("admin").send("GET", "/pages/createpage.action?spaceKey=EDUFUTURA&blueprint=..%2Fatlassian-plugin.xml", null, null).statusCode();
        assertEquals(404, status);
    }
}
