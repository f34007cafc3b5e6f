package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CSV and iCalendar exports, read back with independent parsers: the same filters and permissions as
 * the JSON list; the CSV opens with ä and ö intact; a calendar subscription keeps its entries (stable
 * UIDs) and sees changes as new sequences.
 */
class ExportsTest {
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    @Test
    void csvIsRfc4180WithAByteOrderMarkAndTheListsFilters() throws Exception {
        HttpResponse<String> response = test.as("sanna").send("GET", "/rest/meeting-memo/1.0/action-items.csv?spaceKey=EDUFUTURA&status=all", null, null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String body = response.body();
        assertEquals('\uFEFF', body.charAt(0), "UTF-8 byte-order mark for spreadsheet programs");
        assertTrue(body.contains("\r\n"), "RFC 4180 line ends");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(body.substring(1))).getRecords();
        JsonNode list = test.as("sanna").json("GET", "/rest/meeting-memo/1.0/action-items?spaceKey=EDUFUTURA&status=all&limit=200", null, 200).get("items");
        assertEquals(list.size(), rows.size(), "the same items as the JSON list");
        assertEquals(list.get(0).get("text").asText(), rows.get(0).get("text"));
        assertTrue(rows.stream().anyMatch(r -> r.get("text").equals("Översätt kampanjtexterna till svenska.") && r.get("overdue").equals("true")));
        assertTrue(rows.stream().anyMatch(r -> r.get("owner").equals("Mikko Koskinen")));
        assertTrue(rows.stream().anyMatch(r -> r.get("owner").equals("Liisa Korhonen")), "external owners too");
    }

    @Test
    void exportsRespectPagePermissions() throws Exception {
        String mikko = test.as("mikko").send("GET", "/rest/meeting-memo/1.0/action-items.csv", null, null).body();
        String olli = test.as("olli").send("GET", "/rest/meeting-memo/1.0/action-items.csv", null, null).body();
        assertTrue(mikko.contains("standirakentajalta"));
        assertFalse(olli.contains("standirakentajalta"), "a restricted page's item never leaks into an export");
        assertFalse(test.as("olli").send("GET", "/rest/meeting-memo/1.0/action-items.ics", null, null).body().contains("standirakentajalta"));
        assertEquals(400, test.as("olli").send("GET", "/rest/meeting-memo/1.0/action-items.csv?dueBefore=soon", null, null).statusCode());
    }

    @Test
    void aCalendarSubscriptionUpdatesEntriesInsteadOfDuplicatingThem() throws Exception {
        String path = "/rest/meeting-memo/1.0/action-items.ics?spaceKey=EDUFUTURA&status=all";
        ICalendar before = Biweekly.parse(test.as("sanna").send("GET", path, null, null).body()).first();
        JsonNode dated = test.as("sanna").json("GET", "/rest/meeting-memo/1.0/action-items?spaceKey=EDUFUTURA&status=all&limit=200", null, 200).get("items");
        long withDueDate = 0;
        for (JsonNode item : dated) if (!item.get("dueDate").isNull()) withDueDate++;
        assertEquals(withDueDate, before.getEvents().size(), "one entry per item with a due date");

        JsonNode mikkos = test.as("mikko").json("GET", "/rest/meeting-memo/1.0/action-items?assignee=me&spaceKey=EDUFUTURA", null, 200).get("items").get(0);
        test.as("mikko").json("PUT", "/rest/meeting-memo/1.0/action-items/" + mikkos.get("id").asLong() + "/status",
                TestHost.JSON.createObjectNode().put("status", "done").put("version", mikkos.get("version").asInt()), 200);

        ICalendar after = Biweekly.parse(test.as("sanna").send("GET", path, null, null).body()).first();
        Map<String, VEvent> beforeByUid = before.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
        Map<String, VEvent> afterByUid = after.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
        assertEquals(beforeByUid.keySet(), afterByUid.keySet(), "same UIDs: the calendar updates, it does not duplicate");
        String uid = "action-item-" + mikkos.get("id").asLong() + "@meeting-memo.127.0.0.1";
        assertEquals(beforeByUid.get(uid).getSequence().getValue() + 1, afterByUid.get(uid).getSequence().getValue());
        assertTrue(afterByUid.get(uid).getSummary().getValue().startsWith("✓ "));
    }
}
