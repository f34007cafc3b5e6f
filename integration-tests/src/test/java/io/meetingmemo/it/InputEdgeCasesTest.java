package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of dates, request headers and the iCalendar export, end to end over HTTP: dates outside the
 * supported years 1900–2999 in a page are reported and left empty (the save succeeds); date filters and other
 * bad input answer a JSON 400 that says what is wrong; the .ics feed read back by a real parser has every
 * line within RFC 5545's 75 octets, also for Finnish and emoji text across a fold.
 */
class InputEdgeCasesTest {
    private static final String API = "/rest/meeting-memo/1.0";
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static String action(String id, String text, String due) {
        return "<ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"" + id + "\">"
                + (due == null ? "" : "<ac:parameter ac:name=\"due\">" + due + "</ac:parameter>")
                + "<ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static String memo(String title, String date, String body) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"m-" + title.hashCode() + "\"><ac:parameter ac:name=\"title\">" + title
                + "</ac:parameter><ac:parameter ac:name=\"date\">" + date + "</ac:parameter><ac:rich-text-body>" + body
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    @Test
    void datesOutsideTheSupportedYearsAreReportedNotTrackedAndNeverBreakFiltersOrTheCalendar() throws Exception {
        String body = memo("Dates at the edges", "2026-11-20", action("d1", "Far future", "9999-12-31") + action("d2", "Year zero", "0000-01-01")
                + action("d3", "Last supported day", "2999-12-31") + action("d4", "First supported day", "1900-01-01")
                + action("d5", "Just before", "1899-12-31"));
        String pageId = test.createPage("EDUFUTURA", "Dates at the edges", body);

        JsonNode memos = test.as("admin").json("GET", API + "/pages/" + pageId + "/memos", null, 200);
        List<String> problems = new ArrayList<>();
        memos.get("problems").forEach(p -> problems.add(p.get("message").asText()));
        assertEquals(3, problems.size(), problems.toString());
        for (String due : List.of("9999-12-31", "0000-01-01", "1899-12-31")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(due) && p.contains("1900") && p.contains("2999")), due + " reported: " + problems);
        }

        Map<String, JsonNode> items = new java.util.HashMap<>();
        test.as("admin").json("GET", API + "/action-items?status=all&pageId=" + pageId, null, 200).get("items")
                .forEach(i -> items.put(i.get("text").asText(), i));
        assertEquals(5, items.size(), "every action is tracked");
        assertTrue(items.get("Far future").get("dueDate").isNull());
        assertTrue(items.get("Year zero").get("dueDate").isNull());
        assertEquals("2999-12-31", items.get("Last supported day").get("dueDate").asText());

        JsonNode after = test.as("admin").json("GET", API + "/action-items?status=all&dueAfter=2026-01-01&pageId=" + pageId, null, 200).get("items");
        assertEquals(List.of("Last supported day"), texts(after), "dueAfter finds the last supported day");
        JsonNode before = test.as("admin").json("GET", API + "/action-items?status=all&dueBefore=1900-01-02&pageId=" + pageId, null, 200).get("items");
        assertEquals(List.of("First supported day"), texts(before));

