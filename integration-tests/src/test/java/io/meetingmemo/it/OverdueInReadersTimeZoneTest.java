package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Overdue" is decided on the reader's calendar day, in the time zone of their profile, not the server's:
 * petri lives on Kiritimati (UTC+14) and sanna on Pago Pago (UTC−11), 25 hours apart. An item due the day
 * before petri's today is overdue for petri and, whatever the hour, not yet for sanna: in the JSON list, the
 * {@code overdue} filter, the CSV export, and the memo on the page (the action register and "My action items" share the same rule).
 */
class OverdueInReadersTimeZoneTest {
    private static final String API = "/rest/meeting-memo/1.0";
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");
    private static TestHost test;
    private static String pageId;
    private static LocalDate due;

    @BeforeAll
    static void start() throws Exception {
        test = TestHost.startOnH2();
        test.host.users().setTimeZone("petri", TimeZone.getTimeZone(KIRITIMATI));
        test.host.users().setTimeZone("sanna", TimeZone.getTimeZone(PAGO_PAGO));
        due = LocalDate.now(KIRITIMATI).minusDays(1);
        pageId = test.createPage("EDUFUTURA", "Time zones", "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"tz\">"
                + "<ac:parameter ac:name=\"title\">Across the date line</ac:parameter><ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"tz-a\"><ac:parameter ac:name=\"due\">" + due
                + "</ac:parameter><ac:rich-text-body><p>Due yesterday on Kiritimati</p></ac:rich-text-body></ac:structured-macro>"
                + "</ac:rich-text-body></ac:structured-macro>");
    }

    @AfterAll
    static void stop() { test.close(); }

    @Test
    void theListAndItsOverdueFilterUseTheReadersDay() throws Exception {
        assertTrue(item("petri").get("overdue").asBoolean(), "due " + due + ": overdue on Kiritimati");
        assertFalse(item("sanna").get("overdue").asBoolean(), "due " + due + ": not yet overdue on Pago Pago");
        assertEquals(1, test.as("petri").json("GET", API + "/action-items?overdue=true&pageId=" + pageId, null, 200).get("items").size());
        assertEquals(0, test.as("sanna").json("GET", API + "/action-items?overdue=true&pageId=" + pageId, null, 200).get("items").size());
    }

    @Test
    void theCsvExportUsesTheRequestingUsersDay() throws Exception {
        assertEquals("true", csvOverdue("petri"));
        assertEquals("false", csvOverdue("sanna"));
    }

    @Test
    void theMemoOnThePageMarksItOverdueForTheReaderOnly() throws Exception {
        assertTrue(test.as("petri").html("/pages/viewpage.action?pageId=" + pageId).contains("mm-overdue-badge"));
        assertFalse(test.as("sanna").html("/pages/viewpage.action?pageId=" + pageId).contains("mm-overdue-badge"));
    }

    private static JsonNode item(String user) throws Exception {
        JsonNode items = test.as(user).json("GET", API + "/action-items?status=all&pageId=" + pageId, null, 200).get("items");
        assertEquals(1, items.size());
        return items.get(0);
    }

    private static String csvOverdue(String user) throws Exception {
        String csv = test.as(user).send("GET", API + "/action-items.csv?status=all&pageId=" + pageId, null, null).body();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(1, rows.size());
        return rows.get(0).get("overdue");
    }
}
