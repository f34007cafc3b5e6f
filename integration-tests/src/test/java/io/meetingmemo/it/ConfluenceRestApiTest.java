package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes and errors of the preview host's Confluence REST API that the third-party client test does not
 * exercise, over plain HTTP: Confluence's error JSON, paging with {@code _links.next}, expansions, the page
 * tree, spaces, CQL refusals, restrictions and their effect on the app, and page ids after a purge.
 */
class ConfluenceRestApiTest {
    private static TestHost test;
    private static TestHost.Client admin;

    @BeforeAll
    static void start() {
        test = TestHost.startOnH2();
        admin = test.as("admin");
    }

    @AfterAll
    static void stop() { test.close(); }

    private static String q(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static String memo(String action, String assignee) {
        return ConfluenceRestClientTest.memo("Muistio", "2026-11-20", action, assignee);
    }

    private static void assertConfluenceError(JsonNode error, int status, String reason) {
        assertEquals(status, error.get("statusCode").asInt(), error.toString());
        assertEquals(reason, error.get("reason").asText(), error.toString());
        assertFalse(error.get("message").asText().isBlank());
        JsonNode data = error.get("data");
        assertFalse(data.get("successful").asBoolean());
        assertTrue(data.get("errors").isArray());
        assertTrue(data.has("authorized") && data.has("valid"), data.toString());
    }

    @Test
    void aStaleVersionIsConfluences409() throws Exception {
        String id = test.createPage("EDUFUTURA", "Versiotesti", memo("Tee jotain", "mikko"));
        ObjectNode update = TestHost.newPage("EDUFUTURA", "Versiotesti", memo("Tee jotain muuta", "mikko"));
        update.putObject("version").put("number", 2);
        assertEquals(2, admin.json("PUT", "/rest/api/content/" + id, update, 200).at("/version/number").asInt());
        JsonNode conflict = admin.json("PUT", "/rest/api/content/" + id, update, 409);
        assertConfluenceError(conflict, 409, "Conflict");
        assertEquals("Version must be incremented on update. Current version is: 2", conflict.get("message").asText());
        assertTrue(conflict.at("/data/valid").asBoolean());
        assertConfluenceError(admin.json("GET", "/rest/api/content/999999999", null, 404), 404, "Not Found");
        assertConfluenceError(admin.json("PUT", "/rest/api/content/" + id, TestHost.newPage("EDUFUTURA", "x", "<p/>"), 400), 400, "Bad Request");
        assertConfluenceError(admin.json("GET", "/rest/api/content?limit=lots", null, 400), 400, "Bad Request");
        HttpResponse<String> unreadable = admin.send("POST", "/rest/api/content", "{\"title\":", "application/json");
        assertEquals(400, unreadable.statusCode());
        assertConfluenceError(TestHost.JSON.readTree(unreadable.body()), 400, "Bad Request");
    }

    @Test
    void unknownPropertiesAreIgnoredAsConfluenceIgnoresThem() throws Exception {
        ObjectNode page = TestHost.newPage("EDUFUTURA", "Tuntemattomat kentät", memo("Tarkista kentät", "eeva"));
        page.put("somethingNew", true).putObject("metadata").putObject("properties").put("editor", "v2");
        page.with("body").with("storage").put("embeddedContent", "x");
        JsonNode created = admin.json("POST", "/rest/api/content", page, 200);
        assertEquals("Tuntemattomat kentät", created.get("title").asText());
        // The app's own REST module still refuses what it does not know.
        HttpResponse<String> app = admin.send("PUT", "/rest/meeting-memo/1.0/action-items/1/status",
                "{\"status\":\"done\",\"version\":1,\"surprise\":1}", "application/json");
        assertEquals(400, app.statusCode(), app.body());
        assertEquals(400, TestHost.JSON.readTree(app.body()).get("status").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "type = page or space = EDUFUTURA", "creator = admin", "title = \"open", "space in EDUFUTURA",
            "type = page and", "not label = x", "lastmodified > now(\"-1d\")", "ancestor = root", "space = EDUFUTURA order by creator",
            "((type = page)", "type == page", "label ~ memo"})
    void unsupportedOrBrokenCqlIsA400NeverA500(String cql) throws Exception {
        for (String path : List.of("/rest/api/content/search?cql=", "/rest/api/search?cql=")) {
            HttpResponse<String> answer = admin.send("GET", path + q(cql), null, null);
            assertEquals(400, answer.statusCode(), cql + " → " + answer.body());
            assertConfluenceError(TestHost.JSON.readTree(answer.body()), 400, "Bad Request");
        }
    }

    @Test
    void contentListsPageWithLinksNextLikeConfluence() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) ids.add(test.createPage("REITITIN", "Sivutus " + i, "<p>" + i + "</p>"));
        String path = "/rest/api/content/search?limit=2&cql=" + q("space = REITITIN and title ~ sivutus order by id");
        List<String> seen = new ArrayList<>();
        int requests = 0;
        while (path != null) {
            JsonNode page = admin.json("GET", path, null, 200);
            requests++;
            assertEquals(2, page.get("limit").asInt());
            assertEquals(page.get("results").size(), page.get("size").asInt());
            assertEquals(test.host.baseUri().toString().replaceAll("/$", ""), page.at("/_links/base").asText());
            assertEquals("", page.at("/_links/context").asText());
            for (JsonNode r : page.get("results")) {
                seen.add(r.get("id").asText());
                assertTrue(r.has("_expandable") && r.get("_expandable").has("body"), r.toString());
                assertNull(r.get("version"), "a list expands nothing unless asked");
            }
            path = page.at("/_links/next").isMissingNode() ? null : page.at("/_links/next").asText();
        }
        assertEquals(ids, seen);
        assertEquals(3, requests);

