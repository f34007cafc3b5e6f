package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.PreviewHost;
import io.meetingmemo.it.TestHost.Client;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The walking skeleton end to end, over HTTP against the preview host running the real app from its
 * descriptor: a page saved through Confluence's content API yields tracked action items in the same
 * request cycle; the memo renders with the bundled styles; edits, conflicts, permissions and deletion
 * behave as a Confluence user expects. Runs on H2, and on PostgreSQL when CI provides one.
 */
class PreviewHostEndToEndTest {
    private static final ObjectMapper JSON = TestHost.JSON;
    private static final HttpClient HTTP = TestHost.HTTP;

    static List<Named<Supplier<DatabaseConfig>>> databases() {
        List<Named<Supplier<DatabaseConfig>>> dbs = new ArrayList<>();
        dbs.add(Named.of("H2", () -> DatabaseConfig.h2Memory("e2e" + UUID.randomUUID().toString().replace("-", ""))));
        dbs.add(Named.of("PostgreSQL", PostgresForTests::fresh));
        return dbs;
    }

    private static String memoPage(String actionText) {
        return "<p>Intro</p><ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"memo-1\">"
                + "<ac:parameter ac:name=\"title\">Viikkopalaveri</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-20</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"sanna\"/><ri:user ri:username=\"mikko\"/></ac:parameter>"
                + "<ac:rich-text-body><p>Keskustelua &auml;&ouml;</p>"
                + "<ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"act-1\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"mikko\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"due\">2026-12-01</ac:parameter><ac:rich-text-body><p>" + actionText + "</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:task-list><ac:task><ac:task-id>3</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body><ac:link><ri:user ri:username=\"sanna\"/></ac:link> tilaa mainokset <time datetime=\"2026-12-05\"/></ac:task-body></ac:task></ac:task-list>"
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSliceWorksEndToEnd(Supplier<DatabaseConfig> database) throws Exception {
        try (TestHost test = TestHost.start(database.get())) {
            PreviewHost host = test.host;
            Client admin = test.as("admin");

            // The 2012 Reititin memo is there, in Finnish, with its action item tracked.
            JsonNode seedItems = admin.json("GET", "/rest/meeting-memo/1.0/action-items?q=PROksin", null, 200);
            assertEquals(1, seedItems.get("items").size(), seedItems.toString());
            JsonNode seed = seedItems.get("items").get(0);
            assertEquals("Petri käy läpi PROksin ja koulutuspaketin ennen seuraavaa tapaamista.", seed.get("text").asText());
            assertEquals("petri", seed.get("assignee").get("username").asText());
            assertEquals("Petri Laitinen", seed.get("assignee").get("displayName").asText());

            // Create a page through Confluence's content API: its items are listed in the same request cycle.
            JsonNode page = admin.json("POST", "/rest/api/content",
                    TestHost.newPage("EDUFUTURA", "Viikkopalaveri 20.11.", memoPage("Varaa messuosasto")), 200);
            String pageId = page.get("id").asText();
            JsonNode items = admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + pageId, null, 200).get("items");
            assertEquals(2, items.size(), items.toString());
            JsonNode action = items.get(0);
            assertEquals("Varaa messuosasto", action.get("text").asText());
            assertEquals("2026-12-01", action.get("dueDate").asText());
            assertEquals("macro", action.get("source").asText());
            assertEquals("Viikkopalaveri", action.get("memo").get("title").asText());
            assertEquals(host.baseUri() + "pages/viewpage.action?pageId=" + pageId, action.get("url").asText());
            JsonNode task = items.get(1);
            assertEquals("task", task.get("source").asText());
            assertEquals("sanna", task.get("assignee").get("username").asText());
            assertEquals("2026-12-05", task.get("dueDate").asText());

            // Viewing the page renders the memo with the app's bundled styles, and the styles download.
            HttpResponse<String> view = admin.send("GET", "/pages/viewpage.action?pageId=" + pageId, null, null);
            assertEquals(200, view.statusCode());
            assertTrue(view.body().contains("class=\"mm-memo"), "memo rendered");
            assertTrue(view.body().contains("Varaa messuosasto"));
            assertTrue(view.body().contains("Keskustelua äö"));
            String css = "/download/resources/io.meetingmemo.confluence:meeting-memo-resources/meeting-memo.css";
            assertTrue(view.body().contains(css), "the page links the bundled stylesheet");
            HttpResponse<String> cssResponse = admin.send("GET", css, null, null);
            assertEquals(200, cssResponse.statusCode());
            assertTrue(cssResponse.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
            assertEquals(200, admin.send("GET", "/download/resources/io.meetingmemo.confluence:meeting-memo-resources/images/memo-header.svg", null, null).statusCode());
            assertEquals(404, admin.send("GET", "/download/resources/io.meetingmemo.confluence:meeting-memo-resources/../atlassian-plugin.xml", null, null).statusCode());

            // A stale page version is refused; the right one removes the action, which stays findable.
            ObjectNode update = JSON.createObjectNode();
            update.put("type", "page").put("title", "Viikkopalaveri 20.11.");
            update.putObject("version").put("number", 1);
            update.putObject("body").putObject("storage").put("value", "<p>Ei muistiota enää</p>").put("representation", "storage");
            admin.json("PUT", "/rest/api/content/" + pageId, update, 409);
            update.putObject("version").put("number", 2);
            admin.json("PUT", "/rest/api/content/" + pageId, update, 200);
            assertEquals(0, admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + pageId, null, 200).get("items").size());
            JsonNode removed = admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&includeRemoved=true&pageId=" + pageId, null, 200).get("items");
            assertEquals(2, removed.size());
            assertTrue(removed.get(0).get("removed").asBoolean());

            // Status changes: JSON only, optimistic locking.
            JsonNode euItems = admin.json("GET", "/rest/meeting-memo/1.0/action-items?spaceKey=EDUFUTURA&assignee=mikko", null, 200).get("items");
            JsonNode first = euItems.get(0);
            long id = first.get("id").asLong();
            int version = first.get("version").asInt();
            HttpResponse<String> form = admin.send("PUT", "/rest/meeting-memo/1.0/action-items/" + id + "/status",
                    "status=done&version=" + version, "application/x-www-form-urlencoded");
            assertTrue(form.statusCode() == 403 || form.statusCode() == 415, "a form post is refused: " + form.statusCode());
            ObjectNode done = JSON.createObjectNode().put("status", "done").put("version", version);
            JsonNode updated = admin.json("PUT", "/rest/meeting-memo/1.0/action-items/" + id + "/status", done, 200);
            assertEquals("done", updated.get("status").asText());
            assertEquals(version + 1, updated.get("version").asInt());
            JsonNode conflict = admin.json("PUT", "/rest/meeting-memo/1.0/action-items/" + id + "/status", done, 409);
            assertEquals(409, conflict.get("status").asInt());
            assertEquals(version + 1, conflict.get("current").get("version").asInt());
            assertEquals(400, admin.json("PUT", "/rest/meeting-memo/1.0/action-items/" + id + "/status",
                    JSON.createObjectNode().put("status", "finished").put("version", version + 1), 400).get("status").asInt());
            JsonNode history = admin.json("GET", "/rest/meeting-memo/1.0/action-items/" + id + "/history", null, 200).get("changes");
            assertEquals(1, history.size(), history.toString());
            assertEquals("rest", history.get(0).get("via").asText());
            assertEquals("admin", history.get(0).get("changedBy").get("username").asText());

            // Bad requests get a JSON reason.
            assertTrue(admin.json("GET", "/rest/meeting-memo/1.0/action-items?limit=0", null, 400).get("message").asText().contains("limit"));
            assertTrue(admin.json("GET", "/rest/meeting-memo/1.0/action-items?dueBefore=tomorrow", null, 400).get("message").asText().contains("dueBefore"));
            admin.json("GET", "/rest/meeting-memo/1.0/action-items?cursor=bm9wZQ", null, 400);

            // Permissions: a restricted memo's items are invisible to people outside it, in lists and by id.
            Client olli = test.as("olli");
            Client mikko = test.as("mikko");
            JsonNode mikkosView = mikko.json("GET", "/rest/meeting-memo/1.0/action-items?q=standirakentajalta", null, 200).get("items");
            assertEquals(1, mikkosView.size());
            long secretId = mikkosView.get(0).get("id").asLong();
            assertEquals(0, olli.json("GET", "/rest/meeting-memo/1.0/action-items?q=standirakentajalta", null, 200).get("items").size());
            olli.json("GET", "/rest/meeting-memo/1.0/action-items/" + secretId, null, 404);

            // Anonymous callers must log in; pages redirect to the login form.
            HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve("/rest/meeting-memo/1.0/action-items")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode());
            assertEquals(401, JSON.readTree(anonymous.body()).get("status").asInt());
            HttpResponse<String> anonymousPage = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve("/pages/viewpage.action?pageId=" + pageId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(303, anonymousPage.statusCode());
            assertTrue(anonymousPage.headers().firstValue("Location").orElse("").contains("/login"));

            // A page's memos with every structured field and the tracked status of each action.
            long seedPage = host.pages().store().findByTitle("REITITIN", "Tapaaminen projektipäällikkö Petri Laitisen kanssa").orElseThrow().id();
            JsonNode memos = admin.json("GET", "/rest/meeting-memo/1.0/pages/" + seedPage + "/memos", null, 200);
            JsonNode seedMemo = memos.get("memos").get(0);
            assertEquals("2012-05-16", seedMemo.get("date").asText());
            assertEquals("Petri Laitinen", seedMemo.get("attendees").get(0).get("person").get("displayName").asText());
            assertEquals(List.of("Sanoma WSOY", "OP-Pohjola"), List.of(seedMemo.get("contacts").get(0).get("name").asText(),
                    seedMemo.get("contacts").get(1).get("name").asText()));
            assertEquals("open", seedMemo.get("actionItems").get(0).get("tracked").get("status").asText());
            olli.json("GET", "/rest/meeting-memo/1.0/pages/" + host.pages().store().findByTitle("EDUFUTURA", "Messuosaston budjetti (luottamuksellinen)").orElseThrow().id() + "/memos", null, 404);

            // Administrators re-sync in batches; each answer says where the next batch starts.
            mikko.json("POST", "/rest/meeting-memo/1.0/admin/resync", JSON.createObjectNode(), 403);
            JsonNode batch = admin.json("POST", "/rest/meeting-memo/1.0/admin/resync", JSON.createObjectNode().put("maxPages", 2), 200);
            assertEquals(2, batch.get("pagesSynced").asInt());
            assertFalse(batch.get("done").asBoolean());
            ObjectNode again = JSON.createObjectNode().put("maxPages", 100);
            again.set("next", batch.get("next"));
            JsonNode rest = admin.json("POST", "/rest/meeting-memo/1.0/admin/resync", again, 200);
            assertTrue(rest.get("done").asBoolean());
            assertEquals(host.pages().store().list(null).size(), batch.get("pagesSynced").asInt() + rest.get("pagesSynced").asInt(),
                    "every current page was visited once");
            assertEquals(0, rest.get("inserted").asInt() + batch.get("inserted").asInt(), "everything was already in sync");

            // Deleting a page moves it to the trash: its items leave the lists.
            String eduPage = host.pages().store().findByTitle("EDUFUTURA", "Viestintätiimin kokous 2026-11-16").orElseThrow().id() + "";
            assertFalse(admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + eduPage, null, 200).get("items").isEmpty());
            assertEquals(204, admin.send("DELETE", "/rest/api/content/" + eduPage, null, null).statusCode());
            assertEquals(0, admin.json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + eduPage, null, 200).get("items").size());
            assertNotNull(host.activeObjects());
        }
    }
}
