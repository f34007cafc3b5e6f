package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.embeddedao.AoTableNames;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.it.TestHost.Client;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A memo written on a blog post is tracked as one on a page is, through everything Confluence does to a blog post:
 * created, edited (the memo removed and written back), restricted, trashed, restored, re-synced by an administrator
 * after the tracker lost its rows, and purged. Driven through Confluence's content REST API and the host's editor,
 * on H2 and on PostgreSQL when CI provides one.
 */
class BlogPostActionItemsTest {
    private static final String API = "/rest/meeting-memo/1.0";
    private static final String SPACE = "EDUFUTURA";

    /** H2, and PostgreSQL when CI provides one: the databases of the end-to-end test. */
    private static final String DATABASES = "io.meetingmemo.it.PreviewHostEndToEndTest#databases";

    private static String memo(String actionText) {
        return "<p>Tiimin kuulumiset</p><ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"blog-memo\">"
                + "<ac:parameter ac:name=\"title\">Blogipalaveri</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-24</ac:parameter>"
                + "<ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"blog-act\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"mikko\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"due\">2026-12-04</ac:parameter><ac:rich-text-body><p>" + actionText + "</p></ac:rich-text-body></ac:structured-macro>"
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static ObjectNode newBlogPost(String title, String storage) {
        ObjectNode post = TestHost.newPage(SPACE, title, storage);
        post.put("type", "blogpost");
        return post;
    }

    private static ObjectNode edit(String title, int version, String storage) {
        ObjectNode update = TestHost.JSON.createObjectNode();
        update.put("type", "blogpost").put("title", title);
        update.putObject("version").put("number", version);
        update.putObject("body").putObject("storage").put("value", storage).put("representation", "storage");
        return update;
    }

    private static JsonNode items(Client client, String contentId, boolean includeRemoved) throws Exception {
        return client.json("GET", API + "/action-items?status=all&includeRemoved=" + includeRemoved + "&pageId=" + contentId, null, 200).get("items");
    }

    private static List<String> ids(JsonNode results) {
        return StreamSupport.stream(results.spliterator(), false).map(r -> r.get("id").asText()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DATABASES)
    void aMemoOnABlogPostIsTrackedLikeOneOnAPage(Supplier<DatabaseConfig> database) throws Exception {
        try (TestHost test = TestHost.start(database.get())) {
            Client admin = test.as("admin");
            String title = "Blogipalaveri 24.11.";

            // Created through the content API: a blog post, outside the page tree, with its item tracked at once.
            JsonNode created = admin.json("POST", "/rest/api/content", newBlogPost(title, memo("Kirjoita blogiteksti")), 200);
            String id = created.get("id").asText();
            assertEquals("blogpost", created.get("type").asText());
            assertEquals(0, created.get("ancestors").size(), "a blog post has no ancestors");
            JsonNode items = items(admin, id, false);
            assertEquals(1, items.size(), items.toString());
            assertEquals("Kirjoita blogiteksti", items.get(0).get("text").asText());
            assertEquals("Blogipalaveri", items.get(0).get("memo").get("title").asText());
            assertEquals(test.host.baseUri() + "pages/viewpage.action?pageId=" + id, items.get(0).get("url").asText());

            // Confluence's lists keep the types apart; the blog post reads back as one.
            assertTrue(ids(admin.json("GET", "/rest/api/content?type=blogpost&spaceKey=" + SPACE, null, 200).get("results")).contains(id));
            assertFalse(ids(admin.json("GET", "/rest/api/content?spaceKey=" + SPACE + "&limit=200", null, 200).get("results")).contains(id),
                    "content without a type is pages");
            assertTrue(ids(admin.json("GET", "/rest/api/space/" + SPACE + "/content/blogpost", null, 200).get("results")).contains(id));
            assertEquals("blogpost", admin.json("GET", "/rest/api/content/" + id, null, 200).get("type").asText());
            assertEquals(List.of(id), ids(admin.json("GET", "/rest/api/content/search?cql="
                    + URLEncoder.encode("type = blogpost and space = " + SPACE, StandardCharsets.UTF_8), null, 200).get("results")));
            admin.json("POST", "/rest/api/content", newBlogPost(title, "<p>again</p>"), 400);

            // The host shows it, with its memo, and lists it under the space's blog posts.
            String view = admin.html("/pages/viewpage.action?pageId=" + id);
            assertTrue(view.contains("class=\"mm-memo"), "memo rendered");
            assertTrue(view.contains("Kirjoita blogiteksti"));
            assertTrue(admin.html("/").contains("/pages/viewpage.action?pageId=" + id));

            // An edit: the item's text follows.
            admin.json("PUT", "/rest/api/content/" + id, edit(title, 2, memo("Julkaise blogiteksti")), 200);
            items = items(admin, id, false);
            assertEquals(1, items.size(), items.toString());
            assertEquals("Julkaise blogiteksti", items.get(0).get("text").asText());

            // The item is exactly as visible as its blog post.
            assertEquals(200, admin.send("PUT", "/rest/api/content/" + id + "/restriction/byOperation/read/user?userName=sanna", null, null).statusCode());
            assertEquals(0, items(test.as("olli"), id, false).size(), "olli may not view the blog post");
            assertEquals(1, items(test.as("sanna"), id, false).size());
            long itemId = items.get(0).get("id").asLong();
            test.as("olli").json("GET", API + "/action-items/" + itemId, null, 404);
            assertEquals(200, admin.send("DELETE", "/rest/api/content/" + id + "/restriction/byOperation/read/user?userName=sanna", null, null).statusCode());

            // Trashed: the item leaves the lists. Restored: it is back.
            assertEquals(204, admin.send("DELETE", "/rest/api/content/" + id, null, null).statusCode());
            assertEquals(0, items(admin, id, false).size());
            ObjectNode restore = edit(title, 3, "");
            restore.put("status", "current");
            restore.remove("body");
            assertEquals("current", admin.json("PUT", "/rest/api/content/" + id, restore, 200).get("status").asText());
            assertEquals(1, items(admin, id, false).size());

            // An edit that removes the memo marks the item removed; writing it back brings the same item back.
            int restored = admin.json("GET", "/rest/api/content/" + id, null, 200).get("version").get("number").asInt();
            admin.json("PUT", "/rest/api/content/" + id, edit(title, restored + 1, "<p>Ei muistiota</p>"), 200);
            assertEquals(0, items(admin, id, false).size());
            JsonNode removed = items(admin, id, true);
            assertEquals(1, removed.size());
            assertTrue(removed.get(0).get("removed").asBoolean());
            admin.json("PUT", "/rest/api/content/" + id, edit(title, restored + 2, memo("Julkaise blogiteksti")), 200);
            assertEquals(itemId, items(admin, id, false).get(0).get("id").asLong());

            // The tracker loses the blog post's rows; an administrator's re-sync of the space repairs them.
            String prefix = prefix(test);
            try (Connection c = test.host.activeObjects().openConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM \"" + prefix + "STATUS_CHANGE\" WHERE \"ITEM_ID\" IN (SELECT \"ID\" FROM \""
                        + prefix + "ACTION_ITEM\" WHERE \"PAGE_ID\" = " + id + ")");
                s.executeUpdate("DELETE FROM \"" + prefix + "ACTION_ITEM\" WHERE \"PAGE_ID\" = " + id);
                s.executeUpdate("DELETE FROM \"" + prefix + "SYNCED_PAGE\" WHERE \"PAGE_ID\" = " + id);
            }
            assertEquals(0, items(admin, id, true).size());
            JsonNode resync = admin.json("POST", API + "/admin/resync",
                    TestHost.JSON.createObjectNode().put("spaceKey", SPACE).put("maxPages", 500), 200);
            assertTrue(resync.get("done").asBoolean(), resync.toString());
            assertEquals(1, resync.get("inserted").asInt(), "only the blog post's item was missing: " + resync);
            items = items(admin, id, false);
            assertEquals(1, items.size(), items.toString());
            assertEquals("Julkaise blogiteksti", items.get(0).get("text").asText());

            // Purged from the trash: the item is kept, marked removed (and, with no blog post to view, shown to nobody).
            assertEquals(204, admin.send("DELETE", "/rest/api/content/" + id, null, null).statusCode());
            assertEquals(204, admin.send("DELETE", "/rest/api/content/" + id + "?status=trashed", null, null).statusCode());
            admin.json("GET", "/rest/api/content/" + id + "?status=any", null, 404);
            assertEquals(List.of(true), removedFlags(test, id));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DATABASES)
    void aBlogPostWrittenInTheHostsEditorIsTracked(Supplier<DatabaseConfig> database) throws Exception {
        try (TestHost test = TestHost.start(database.get())) {
            Client sanna = test.as("sanna");
            String editor = sanna.html("/pages/createblogpost.action?spaceKey=" + SPACE);
            assertTrue(editor.contains("name=\"contentType\" value=\"blogpost\""), "the editor saves a blog post");
            int at = editor.indexOf("name=\"token\" value=\"") + "name=\"token\" value=\"".length();
            String token = editor.substring(at, editor.indexOf('"', at));
            String form = "token=" + enc(token) + "&spaceKey=" + SPACE + "&pageId=0&version=1&contentType=blogpost"
                    + "&title=" + enc("Kuulumisia") + "&body=" + enc(memo("Kuvaa tapahtuma"));
            HttpResponse<String> saved = sanna.send("POST", "/pages/savepage.action", form, "application/x-www-form-urlencoded");
            assertEquals(303, saved.statusCode(), saved.body());
            String location = saved.headers().firstValue("Location").orElseThrow();
            String id = location.substring(location.indexOf("pageId=") + "pageId=".length());
            assertEquals("blogpost", sanna.json("GET", "/rest/api/content/" + id, null, 200).get("type").asText());
            JsonNode items = items(sanna, id, false);
            assertEquals(1, items.size(), items.toString());
            assertEquals("Kuvaa tapahtuma", items.get(0).get("text").asText());
            assertTrue(sanna.html("/pages/viewpage.action?pageId=" + id).contains("blog post"));
        }
    }

    private static String prefix(TestHost test) { return AoTableNames.prefixFor(test.host.activeObjects().namespace()); }

    /** The REMOVED flag of each tracked item of the content, as stored. */
    private static List<Boolean> removedFlags(TestHost test, String contentId) throws Exception {
        List<Boolean> flags = new ArrayList<>();
        try (Connection c = test.host.activeObjects().openConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"REMOVED\" FROM \"" + prefix(test) + "ACTION_ITEM\" WHERE \"PAGE_ID\" = " + contentId)) {
            while (rs.next()) flags.add(rs.getBoolean(1));
        }
        return flags;
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
