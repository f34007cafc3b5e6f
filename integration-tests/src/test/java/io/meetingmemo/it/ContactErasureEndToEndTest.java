package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Erasing a person through the REST API of the app running in the preview host: a guest of the demo memo who also owns
 * one of its actions is exported, erased and anonymised; saving the page again, which still names her, does not bring
 * her back and her action shows "Erased person" in the reader's language; an entry that is a Confluence user is refused
 * with 409 and nothing changes.
 */
class ContactErasureEndToEndTest {
    private static final String API = "/rest/meeting-memo/1.0";
    private static final String DEMO_MEMO = "Viestintätiimin kokous 2026-11-16";
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    @Test
    void anErasedGuestStaysErasedWhenThePageIsSavedAgainAndHerActionShowsThePlaceholder() throws Exception {
        long pageId = test.pageId("EDUFUTURA", DEMO_MEMO);
        JsonNode liisa = person("EDUFUTURA", "Liisa Korhonen");
        long id = liisa.get("id").asLong();

        JsonNode export = test.as("admin").json("GET", API + "/people/" + id + "/export", null, 200);
        assertEquals("Liisa Korhonen", export.at("/person/name").asText());
        JsonNode owned = only(export.get("actionItems"), "ownedByThem", "true");
        assertEquals("Kokoa yliopiston kuvat ja videot yhteiseen kansioon.", owned.get("text").asText());
        assertEquals("Liisa Korhonen", owned.get("owner").asText());
        assertEquals("EduFutura-viestintätiimi", export.at("/memoRecords/0/title").asText(), "the memo she took part in");
        test.as("sanna").json("GET", API + "/people/" + id + "/export", null, 403);
        // sanna sends the memo's minutes: the guest without an address is recorded as skipped, by name.
        String memoKey = export.at("/memoRecords/0/memoKey").asText();
        String sends = API + "/pages/" + pageId + "/memos/" + memoKey + "/sends";
        ObjectNode send = TestHost.JSON.createObjectNode().put("preview", false)
                .put("pageVersion", test.host.pages().store().find(pageId).orElseThrow().version());
        test.as("sanna").json("POST", API + "/pages/" + pageId + "/memos/" + memoKey + "/send", send, 200);
        assertEquals(1, deliveriesNamed(sends, "Liisa Korhonen"));
        assertEquals("Liisa Korhonen", test.as("admin").json("GET", API + "/people/" + id + "/export", null, 200)
                .at("/minutesDeliveries/0/name").asText());

        JsonNode erased = test.as("admin").json("POST", API + "/people/" + id + "/erase", TestHost.JSON.createObjectNode(), 200);
        assertEquals(1, erased.at("/anonymised/actionItems").asInt(), erased.toString());
        assertEquals(1, erased.at("/anonymised/contactLinks").asInt(), erased.toString());
        assertEquals(1, erased.at("/anonymised/minutesDeliveries").asInt(), erased.toString());
        assertEquals(0, deliveriesNamed(sends, "Liisa Korhonen"), "the record of the sent minutes no longer names her");
        assertEquals(1, deliveriesNamed(sends, "Poistettu henkilö"), "it shows the placeholder in sanna's Finnish");
        assertEquals(1, erased.get("pagesStillNamingThem").size(), erased.toString());
        assertEquals(pageId, erased.at("/pagesStillNamingThem/0/pageId").asLong());
        assertEquals(DEMO_MEMO, erased.at("/pagesStillNamingThem/0/title").asText());

        JsonNode item = item(owned.get("id").asLong(), "admin");
        assertEquals("Erased person", item.get("owner").asText(), "in the admin's English");
        assertEquals("Poistettu henkilö", item(owned.get("id").asLong(), "sanna").get("owner").asText(), "in sanna's Finnish");
        int version = item.get("version").asInt();

        // The page still names her as a guest and as the action's owner; saving it again changes nothing of that.
        JsonNode page = test.as("admin").json("GET", "/rest/api/content/" + pageId + "?expand=body.storage,version", null, 200);
        String storage = page.at("/body/storage/value").asText();
        assertTrue(storage.contains("Liisa Korhonen"));
        ObjectNode update = TestHost.newPage("EDUFUTURA", DEMO_MEMO, storage + "<p>Tallennettu uudelleen.</p>");
        update.putObject("version").put("number", page.at("/version/number").asInt() + 1);
        test.as("admin").json("PUT", "/rest/api/content/" + pageId, update, 200);

        assertEquals(0, test.as("admin").json("GET", API + "/people?spaceKey=EDUFUTURA&q=liisa", null, 200).get("people").size(),
                "the guest does not come back");
        JsonNode again = item(owned.get("id").asLong(), "sanna");
        assertEquals("Poistettu henkilö", again.get("owner").asText());
        assertEquals(version, again.get("version").asInt(), "the save found the item as it was: the same id, version and status");
        assertEquals("open", again.get("status").asText());
        assertEquals(404, test.as("admin").send("POST", API + "/people/" + id + "/erase", "{}", "application/json").statusCode(),
                "erased once");
    }

