package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A register over 10,000 items: the items are created by ordinary page saves (20 memos of 500 actions
 * each), the first page of rows comes back without reading the rest, and paging goes on through every
 * item exactly once. Timings are printed for the record, not asserted.
 */
class LargeRegisterTest {
    private static final int PAGES = 20;
    private static final int ITEMS_PER_PAGE = 500;

    @Test
    void tenThousandItemsPageOnFromTheFirstPage() throws Exception {
        try (TestHost test = TestHost.startOnH2()) {
            long saveStart = System.nanoTime();
            for (int p = 0; p < PAGES; p++) test.createPage("EDUFUTURA", "Iso muistio " + p, memo(p));
            long saveMillis = (System.nanoTime() - saveStart) / 1_000_000;

            String query = "/rest/meeting-memo/1.0/action-items?series=iso&limit=50";
            long firstStart = System.nanoTime();
            JsonNode first = test.as("sanna").json("GET", query, null, 200);
            long firstMillis = (System.nanoTime() - firstStart) / 1_000_000;
            assertEquals(50, first.get("items").size());
            assertNotNull(first.get("nextCursor").textValue());

            Set<Long> seen = new HashSet<>();
            JsonNode page = first;
            int requests = 1;
            while (true) {
                page.get("items").forEach(item -> assertTrue(seen.add(item.get("id").asLong()), "no item twice"));
                if (page.get("nextCursor").isNull()) break;
                page = test.as("sanna").json("GET", query.replace("limit=50", "limit=200") + "&cursor=" + page.get("nextCursor").asText(), null, 200);
                requests++;
            }
            assertEquals(PAGES * ITEMS_PER_PAGE, seen.size());
            long againStart = System.nanoTime();
            test.as("mikko").json("GET", query + "&assignee=me", null, 200);
            long againMillis = (System.nanoTime() - againStart) / 1_000_000;
            System.out.printf("register over %d items: %d page saves in %d ms; first page of 50 in %d ms (cold), %d ms (warm, "
                    + "filtered by assignee); %d requests to page through all%n", seen.size(), PAGES, saveMillis, firstMillis, againMillis, requests);
        }
    }

    private static String memo(int page) {
        StringBuilder body = new StringBuilder("<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"iso-" + page + "\">"
                + "<ac:parameter ac:name=\"title\">Iso muistio " + page + "</ac:parameter><ac:parameter ac:name=\"date\">2026-11-23</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">iso</ac:parameter><ac:rich-text-body>");
        for (int i = 0; i < ITEMS_PER_PAGE; i++) {
            body.append("<ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"iso-").append(page).append('-').append(i).append("\">")
                    .append("<ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"").append(i % 2 == 0 ? "sanna" : "mikko").append("\"/></ac:parameter>")
                    .append("<ac:parameter ac:name=\"due\">").append(LocalDate.of(2026, 12, 1).plusDays((i * 7 + page) % 90)).append("</ac:parameter>")
                    .append("<ac:rich-text-body><p>Tehtävä ").append(page).append('/').append(i).append("</p></ac:rich-text-body></ac:structured-macro>");
        }
        return body.append("</ac:rich-text-body></ac:structured-macro>").toString();
    }
}
