package io.meetingmemo.actionitem.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every REST body reads and writes the same JSON under a Jackson mapper that auto-detects nothing as
 * under plain Jackson, field by field: Confluence's REST module sets up its own mapper in ways that are
 * not public, so the app names every property and every creator itself.
 */
class RestJsonUnderAnyMapperTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper NOTHING_AUTO_DETECTED = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_FIELDS, MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS,
                    MapperFeature.AUTO_DETECT_SETTERS, MapperFeature.AUTO_DETECT_CREATORS)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .build();

    private static final ActionItemJson.Person MIKKO = new ActionItemJson.Person("key-mikko", "mikko", "Mikko Koskinen");
    private static final ActionItemJson.Item ITEM = new ActionItemJson.Item(7, 65538, "Viikkopalaveri", "EDUFUTURA",
            new ActionItemJson.MemoRef("m1", "Viikkopalaveri", "2026-11-23", "edufutura-comms"), "Varaa messuosasto", MIKKO,
            null, MIKKO, "2026-12-01", true, "open", "macro", false, 3, "http://127.0.0.1:8090/pages/viewpage.action?pageId=65538", true);

    private static List<Object> responses() {
        return List.of(ITEM,
                new ActionItemJson.ItemPage(List.of(ITEM), "cursor-1"),
                new ActionItemJson.History(7, List.of(new ActionItemJson.HistoryEntry("2026-11-23T10:00:00Z", MIKKO, "open", "done", "rest"))),
                new ActionItemJson.Error(409, "someone else changed it", ITEM),
                new MemoJson.PageMemos(65538, "Viikkopalaveri", "EDUFUTURA",
                        List.of(new MemoJson.Memo("m1", "Viikkopalaveri", "2026-11-23", "09:00-10:30", "Kaupungintalo", "edufutura-comms",
                                MIKKO, List.of(new MemoJson.Attendee(MIKKO, true)),
                                List.of(new MemoJson.Guest("Liisa Korhonen", "Jyväskylän yliopisto", "viestintäpäällikkö", "liisa@example.fi")),
                                List.of(new MemoJson.Contact("Keskisuomalainen", "Media", "toimitus", null, "+358 40 1", MIKKO, "Soitetaan")),
                                List.of("EduFutura osallistuu Studia-messuille."),
                                List.of(new MemoJson.Action("a1", "macro", "Varaa messuosasto", MIKKO, null, MIKKO, "2026-12-01", ITEM)), false)),
                        List.of(new MemoJson.Problem("date is not a real date", 1, 45, "m1"))),
                new MemoJson.MemoSummaryPage(List.of(new MemoJson.MemoSummary(65538, "Viikkopalaveri", "EDUFUTURA",
                        "http://127.0.0.1:8090/pages/viewpage.action?pageId=65538", "m1", "Viikkopalaveri", "2026-11-23", "09:00-10:30",
                        "Kaupungintalo", "edufutura-comms", MIKKO, true, new MemoJson.MemoCounts(5, 1, 1, 1, 1, 3, 2, 1))), "next-1"),
                new AdminResource.ResyncProgress(10, 3, 2, 1, List.of(65540L), new AdminResource.Position("EDUFUTURA", 65549), false));
    }

    @Test
    void everyResponseIsTheSameJsonWhateverTheMapperAutoDetects() throws Exception {
        for (Object response : responses()) {
            JsonNode plain = PLAIN.valueToTree(response);
            JsonNode strict = NOTHING_AUTO_DETECTED.valueToTree(response);
            assertFalse(plain.isEmpty(), response.getClass().getSimpleName());
            assertSameFields(response.getClass().getSimpleName(), plain, strict);
        }
    }

    @Test
    void everyRequestBodyIsReadTheSameWhateverTheMapperAutoDetects() throws Exception {
        String status = "{\"status\":\"done\",\"version\":3}";
        assertEquals(PLAIN.readValue(status, ActionItemJson.StatusRequest.class),
                NOTHING_AUTO_DETECTED.readValue(status, ActionItemJson.StatusRequest.class));
        String resync = "{\"spaceKey\":\"EDUFUTURA\",\"next\":{\"spaceKey\":\"EDUFUTURA\",\"afterPageId\":65549},\"maxPages\":50}";
        AdminResource.ResyncRequest read = NOTHING_AUTO_DETECTED.readValue(resync, AdminResource.ResyncRequest.class);
        assertEquals(PLAIN.readValue(resync, AdminResource.ResyncRequest.class), read);
        assertEquals(65549, read.next().afterPageId());
    }

    private static void assertSameFields(String where, JsonNode expected, JsonNode actual) {
        assertEquals(expected.getNodeType(), actual.getNodeType(), where);
        if (expected.isObject()) {
            assertEquals(expected.size(), actual.size(), where + " has the same fields: " + actual);
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                assertSameFields(where + "." + name, expected.get(name), actual.get(name));
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), where);
            for (int i = 0; i < expected.size(); i++) assertSameFields(where + "[" + i + "]", expected.get(i), actual.get(i));
        } else {
            assertEquals(expected, actual, where);
        }
    }
}
