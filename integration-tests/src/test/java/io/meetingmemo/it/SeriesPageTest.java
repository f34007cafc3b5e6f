package io.meetingmemo.it;

import static io.meetingmemo.testsupport.Storage.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A series page (the {@code meeting-series} macro) as its readers see it in the preview host, on H2 and PostgreSQL:
 * the series' name and cadence, its memos newest first with attendance, decisions and actions open and done, the
 * completion rate, the median time to done and the items open longer than N meetings, each with owner, due date and
 * the memo it came from; a "Next meeting" button on screen only; memos and items of pages the reader may not view
 * neither shown nor counted; clear messages for a series the reader sees nothing of, an invalid key and a bad N.
 */
class SeriesPageTest {
    private static final String SPACE = "EDUFUTURA";
    private static final Pattern MEMO_ROW = Pattern.compile("<tr class=\"mm-series-memo\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern STALE_ROW = Pattern.compile("<tr class=\"mm-action-row mm-series-stale-row[^\"]*\">(.*?)</tr>", Pattern.DOTALL);

    static Stream<Named<Supplier<DatabaseConfig>>> databases() {
        return Stream.of(Named.of("H2", () -> DatabaseConfig.h2Memory("sp" + UUID.randomUUID().toString().replace("-", ""))),
                Named.of("PostgreSQL", PostgresForTests::fresh));
    }

