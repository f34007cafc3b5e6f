package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A widely used third-party Confluence REST client, confluence.js (its Server/Data Center client), drives
 * the preview host through a memo script written for Confluence: it creates a space, memo pages under the
 * home page, finds, reads, updates, labels, searches (CQL), restricts, trashes, restores and purges them. After
 * each step the app's own REST API shows that the action items followed, and page ids are never reused.
 */
class ConfluenceRestClientTest {
    private static final String SPACE = "MEMOJS";
    private static final String ITEMS = "/rest/meeting-memo/1.0/action-items?status=all&spaceKey=" + SPACE;

    static String memo(String title, String date, String... actions) {
        StringBuilder body = new StringBuilder("<p>Muistio</p><ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter><ac:parameter ac:name=\"date\">" + date + "</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"sanna\"/><ri:user ri:username=\"mikko\"/></ac:parameter>"
                + "<ac:rich-text-body><p>Keskustelu.</p>");
        for (int i = 0; i < actions.length; i += 2) {
            body.append("<ac:structured-macro ac:name=\"memo-action\" ac:schema-version=\"1\">")
                    .append("<ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"").append(actions[i + 1]).append("\"/></ac:parameter>")
                    .append("<ac:parameter ac:name=\"due\">2026-12-1").append(i / 2).append("</ac:parameter>")
                    .append("<ac:rich-text-body><p>").append(actions[i]).append("</p></ac:rich-text-body></ac:structured-macro>");
        }
        return body.append("</ac:rich-text-body></ac:structured-macro>").toString();
    }

