package io.meetingmemo.it;

import static io.meetingmemo.testsupport.Storage.action;
import static io.meetingmemo.testsupport.Storage.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A memo of a series shows the open items of the series' earlier memos above its own actions, by reference:
 * the same tracked items, so closing one anywhere closes it everywhere. Items on pages the reader cannot view are
 * neither shown nor counted; a memo can opt out; other series and later memos carry nothing in.
 */
class CarriedOverItemsTest {
    private static final String SPACE = "EDUFUTURA";
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static String memo(String id, String title, String date, String series, String extraParameters, String... body) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">" + series + "</ac:parameter>" + extraParameters
                + "<ac:rich-text-body>" + String.join("", body) + "</ac:rich-text-body></ac:structured-macro>";
    }

    /** The rows of the carried-over section of a page's memo, as the reader sees it (empty when there is none). */
    private static String carriedSection(String username, String pageId) throws Exception {
        String html = test.as(username).html("/pages/viewpage.action?pageId=" + pageId);
        Matcher section = Pattern.compile("<div class=\"mm-summary mm-actions mm-carried\">(.*?)</table>", Pattern.DOTALL).matcher(html);
        return section.find() ? section.group(1) : "";
    }

    private static int rows(String section) {
        return section.split("mm-carried-row", -1).length - 1;
    }

    @Test
    void theNextMemoOfASeriesShowsTheEarlierMemosOpenItemsAndClosingOneThereClosesItEverywhere() throws Exception {
        String series = "Viestintätiimi";
        String first = test.createPage(SPACE, "Viestintätiimi 2.11.", memo("ct-1", "Viestintätiimi", "2026-11-02", series, "",
                action("ct-1-a", "sanna", "2026-11-20", "Päivitä kampanjasivu"),
                action("ct-1-b", "mikko", null, "Varaa messuosasto"),
                task(1, false, "sanna", null, "Tilaa roll-upit")));
        String second = test.createPage(SPACE, "Viestintätiimi 9.11.", memo("ct-2", "Viestintätiimi", "2026-11-09", series, "",
                action("ct-2-a", "eeva", null, "Kirjoita uutiskirje")));

        String carried = carriedSection("sanna", second);
        assertEquals(3, rows(carried), carried);
        for (String text : Set.of("Päivitä kampanjasivu", "Varaa messuosasto", "Tilaa roll-upit")) assertTrue(carried.contains(text), text);
        assertTrue(carried.contains("pageId=" + first + "\">Viestintätiimi</a>"), "each links the memo it came from: " + carried);
        long days = ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 2), LocalDate.now());
        assertTrue(carried.contains("auki " + days + " päivää"), "days open since that meeting, in the reader's language: " + carried);
        assertTrue(carried.contains("mm-status-toggle"), "inline status change works here too");
        assertEquals(3, carried.split("esillä 1 kokouksessa", -1).length - 1, "each came up at one meeting since: this one: " + carried);
        assertFalse(carried.contains("Kirjoita uutiskirje"), "the memo's own action is not carried into itself");
        for (String output : new String[] {"pdf", "word", "email"}) {
            String staticHtml = test.as("sanna").html("/pages/viewpage.action?pageId=" + second + "&outputType=" + output);
            assertTrue(staticHtml.contains("Tilaa roll-upit"), output + " shows the carried items too");
            assertFalse(staticHtml.contains("mm-status-toggle"), output + " is static: no status buttons");
        }
        assertEquals("", carriedSection("sanna", first), "the first memo of the series carries nothing");

        // Closed from the second memo (the same item), it is done in the first memo and in the register too.
        JsonNode item = test.as("sanna").json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + first + "&q=kampanjasivu", null, 200)
                .get("items").get(0);
        ObjectNode done = TestHost.JSON.createObjectNode().put("status", "done").put("version", item.get("version").asInt());
        test.as("sanna").json("PUT", "/rest/meeting-memo/1.0/action-items/" + item.get("id").asLong() + "/status", done, 200);
        String after = carriedSection("sanna", second);
        assertEquals(2, rows(after), after);
        assertFalse(after.contains("Päivitä kampanjasivu"));
        String third = test.createPage(SPACE, "Viestintätiimi 16.11.", memo("ct-3", "Viestintätiimi", "2026-11-16", series, ""));
        String intoThird = carriedSection("sanna", third);
        assertEquals(3, rows(intoThird), "the two of the first memo still open and the second memo's own: " + intoThird);
        assertTrue(intoThird.contains("Kirjoita uutiskirje"), intoThird);
        assertEquals(2, intoThird.split("esillä 2 kokouksessa", -1).length - 1, "the first memo's two came up at the second and third meetings: " + intoThird);
        assertEquals(1, intoThird.split("esillä 1 kokouksessa", -1).length - 1, "the second memo's one came up at the third: " + intoThird);
    }

    @Test
    void itemsOnPagesTheReaderCannotViewAreNeitherShownNorCounted() throws Exception {
        String series = "Ohjausryhmä";
        String secret = test.createPage(SPACE, "Ohjausryhmä 1.10. (luottamuksellinen)", memo("cs-1", "Ohjausryhmä", "2026-10-01", series, "",
                action("cs-1-a", "mikko", null, "Neuvottele budjetista")));
        test.createPage(SPACE, "Ohjausryhmä 8.10.", memo("cs-2", "Ohjausryhmä", "2026-10-08", series, "",
                action("cs-2-a", "mikko", null, "Kutsu kumppanit")));
        String next = test.createPage(SPACE, "Ohjausryhmä 15.10.", memo("cs-3", "Ohjausryhmä", "2026-10-15", series, ""));
        test.host.pages().store().restrict(Long.parseLong(secret), "view", Set.of("mikko"));

        String forSanna = carriedSection("sanna", next);
        assertEquals(1, rows(forSanna), forSanna);
        assertFalse(forSanna.contains("Neuvottele budjetista"), "an item of a page sanna cannot view");
        assertEquals(2, rows(carriedSection("mikko", next)), "mikko may view both pages");
    }

    @Test
    void aMemoThatOptsOutOrIsOfAnotherSeriesOrHasNoDateCarriesNothing() throws Exception {
        test.createPage(SPACE, "Verkostopäivä 1.9.", memo("co-1", "Verkostopäivä", "2026-09-01", "Verkostopäivät", "",
                action("co-1-a", "anna", null, "Boka lokal")));
        String optedOut = test.createPage(SPACE, "Verkostopäivä 1.10.", memo("co-2", "Verkostopäivä", "2026-10-01", "Verkostopäivät",
                "<ac:parameter ac:name=\"carry-over\">false</ac:parameter>"));
        String otherSeries = test.createPage(SPACE, "Johtoryhmä 1.10.", memo("co-3", "Johtoryhmä", "2026-10-01", "Johtoryhmä", ""));
        String undated = test.createPage(SPACE, "Verkostopäivä ilman päivää", memo("co-4", "Verkostopäivä", "", "Verkostopäivät", ""));
        String carrying = test.createPage(SPACE, "Verkostopäivä 1.11.", memo("co-5", "Verkostopäivä", "2026-11-01", "Verkostopäivät", ""));

        assertEquals("", carriedSection("anna", optedOut), "carry-over=false");
        assertEquals("", carriedSection("anna", otherSeries), "another series");
        assertEquals("", carriedSection("anna", undated), "a memo without a date has no place in the series");
        String carried = carriedSection("anna", carrying);
        assertEquals(1, rows(carried), carried);
        assertTrue(carried.contains("öppen"), "in the reader's language (anna reads Swedish): " + carried);
    }
}