    @Test
    void erasingAnEntryThatIsAConfluenceUserIsRefusedWithAClearErrorAndNothingChanges() throws Exception {
        test.createPage("EDUFUTURA", "Vierailu", "<ac:structured-macro ac:name=\"meeting-memo\"><ac:parameter ac:name=\"title\">Vierailu</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-20</ac:parameter><ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"memo-guest\"><ac:parameter ac:name=\"name\">Eeva Vieraana</ac:parameter>"
                + "<ac:parameter ac:name=\"email\">Eeva@Example.org</ac:parameter></ac:structured-macro>"
                + "</ac:rich-text-body></ac:structured-macro>");
        long id = person("EDUFUTURA", "Eeva Vieraana").get("id").asLong();
        JsonNode refused = test.as("admin").json("POST", API + "/people/" + id + "/erase", TestHost.JSON.createObjectNode(), 409);
        assertEquals(409, refused.get("status").asInt());
        assertTrue(refused.get("message").asText().contains("Confluence's own user management"), refused.toString());
        assertEquals("email", refused.at("/problems/0/field").asText());
        JsonNode still = test.as("admin").json("GET", API + "/people/" + id, null, 200);
        assertEquals(1, still.get("memos").size(), "the entry and its memo stay");
    }

    /**
     * Minutes of a page that still names an erased guest with her address: the guest is listed as "Erased person"
     * without an address even when the sender ticks her, no mail goes to her, and the record of the send does not name
     * her.
     */
    @Test
    void anErasedGuestGetsNoMinutesAndTheRecordOfTheSendDoesNotNameHer() throws Exception {
        long pageId = Long.parseLong(test.createPage("EDUFUTURA", "Kumppanitapaaminen", "<ac:structured-macro ac:name=\"meeting-memo\" "
                + "ac:macro-id=\"m-kt\"><ac:parameter ac:name=\"title\">Kumppanit</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-21</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"sanna\"/></ac:parameter><ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"memo-guest\"><ac:parameter ac:name=\"name\">Kaisa Kumppani</ac:parameter>"
                + "<ac:parameter ac:name=\"email\">kaisa@partner.example.com</ac:parameter></ac:structured-macro>"
                + "</ac:rich-text-body></ac:structured-macro>"));
        long id = person("EDUFUTURA", "Kaisa Kumppani").get("id").asLong();
        test.as("admin").json("POST", API + "/people/" + id + "/erase", TestHost.JSON.createObjectNode(), 200);

        ObjectNode request = TestHost.JSON.createObjectNode().put("preview", true)
                .put("pageVersion", test.host.pages().store().find(pageId).orElseThrow().version());
        String sanna = "user:" + io.meetingmemo.preview.store.HostUsers.keyFor("sanna");
        request.putArray("recipients").add("guest:1").add(sanna);
        request.putArray("includeWithoutAccess").add("guest:1");
        String send = API + "/pages/" + pageId + "/memos/m-kt/send";
        JsonNode preview = test.as("admin").json("POST", send, request, 200);
        JsonNode guest = only(preview.get("recipients"), "id", "guest:1");
        assertEquals("Erased person", guest.get("name").asText());
        assertTrue(guest.get("address").isNull(), guest.toString());
        assertEquals("no-address", guest.get("skipReason").asText());

        request.put("preview", false);
        JsonNode sent = test.as("admin").json("POST", send, request, 200);
        assertEquals(1, sent.at("/send/queuedCount").asInt(), "sanna only: " + sent);
        JsonNode delivery = only(test.as("admin").json("GET", API + "/pages/" + pageId + "/memos/m-kt/sends", null, 200)
                .at("/sends/0/deliveries"), "recipientId", "guest:1");
        assertEquals("Erased person", delivery.get("name").asText());
        assertTrue(delivery.get("address").isNull(), delivery.toString());
    }

    private static JsonNode person(String spaceKey, String name) throws Exception {
        for (JsonNode p : test.as("admin").json("GET", API + "/people?spaceKey=" + spaceKey + "&limit=200", null, 200).get("people")) {
            if (p.get("name").asText().equals(name)) return p;
        }
        throw new AssertionError("no " + name + " in the register of " + spaceKey);
    }

    private static int deliveriesNamed(String sendsPath, String name) throws Exception {
        int count = 0;
        for (JsonNode send : test.as("sanna").json("GET", sendsPath, null, 200).get("sends")) {
            for (JsonNode delivery : send.get("deliveries")) if (delivery.get("name").asText().equals(name)) count++;
        }
        return count;
    }

    private static JsonNode item(long id, String username) throws Exception {
        return test.as(username).json("GET", API + "/action-items/" + id, null, 200);
    }

    private static JsonNode only(JsonNode array, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        array.forEach(n -> { if (n.get(field).asText().equals(value)) found.add(n); });
        assertEquals(1, found.size(), array.toString());
        return found.get(0);
    }
}