        String ics = test.as("admin").send("GET", API + "/action-items.ics?status=all&pageId=" + pageId, null, null).body();
        ICalendar calendar = Biweekly.parse(ics).first();
        Map<String, VEvent> events = calendar.getEvents().stream().collect(Collectors.toMap(e -> e.getSummary().getValue(), e -> e));
        assertEquals(Map.of("Last supported day", "2999-12-31/3000-01-01", "First supported day", "1900-01-01/1900-01-02"),
                events.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> day(e.getValue().getDateStart().getValue()) + "/"
                        + day(e.getValue().getDateEnd().getValue()))));
        for (String line : ics.split("\r\n")) {
            if (line.startsWith("DTSTART") || line.startsWith("DTEND")) assertTrue(line.matches("DT(START|END);VALUE=DATE:\\d{8}"), line);
        }
    }

    @Test
    void dateFiltersAcceptOnlyFourDigitYearsInTheSupportedRange() throws Exception {
        for (String bad : List.of("+12026-01-01", "-0001-01-01", "+10000-01-01", "1899-12-31", "3000-01-01", "0000-01-01", "9999-12-31",
                "2026-02-30", "2026-1-01", "soon")) {
            for (String filter : List.of("dueBefore", "dueAfter")) {
                String path = API + "/action-items?" + filter + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8);
                HttpResponse<String> r = test.as("admin").send("GET", path, null, null);
                assertEquals(400, r.statusCode(), path + " → " + r.body());
                JsonNode error = TestHost.JSON.readTree(r.body());
                assertEquals(400, error.get("status").asInt());
                assertTrue(error.get("message").asText().contains(filter) && error.get("message").asText().contains("1900"), r.body());
                assertEquals(400, test.as("admin").send("GET", path.replace("/action-items?", "/action-items.csv?"), null, null).statusCode());
            }
        }
        for (String good : List.of("1900-01-01", "2999-12-31", "2026-11-28")) {
            assertEquals(200, test.as("admin").send("GET", API + "/action-items?dueBefore=" + good, null, null).statusCode(), good);
        }
    }

    @Test
    void aCursorThatNamesNoRealPositionIsRefused() throws Exception {
        for (String raw : List.of("9999-99-99|2", "2026-02-30|1", "0000-01-01|1")) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = test.as("admin").send("GET", API + "/action-items?cursor=" + cursor, null, null);
            assertEquals(400, r.statusCode(), raw + " → " + r.body());
            assertTrue(TestHost.JSON.readTree(r.body()).get("message").asText().contains("cursor"), r.body());
        }
    }

    @Test
    void anEmptyOrMalformedContentTypeIsAJsonBadRequestThatSaysSo() throws Exception {
        JsonNode item = test.as("admin").json("GET", API + "/action-items?status=all", null, 200).get("items").get(0);
        String path = API + "/action-items/" + item.get("id").asLong() + "/status";
        String json = "{\"status\":\"open\",\"version\":" + item.get("version").asInt() + "}";
        for (String type : List.of("", " ", "/", "application/", "/json", "application/json; charset", "a b/c")) {
            HttpResponse<String> r = TestHost.HTTP.send(HttpRequest.newBuilder(test.host.baseUri().resolve(path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", type).PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), "Content-Type \"" + type + "\" → " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "JSON for \"" + type + "\"");
            JsonNode error = TestHost.JSON.readTree(r.body());
            assertEquals(400, error.get("status").asInt());
            assertTrue(error.get("message").asText().contains("Content-Type"), r.body());
        }
    }

    @Test
    void jsonWithParametersOrInCapitalsIsStillJson() throws Exception {
        for (String type : List.of("application/json;", "APPLICATION/JSON; charset=UTF-8", "application/json ; charset=\"utf-8\"")) {
            JsonNode item = test.as("admin").json("GET", API + "/action-items?status=all", null, 200).get("items").get(0);
            String json = "{\"status\":\"" + ("open".equals(item.get("status").asText()) ? "done" : "open") + "\",\"version\":" + item.get("version").asInt() + "}";
            HttpResponse<String> r = test.as("admin").send("PUT", API + "/action-items/" + item.get("id").asLong() + "/status", json, type);
            assertEquals(200, r.statusCode(), "Content-Type \"" + type + "\" → " + r.body());
        }
    }

    @Test
    void iCalendarLinesAreFoldedAtSeventyFiveOctetsAndUnfoldToTheSameText() throws Exception {
        List<String> texts = List.of("x".repeat(200) + "ä😀".repeat(50), "Översätt kampanjtexterna till svenska ".repeat(6) + "😀".repeat(40),
                "ä".repeat(120), "x".repeat(73) + "😀😀😀" + "ö".repeat(80), "😀".repeat(90));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) body.append(action("f" + i, texts.get(i), "2026-12-0" + (i + 1)));
        String pageId = test.createPage("EDUFUTURA", "Folding " + "ö".repeat(60), memo("Fold " + "ä😀".repeat(40), "2026-11-20", body.toString()));

        HttpResponse<byte[]> r = TestHost.HTTP.send(HttpRequest.newBuilder(test.host.baseUri().resolve(API + "/action-items.ics?pageId=" + pageId))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        byte[] bytes = r.body();
        int start = 0, longest = 0, folds = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                longest = Math.max(longest, i - start);
                assertTrue(i - start <= 75, "a line of " + (i - start) + " octets: " + new String(bytes, start, i - start, StandardCharsets.UTF_8));
                if (start < bytes.length && bytes[start] == ' ') folds++;
                start = i + 2;
            }
        }
        assertTrue(folds > 10, "long lines are folded: " + folds);
        String ics = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(ics.contains("\uFFFD"), "no UTF-8 sequence is split by a fold");
        ICalendar calendar = Biweekly.parse(ics).first();
        List<String> summaries = calendar.getEvents().stream().map(e -> e.getSummary().getValue()).sorted().toList();
        assertEquals(texts.stream().sorted().toList(), summaries, "unfolded, every text is back as written");
        assertTrue(calendar.getEvents().get(0).getDescription().getValue().contains("Folding " + "ö".repeat(60)));
    }

    @Test
    void numbersAreNotCoercedFromTextOrFractionsAndAResyncPositionMustBeOneTheCallReturned() throws Exception {
        JsonNode item = test.as("admin").json("GET", API + "/action-items?status=all", null, 200).get("items").get(0);
        String path = API + "/action-items/" + item.get("id").asLong() + "/status";
        int version = item.get("version").asInt();
        for (String bad : List.of("\"" + version + "\"", version + ".7", version + ".0e0", "true", "[1]", "{}", "99999999999")) {
            HttpResponse<String> r = test.as("admin").send("PUT", path, "{\"status\":\"open\",\"version\":" + bad + "}", "application/json");
            assertEquals(400, r.statusCode(), "version " + bad + " → " + r.body());
            assertTrue(TestHost.JSON.readTree(r.body()).get("message").asText().contains("version"), r.body());
        }
        List<String> badResyncs = List.of("{\"next\":{\"spaceKey\":\"NOPE\",\"afterPageId\":99999999}}",
                "{\"next\":{\"spaceKey\":\"EDUFUTURA\",\"afterPageId\":-1}}", "{\"next\":{\"afterPageId\":5}}",
                "{\"spaceKey\":\"EDUFUTURA\",\"next\":{\"spaceKey\":\"REITITIN\",\"afterPageId\":0}}", "{\"maxPages\":\"5\"}", "{\"maxPages\":2.5}");
        for (String bad : badResyncs) {
            HttpResponse<String> r = test.as("admin").send("POST", API + "/admin/resync", bad, "application/json");
            assertEquals(400, r.statusCode(), bad + " → " + r.body());
            assertEquals(400, TestHost.JSON.readTree(r.body()).get("status").asInt(), r.body());
        }
        HttpResponse<String> ok = test.as("admin").send("POST", API + "/admin/resync", "{\"next\":{\"spaceKey\":\"EDUFUTURA\",\"afterPageId\":0},\"maxPages\":1}", "application/json");
        assertEquals(200, ok.statusCode(), ok.body());
    }

    @Test
    void anExportAskedForAsJsonSaysWhatItAnswers() throws Exception {
        for (String export : List.of("action-items.csv", "action-items.ics")) {
            HttpResponse<String> r = TestHost.HTTP.send(HttpRequest.newBuilder(test.host.baseUri().resolve(API + "/" + export))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(406, r.statusCode(), r.body());
            String message = TestHost.JSON.readTree(r.body()).get("message").asText();
            assertFalse(message.contains("application/json only"), export + ": " + message);
            assertTrue(message.contains("Accept"), export + ": " + message);
        }
    }

    private static List<String> texts(JsonNode items) {
        List<String> texts = new ArrayList<>();
        items.forEach(i -> texts.add(i.get("text").asText()));
        return texts;
    }

    private static String day(ICalDate date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()).toString();
    }
}