    static String memo(String id, String title, String date, String series, String... body) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + (date == null ? "" : "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter>")
                + "<ac:parameter ac:name=\"series\">" + series + "</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"sanna\"/><ri:user ri:username=\"mikko\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"absent\"><ri:user ri:username=\"eeva\"/></ac:parameter>"
                + "<ac:rich-text-body>" + String.join("", body) + "</ac:rich-text-body></ac:structured-macro>";
    }

    static String decision(String text) {
        return "<ac:structured-macro ac:name=\"memo-decision\"><ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    static String seriesMacro(String series, String openLongerThan) {
        return "<ac:structured-macro ac:name=\"meeting-series\" ac:schema-version=\"1\">"
                + (series == null ? "" : "<ac:parameter ac:name=\"series\">" + series + "</ac:parameter>")
                + (openLongerThan == null ? "" : "<ac:parameter ac:name=\"open-longer-than\">" + openLongerThan + "</ac:parameter>")
                + "</ac:structured-macro>";
    }

    static List<String> rows(Pattern row, String html) {
        List<String> rows = new ArrayList<>();
        Matcher m = row.matcher(html);
        while (m.find()) rows.add(m.group(1).replaceAll("<[^>]+>", "|").replaceAll("\\|[\\s|]*\\|", "|"));
        return rows;
    }

    static void markDone(TestHost test, String pageId, String words) throws Exception {
        JsonNode item = test.as("sanna").json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + pageId + "&q=" + words, null, 200)
                .get("items").get(0);
        ObjectNode done = TestHost.JSON.createObjectNode().put("status", "done").put("version", item.get("version").asInt());
        test.as("sanna").json("PUT", "/rest/meeting-memo/1.0/action-items/" + item.get("id").asLong() + "/status", done, 200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSeriesPageShowsItsMemosAndFollowThroughOfWhatTheReaderMayView(Supplier<DatabaseConfig> db) throws Exception {
        try (TestHost test = TestHost.start(db.get())) {
            String series = "Hallitus";
            String first = test.createPage(SPACE, "Hallitus 1.9.", memo("h1", "Board September", "2026-09-01", series, decision("Budget approved"),
                    action("h1-a", "sanna", "2026-09-15", "Send the budget"), action("h1-b", "mikko", "2026-09-20", "Book the hall")));
            String second = test.createPage(SPACE, "Hallitus 1.10.", memo("h2", "Board October", "2026-10-01", series,
                    action("h2-a", "eeva", null, "Draft the plan")));
            String secret = test.createPage(SPACE, "Hallitus 15.10. (luottamuksellinen)", memo("h3", "Board secret", "2026-10-15", series,
                    decision("Salainen päätös"), action("h3-a", "mikko", null, "Negotiate the salary")));
            String third = test.createPage(SPACE, "Hallitus 1.11.", memo("h4", "Board November", "2026-11-01", series));
            test.createPage(SPACE, "Hallitus ilman päivää", memo("h5", "Board undated", null, series));
            test.createPage(SPACE, "Muu sarja", memo("o1", "Other series", "2026-10-01", "Johtoryhmä", action("o1-a", "sanna", null, "Not this series")));
            markDone(test, first, "budget");
            test.host.pages().store().restrict(Long.parseLong(secret), "view", Set.of("mikko", "admin"));
            String page = test.createPage(SPACE, "Hallituksen kokoukset", "<p>Hallituksen muistiot.</p>" + seriesMacro(series, "1"));

            String html = test.as("admin").html("/pages/viewpage.action?pageId=" + page);
            assertTrue(html.contains("<h2 class=\"mm-memo-title mm-series-name\">Hallitus</h2>"), html);
            assertTrue(html.contains("No fixed schedule"), "an implicit series has no cadence");
            assertEquals(List.of("|Nov 1, 2026|Board November|2|1|0|0|0|", "|Oct 15, 2026|Board secret|2|1|1|1|0|",
                    "|Oct 1, 2026|Board October|2|1|0|1|0|", "|Sep 1, 2026|Board September|2|1|1|1|1|", "|no date|Board undated|2|1|0|0|0|"),
                    rows(MEMO_ROW, html), "newest first, undated last: date, title, present, absent, decisions, open, done");
            assertTrue(html.contains("<a href=\"/pages/viewpage.action?pageId=" + first + "\">Board September</a>"), "each memo links its page");
            assertTrue(html.contains("<strong class=\"mm-series-figure-value\">25%</strong> <span class=\"mm-series-figure-detail\">1 of 4 action items done"),
                    "completion: 1 of 4 for admin: " + html);
            assertTrue(html.contains("Median time to done") && html.contains("from the save that first recorded an item to when it was marked done"));
            assertTrue(html.contains("<strong class=\"mm-series-figure-value\">0 days</strong>"), "done within the day it was saved");
            assertTrue(html.contains("Open longer than 1 meeting"), html);
            List<String> stale = rows(STALE_ROW, html);
            assertEquals(2, stale.size(), "Book the hall (1.9.: came up 1.10., 15.10., 1.11.) and Draft the plan (1.10.: 15.10., 1.11.): " + stale);
            assertTrue(stale.get(0).startsWith("|Book the hall|Mikko Koskinen|Sep 20, 2026|Overdue|Board September|, Sep 1, 2026 · |came up at 3 meetings|"),
                    stale.get(0));
            assertTrue(stale.get(1).startsWith("|Draft the plan|Eeva Mäkinen|Board October|, Oct 1, 2026 · |came up at 2 meetings|"), stale.get(1));
            assertFalse(html.contains("Not this series"));
            assertTrue(html.contains("<button type=\"button\" class=\"aui-button mm-next-meeting\" data-series=\"Hallitus\" data-page-id=\""
                    + page + "\">Next meeting</button>"), "the Next meeting button, for the other engineer's script");

            // Sanna may not view the confidential memo: it is neither listed nor counted, nor its item.
            String forSanna = test.as("sanna").html("/pages/viewpage.action?pageId=" + page);
            assertEquals(4, rows(MEMO_ROW, forSanna).size());
            assertFalse(forSanna.contains("Board secret") || forSanna.contains("Negotiate the salary") || forSanna.contains("luottamuksellinen"));
            assertTrue(forSanna.contains("<strong class=\"mm-series-figure-value\">33 %</strong> <span class=\"mm-series-figure-detail\">1/3 toimenpidettä valmiina"),
                    "1 of 3 in Finnish: " + forSanna);
            List<String> staleForSanna = rows(STALE_ROW, forSanna);
            assertEquals(1, staleForSanna.size(), "Draft the plan came up only on 1.11. for sanna: " + staleForSanna);
            assertTrue(staleForSanna.get(0).contains("esillä 2 kokouksessa"), "1.10. and 1.11.: the confidential meeting is not counted: " + staleForSanna);
            assertTrue(forSanna.contains(">Seuraava kokous</button>"));

            // Static outputs: the same figures, no button.
            for (String output : List.of("pdf", "word", "email")) {
                String out = test.as("admin").html("/pages/viewpage.action?pageId=" + page + "&outputType=" + output);
                assertTrue(out.contains("Board September") && out.contains("25%"), output);
                assertFalse(out.contains("mm-next-meeting"), output + " has no Next meeting button");
            }
            // Closing an item elsewhere changes the figures on the next view.
            markDone(test, second, "plan");
            String after = test.as("sanna").html("/pages/viewpage.action?pageId=" + page);
            assertTrue(after.contains("67 %"), "2 of 3 done now");
            assertEquals(1, rows(STALE_ROW, after).size());
            assertTrue(rows(STALE_ROW, after).get(0).startsWith("|Book the hall|"));
            assertTrue(third.length() > 0);
        }
    }

    @Test
    void anUnknownSeriesAnInvalidKeyAndABadNumberOfMeetingsAreExplainedNotFailed() throws Exception {
        try (TestHost test = TestHost.startOnH2()) {
            String unknown = test.createPage(SPACE, "Tuntematon sarja", seriesMacro("Ei ole olemassa", null));
            String html = test.as("admin").html("/pages/viewpage.action?pageId=" + unknown);
            // The page that shows a new series becomes its index page: the series exists, without memos yet.
            assertTrue(html.contains("No memo of this series is recorded yet."), html);
            assertTrue(html.contains("mm-next-meeting"), "a new series can start with its first meeting");

            String invalid = test.createPage(SPACE, "Huono tunnus", seriesMacro("a/b", null));
            String invalidHtml = test.as("admin").html("/pages/viewpage.action?pageId=" + invalid);
            assertTrue(invalidHtml.contains("This is not a series key:</strong> a series key may not contain "), invalidHtml);
            assertFalse(invalidHtml.contains("mm-next-meeting"));

            test.createPage(SPACE, "Viikko 1", memo("w1", "Week 1", "2026-10-01", "Viikko", action("w1-a", "sanna", null, "Do it")));
            for (String bad : List.of("0", "51", "kolme", "2.5")) {
                String page = test.createPage(SPACE, "Huono N " + bad, seriesMacro("Viikko", bad));
                String out = test.as("admin").html("/pages/viewpage.action?pageId=" + page);
                assertTrue(out.contains("open-longer-than must be a whole number from 1 to 50, not “" + bad + "”; 3 is used."), bad + ": " + out);
                assertTrue(out.contains("Open longer than 3 meetings"), "the default is used: " + bad);
                assertTrue(out.contains("Week 1"), "the page still shows the series");
                String pdf = test.as("admin").html("/pages/viewpage.action?pageId=" + page + "&outputType=pdf");
                assertFalse(pdf.contains("open-longer-than must be"), "problems are shown in view mode only");
            }
            String fine = test.createPage(SPACE, "Hyvä N", seriesMacro("Viikko", "7"));
            String out = test.as("admin").html("/pages/viewpage.action?pageId=" + fine);
            assertTrue(out.contains("Open longer than 7 meetings") && !out.contains("open-longer-than must be"), out);
        }
    }

    @Test
    void aLongSeriesListsTheNewest20AndTheOthersBehindShowAllOnScreen() throws Exception {
        try (TestHost test = TestHost.startOnH2()) {
            java.time.LocalDate day = java.time.LocalDate.of(2026, 4, 6);
            for (int i = 1; i <= 22; i++, day = day.plusWeeks(1)) {
                test.createPage(SPACE, "Viikkopalaveri " + i, memo("v" + i, "Week " + i, day.toString(), "Viikkopalaveri"));
            }
            String page = test.createPage(SPACE, "Viikkopalaverit", seriesMacro("Viikkopalaveri", null));
            String html = test.as("admin").html("/pages/viewpage.action?pageId=" + page);
            List<String> memos = rows(MEMO_ROW, html);
            assertEquals(22, memos.size(), "20 in the table, 2 behind Show all");
            assertTrue(memos.get(0).contains("|Week 22|") && memos.get(21).contains("|Week 1|"), memos.toString());
            int details = html.indexOf("<details class=\"mm-series-more\">");
            assertTrue(details > 0, html);
            assertTrue(html.contains("<summary>Show all 22 memos</summary>"), html);
            assertTrue(html.indexOf(">Week 3<") < details && html.indexOf(">Week 2<") > details, "the two oldest are behind it");
            String pdf = test.as("admin").html("/pages/viewpage.action?pageId=" + page + "&outputType=pdf");
            assertEquals(20, rows(MEMO_ROW, pdf).size());
            assertTrue(pdf.contains("Showing the newest 20 of 22 memos."), pdf);
            assertFalse(pdf.contains("<details"));
        }
    }
}