    private static List<String> texts(JsonNode items) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : items) texts.add(item.get("text").asText());
        return texts;
    }

    private static TreeSet<String> sorted(JsonNode array) {
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode v : array) out.add(v.asText());
        return out;
    }

    @Test
    void aMemoScriptWrittenForConfluenceRunsAgainstTheHostAndTheActionItemsFollow() throws Exception {
        try (TestHost test = TestHost.startOnH2()) {
            ConfluenceJs client = ConfluenceJs.as(test.host.baseUri(), "admin");
            TestHost.Client admin = test.as("admin");

            // A space, with its home page titled like the space.
            JsonNode space = client.step("createSpace", Map.of("key", SPACE, "name", "Hallituksen kokoukset",
                    "description", "Hallituksen muistiot"));
            assertEquals("Hallituksen kokoukset", space.get("homepageTitle").asText());
            assertEquals("Hallituksen muistiot", space.get("description").asText());
            assertEquals(List.of(SPACE), List.of(space.get("listed").get(0).asText()));
            String home = space.get("homepageId").asText();

            // Memo pages under the home page: their action items are tracked at once.
            JsonNode a = client.step("createMemo", Map.of("spaceKey", SPACE, "parentId", home, "title", "Hallitus 1/2026",
                    "storage", memo("Hallitus 1/2026", "2026-01-15", "Laadi budjettiesitys", "mikko", "Varaa kokoustila", "sanna")));
            JsonNode b = client.step("createMemo", Map.of("spaceKey", SPACE, "parentId", home, "title", "Hallitus 2/2026",
                    "storage", memo("Hallitus 2/2026", "2026-02-12", "Päivitä jäsenrekisteri", "eeva")));
            JsonNode c = client.step("createMemo", Map.of("spaceKey", SPACE, "parentId", home, "title", "Palkkaneuvottelu 2026",
                    "storage", memo("Palkkaneuvottelu 2026", "2026-02-20", "Valmistele palkkataulukko", "sanna")));
            String idA = a.get("id").asText(), idB = b.get("id").asText(), idC = c.get("id").asText();
            assertEquals(home, a.get("parentId").asText());
            assertEquals(1, a.get("version").asInt());
            assertEquals(new TreeSet<>(List.of("Laadi budjettiesitys", "Varaa kokoustila", "Päivitä jäsenrekisteri", "Valmistele palkkataulukko")),
                    new TreeSet<>(texts(admin.json("GET", ITEMS, null, 200).get("items"))));
            assertEquals(2, admin.json("GET", "/rest/meeting-memo/1.0/pages/" + idA + "/memos", null, 200)
                    .get("memos").get(0).get("actionItems").size());

            // Found by title, read with its storage body, version and place in the tree.
            assertEquals(List.of(idA), List.of(client.step("findByTitle", Map.of("spaceKey", SPACE, "title", "Hallitus 1/2026")).get("ids").get(0).asText()));
            JsonNode read = client.step("read", Map.of("id", idA));
            assertTrue(read.get("storage").asText().contains("ac:name=\"memo-action\""), read.toString());
            assertEquals(List.of(home), List.of(read.get("ancestors").get(0).asText()));
            assertEquals(SPACE, read.get("space").asText());

            // Updated with the next version: the items follow; the same version again is Confluence's 409.
            JsonNode updated = client.step("update", Map.of("id", idA, "title", "Hallitus 1/2026",
                    "storage", memo("Hallitus 1/2026", "2026-01-15", "Laadi budjettiesitys ja kassavirtalaskelma", "mikko")));
            assertEquals(2, updated.get("version").asInt());
            JsonNode stale = updated.get("stale");
            assertEquals(409, stale.get("statusCode").asInt(), stale.toString());
            assertEquals("Conflict", stale.get("reason").asText());
            assertTrue(stale.get("message").asText().contains("Current version is: 2"), stale.toString());
            assertEquals(List.of("Laadi budjettiesitys ja kassavirtalaskelma"),
                    texts(admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + idA, null, 200).get("items")));

            // The home page's children, one per request, following _links.next.
            JsonNode children = client.step("children", Map.of("id", home));
            assertTrue(children.get("hasNext").asBoolean());
            assertEquals(new TreeSet<>(List.of(idA, idB, idC)), sorted(children.get("all")));

            // Labels, and CQL over type, space, label, title, ancestor and parent.
            assertEquals(new TreeSet<>(List.of("budjetti", "hallitus")), sorted(client.step("label", Map.of("id", idA, "labels", List.of("hallitus", "budjetti"))).get("labels")));
            client.step("label", Map.of("id", idB, "labels", List.of("hallitus")));
            assertEquals(List.of("hallitus"), List.of(client.step("unlabel", Map.of("id", idA, "name", "budjetti")).get("labels").get(0).asText()));
            JsonNode byLabel = client.step("cql", Map.of("cql", "type = page AND space = \"" + SPACE + "\" and label = hallitus"));
            assertEquals(new TreeSet<>(List.of(idA, idB)), sorted(byLabel.get("content")));
            assertEquals(sorted(byLabel.get("content")), sorted(byLabel.get("search")));
            assertEquals(2, byLabel.get("totalSize").asInt());
            assertEquals(new TreeSet<>(List.of(idC)), sorted(client.step("cql", Map.of("cql", "space in (" + SPACE + ", NOPE) and title ~ \"palkka*\"")).get("content")));
            assertEquals(new TreeSet<>(List.of(idA, idB, idC)), sorted(client.step("cql", Map.of("cql", "ancestor = " + home)).get("content")));
            assertEquals(new TreeSet<>(List.of(idB)), sorted(client.step("cql", Map.of("cql", "parent = " + home + " and title = 'Hallitus 2/2026'")).get("content")));
            JsonNode bad = client.step("badCql", Map.of("cql", "type = page or space = " + SPACE)).get("error");
            assertEquals(400, bad.get("statusCode").asInt(), bad.toString());
            assertEquals("Bad Request", bad.get("reason").asText());

            // A read restriction: the restricted memo's items leave the lists of everyone else.
            TestHost.Client mikko = test.as("mikko");
            assertTrue(texts(mikko.json("GET", ITEMS, null, 200).get("items")).contains("Valmistele palkkataulukko"));
            JsonNode restricted = client.step("restrict", Map.of("id", idC, "operation", "read", "username", "sanna"));
            assertEquals(List.of("sanna"), List.of(restricted.get("read").get(0).asText()));
            assertTrue(restricted.get("update").isEmpty());
            assertFalse(texts(mikko.json("GET", ITEMS, null, 200).get("items")).contains("Valmistele palkkataulukko"));
            assertTrue(texts(test.as("sanna").json("GET", ITEMS, null, 200).get("items")).contains("Valmistele palkkataulukko"));
            mikko.json("GET", "/rest/meeting-memo/1.0/pages/" + idC + "/memos", null, 404);

            // Trashed: hidden; restored: back.
            assertEquals(List.of(idB), List.of(client.step("trash", Map.of("id", idB)).get("trashed").get(0).asText()));
            assertEquals(0, admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + idB, null, 200).get("items").size());
            assertFalse(texts(admin.json("GET", ITEMS, null, 200).get("items")).contains("Päivitä jäsenrekisteri"));
            assertEquals("current", client.step("restore", Map.of("id", idB)).get("status").asText());
            assertEquals(List.of("Päivitä jäsenrekisteri"),
                    texts(admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + idB, null, 200).get("items")));

            // Purged (the newest page): its items are gone for good, and its id is never given to a new page.
            client.step("trash", Map.of("id", idC));
            assertTrue(client.step("purge", Map.of("id", idC)).get("gone").asBoolean());
            assertEquals(0, admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&includeRemoved=true&pageId=" + idC, null, 200).get("items").size());
            JsonNode d = client.step("createMemo", Map.of("spaceKey", SPACE, "parentId", home, "title", "Hallitus 3/2026",
                    "storage", memo("Hallitus 3/2026", "2026-03-12", "Kutsu tilintarkastaja", "eeva")));
            String idD = d.get("id").asText();
            assertNotEquals(idC, idD, "a purged page's id is not reused");
            assertTrue(Long.parseLong(idD) > Long.parseLong(idC));
            assertEquals(List.of("Kutsu tilintarkastaja"),
                    texts(admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&includeRemoved=true&pageId=" + idD, null, 200).get("items")));
            assertEquals(new TreeSet<>(List.of("Laadi budjettiesitys ja kassavirtalaskelma", "Päivitä jäsenrekisteri", "Kutsu tilintarkastaja")),
                    new TreeSet<>(texts(admin.json("GET", ITEMS, null, 200).get("items"))));
        }
    }
}