        JsonNode first = admin.json("GET", "/rest/api/content?spaceKey=REITITIN&type=page&limit=1&expand=version,space", null, 200);
        assertTrue(first.at("/_links/next").asText().startsWith("/rest/api/content?"), first.toString());
        assertTrue(first.at("/_links/next").asText().contains("start=1"));
        assertEquals(1, first.at("/results/0/version/number").asInt());
        assertEquals("REITITIN", first.at("/results/0/space/key").asText());
        JsonNode search = admin.json("GET", "/rest/api/search?limit=2&cql=" + q("space = REITITIN and title ~ sivutus"), null, 200);
        assertEquals(5, search.get("totalSize").asInt());
        assertTrue(search.at("/results/0/content/id").isTextual());
        assertTrue(search.at("/_links/next").asText().startsWith("/rest/api/search?"));
    }

    @Test
    void pagesHaveAncestorsUnderTheHomePageAndExpandOnlyWhatIsAsked() throws Exception {
        JsonNode space = admin.json("GET", "/rest/api/space/EDUFUTURA?expand=homepage", null, 200);
        String home = space.at("/homepage/id").asText();
        assertEquals("EduFutura viestintätiimi", space.at("/homepage/title").asText());
        assertEquals("/rest/api/content/" + home, admin.json("GET", "/rest/api/space/EDUFUTURA", null, 200).at("/_expandable/homepage").asText());

        String parent = test.createPage("EDUFUTURA", "Isäsivu", "<p/>");
        ObjectNode child = TestHost.newPage("EDUFUTURA", "Lapsisivu", "<p/>");
        child.putArray("ancestors").addObject().put("id", parent);
        String childId = admin.json("POST", "/rest/api/content", child, 200).get("id").asText();
        JsonNode read = admin.json("GET", "/rest/api/content/" + childId + "?expand=ancestors,body.storage", null, 200);
        assertEquals(List.of(home, parent), List.of(read.at("/ancestors/0/id").asText(), read.at("/ancestors/1/id").asText()));
        assertEquals("<p/>", read.at("/body/storage/value").asText());
        assertNull(read.get("version"));
        assertEquals("", read.at("/_expandable/version").asText());
        JsonNode byDefault = admin.json("GET", "/rest/api/content/" + childId, null, 200);
        assertEquals(1, byDefault.at("/version/number").asInt());
        assertEquals("EDUFUTURA", byDefault.at("/space/key").asText());
        assertTrue(byDefault.at("/_expandable/body").isTextual());
        assertEquals(1, admin.json("GET", "/rest/api/content/" + childId + "/history", null, 200).at("/lastUpdated/number").asInt());
        assertTrue(admin.json("GET", "/rest/api/space/EDUFUTURA/content/page?limit=200", null, 200).get("results")
                .findValuesAsText("id").containsAll(List.of(home, parent, childId)));
        JsonNode children = admin.json("GET", "/rest/api/content/" + parent + "/child/page", null, 200);
        assertEquals(childId, children.at("/results/0/id").asText());

        // A parent in another space is refused.
        ObjectNode elsewhere = TestHost.newPage("REITITIN", "Väärä tila", "<p/>");
        elsewhere.putArray("ancestors").addObject().put("id", parent);
        assertConfluenceError(admin.json("POST", "/rest/api/content", elsewhere, 400), 400, "Bad Request");

        // Trashing the parent moves the child up; the trash is listed with status=trashed; restore and purge.
        assertEquals(204, admin.send("DELETE", "/rest/api/content/" + parent, null, null).statusCode());
        assertEquals(home, admin.json("GET", "/rest/api/content/" + childId + "?expand=ancestors", null, 200).at("/ancestors/0/id").asText());
        admin.json("GET", "/rest/api/content/" + parent, null, 404);
        assertEquals("trashed", admin.json("GET", "/rest/api/content/" + parent + "?status=trashed", null, 200).get("status").asText());
        JsonNode trash = admin.json("GET", "/rest/api/content?spaceKey=EDUFUTURA&status=trashed", null, 200);
        assertTrue(trash.get("results").findValuesAsText("id").contains(parent), trash.toString());
        ObjectNode restore = TestHost.JSON.createObjectNode().put("type", "page").put("title", "Isäsivu").put("status", "current");
        restore.putObject("version").put("number", 1);
        assertConfluenceError(admin.json("PUT", "/rest/api/content/" + parent, restore, 409), 409, "Conflict");
        restore.putObject("version").put("number", 2);
        assertEquals("current", admin.json("PUT", "/rest/api/content/" + parent, restore, 200).get("status").asText());
        assertEquals(204, admin.send("DELETE", "/rest/api/content/" + parent, null, null).statusCode());
        assertEquals(204, admin.send("DELETE", "/rest/api/content/" + parent + "?status=trashed", null, null).statusCode());
        admin.json("GET", "/rest/api/content/" + parent + "?status=any", null, 404);
        // The home page stays.
        assertConfluenceError(admin.json("DELETE", "/rest/api/content/" + home, null, 400), 400, "Bad Request");
    }

    @Test
    void spacesAreListedPagedAndCreatedByAdministratorsWithTheirHomePage() throws Exception {
        JsonNode all = admin.json("GET", "/rest/api/space", null, 200);
        for (JsonNode s : all.get("results")) {
            assertTrue(s.at("/_expandable/homepage").asText().startsWith("/rest/api/content/"), "every space has a home page: " + s);
        }
        JsonNode one = admin.json("GET", "/rest/api/space?limit=1", null, 200);
        assertEquals(1, one.get("size").asInt());
        assertTrue(one.at("/_links/next").asText().startsWith("/rest/api/space?"), one.toString());
        JsonNode filtered = admin.json("GET", "/rest/api/space?spaceKey=REITITIN&spaceKey=EDUFUTURA", null, 200);
        assertEquals(2, filtered.get("size").asInt());

        ObjectNode space = TestHost.JSON.createObjectNode().put("key", "HALLITUS").put("name", "Hallitus");
        space.putObject("description").putObject("plain").put("value", "Hallituksen muistiot").put("representation", "plain");
        assertConfluenceError(test.as("mikko").json("POST", "/rest/api/space", space, 403), 403, "Forbidden");
        JsonNode created = admin.json("POST", "/rest/api/space", space, 200);
        assertEquals("HALLITUS", created.get("key").asText());
        assertEquals("Hallitus", created.at("/homepage/title").asText());
        assertEquals("Hallituksen muistiot", admin.json("GET", "/rest/api/space/HALLITUS?expand=description.plain", null, 200)
                .at("/description/plain/value").asText());
        assertConfluenceError(admin.json("POST", "/rest/api/space", space, 400), 400, "Bad Request");
        assertConfluenceError(admin.json("POST", "/rest/api/space", TestHost.JSON.createObjectNode().put("key", "bad key!").put("name", "x"), 400), 400, "Bad Request");
        assertConfluenceError(admin.json("GET", "/rest/api/space/NOSUCH", null, 404), 404, "Not Found");
    }

    @Test
    void aRestrictionSetThroughConfluencesJsonChangesWhatTheAppListsForOthersAtOnce() throws Exception {
        String id = test.createPage("EDUFUTURA", "Rajattu muistio", memo("Salainen tehtävä", "eeva"));
        String list = "/rest/meeting-memo/1.0/action-items?status=all&q=" + q("Salainen tehtävä");
        TestHost.Client mikko = test.as("mikko");
        TestHost.Client eeva = test.as("eeva");
        assertEquals(1, mikko.json("GET", list, null, 200).get("items").size());

        ArrayNode body = TestHost.JSON.createArrayNode();
        ObjectNode read = body.addObject().put("operation", "read");
        ArrayNode users = read.putObject("restrictions").putArray("user");
        users.addObject().put("type", "known").put("username", "eeva");
        users.addObject().put("type", "known").put("username", "sanna");
        ObjectNode update = body.addObject().put("operation", "update");
        update.putObject("restrictions").putArray("user").addObject().put("type", "known").put("username", "sanna");
        JsonNode answer = admin.json("POST", "/rest/api/content/" + id + "/restriction", body, 200);
        assertEquals(List.of("eeva", "sanna"), answer.at("/read/restrictions/user/results").findValuesAsText("username"));

        assertEquals(0, mikko.json("GET", list, null, 200).get("items").size());
        assertEquals(1, eeva.json("GET", list, null, 200).get("items").size());
        mikko.json("GET", "/rest/api/content/" + id, null, 404);
        // Eeva can read but not edit: she may not change the restrictions either.
        HttpResponse<String> refused = eeva.send("PUT", "/rest/api/content/" + id + "/restriction/byOperation/read/user?userName=mikko", null, null);
        assertEquals(403, refused.statusCode(), refused.body());
        assertConfluenceError(TestHost.JSON.readTree(refused.body()), 403, "Forbidden");
        assertEquals(0, mikko.json("GET", list, null, 200).get("items").size());
        // Sanna can edit: she lets Mikko read, and he sees the item at once.
        assertEquals(200, test.as("sanna").send("PUT", "/rest/api/content/" + id + "/restriction/byOperation/read/user?userName=mikko", null, null).statusCode());
        assertEquals(1, mikko.json("GET", list, null, 200).get("items").size());
        assertEquals(200, admin.send("DELETE", "/rest/api/content/" + id + "/restriction/byOperation/read/user?userName=mikko", null, null).statusCode());
        assertEquals(0, mikko.json("GET", list, null, 200).get("items").size());
        assertEquals(List.of("sanna"), admin.json("GET", "/rest/api/content/" + id + "/restriction/byOperation", null, 200)
                .at("/update/restrictions/user/results").findValuesAsText("username"));
        // CQL results are filtered before paging: Mikko's first page holds only what he may see.
        JsonNode mikkosSearch = mikko.json("GET", "/rest/api/content/search?limit=1&cql=" + q("title = \"Rajattu muistio\""), null, 200);
        assertEquals(0, mikkosSearch.get("size").asInt());
    }

    @Test
    void labelsAcceptAnArrayOrOneObjectAndAreRemovedByName() throws Exception {
        String id = test.createPage("EDUFUTURA", "Tunnisteet", "<p/>");
        ArrayNode two = TestHost.JSON.createArrayNode();
        two.addObject().put("prefix", "global").put("name", "Muistio");
        two.addObject().put("prefix", "global").put("name", "hallitus");
        assertEquals(List.of("hallitus", "muistio"), admin.json("POST", "/rest/api/content/" + id + "/label", two, 200)
                .get("results").findValuesAsText("name"));
        admin.json("POST", "/rest/api/content/" + id + "/label", TestHost.JSON.createObjectNode().put("prefix", "global").put("name", "budjetti"), 200);
        assertEquals(204, admin.send("DELETE", "/rest/api/content/" + id + "/label?name=muistio", null, null).statusCode());
        assertEquals(204, admin.send("DELETE", "/rest/api/content/" + id + "/label/budjetti", null, null).statusCode());
        assertEquals(List.of("hallitus"), admin.json("GET", "/rest/api/content/" + id + "/label", null, 200).get("results").findValuesAsText("name"));
        assertConfluenceError(admin.json("POST", "/rest/api/content/" + id + "/label",
                TestHost.JSON.createObjectNode().put("prefix", "global").put("name", "two words"), 400), 400, "Bad Request");
        JsonNode expanded = admin.json("GET", "/rest/api/content/" + id + "?expand=metadata.labels", null, 200);
        assertEquals("hallitus", expanded.at("/metadata/labels/results/0/name").asText());
    }

    /** Defect 8: purging the newest page freed its id, and the next new page inherited the purged page's items. */
    @Test
    void aPageCreatedAfterAPurgeGetsANewIdAndNoneOfThePurgedItems() throws Exception {
        String purged = test.createPage("EDUFUTURA", "Poistettava " + System.nanoTime(), memo("Salainen suunnitelma", "mikko"));
        assertEquals(1, admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + purged, null, 200).get("items").size());
        assertEquals(204, admin.send("DELETE", "/rest/api/content/" + purged, null, null).statusCode());
        assertEquals(204, admin.send("DELETE", "/rest/api/content/" + purged + "?status=trashed", null, null).statusCode());
        String next = test.createPage("EDUFUTURA", "Uusi " + System.nanoTime(), memo("Aivan uusi tehtävä", "sanna"));
        assertNotEquals(purged, next);
        JsonNode items = admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&includeRemoved=true&pageId=" + next, null, 200).get("items");
        assertEquals(List.of("Aivan uusi tehtävä"), items.findValuesAsText("text"));
    }
}
