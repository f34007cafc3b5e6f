package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Review defect 7: marking a native task done through the app ticks its checkbox on the page — a new page
 * version by the person, with a version comment — and reopening unticks it; a task that has left the page
 * meanwhile gets a clear 409 and nothing changes.
 */
class TaskCheckboxFollowsStatusTest {
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static JsonNode item(String q) throws Exception {
        return test.as("sanna").json("GET", "/rest/meeting-memo/1.0/action-items?status=all&q=" + q, null, 200).get("items").get(0);
    }

    private static JsonNode page(long id) throws Exception {
        return test.as("sanna").json("GET", "/rest/api/content/" + id + "?expand=body.storage,version", null, 200);
    }

    private static JsonNode setStatus(JsonNode item, String status, int expected) throws Exception {
        ObjectNode body = TestHost.JSON.createObjectNode().put("status", status).put("version", item.get("version").asInt());
        return test.as("sanna").json("PUT", "/rest/meeting-memo/1.0/action-items/" + item.get("id").asLong() + "/status", body, expected);
    }

    @Test
    void markingATaskDoneTicksItOnThePageAndReopeningUnticksIt() throws Exception {
        JsonNode task = item("bussimainokset");
        assertEquals("task", task.get("source").asText());
        long pageId = task.get("pageId").asLong();
        JsonNode before = page(pageId);
        String body = before.at("/body/storage/value").asText();
        assertTrue(body.contains("<ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"), body);

        JsonNode done = setStatus(task, "done", 200);
        assertEquals("done", done.get("status").asText());
        JsonNode after = page(pageId);
        assertEquals(before.at("/version/number").asInt() + 1, after.at("/version/number").asInt(), "a new page version");
        assertEquals(body.replace("<ac:task-id>1</ac:task-id><ac:task-status>incomplete", "<ac:task-id>1</ac:task-id><ac:task-status>complete"),
                after.at("/body/storage/value").asText(), "only the checkbox changed");
        String comment = test.host.pages().store().versionComment(pageId);
        assertTrue(comment != null && comment.contains("Sanna"), "the version comment names the person: " + comment);
        JsonNode tracked = item("bussimainokset");
        assertEquals("done", tracked.get("status").asText(), "the page's new checkbox agrees with the tracker");

        JsonNode reopened = setStatus(tracked, "open", 200);
        assertEquals("open", reopened.get("status").asText());
        assertTrue(page(pageId).at("/body/storage/value").asText().contains("<ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"));
        assertEquals("open", item("bussimainokset").get("status").asText());
    }

    @Test
    void aTaskThatLeftThePageMeanwhileIsAClearConflictAndNothingChanges() throws Exception {
        String storage = "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"m-tick\"><ac:parameter ac:name=\"title\">Tick</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-20</ac:parameter><ac:rich-text-body><ac:task-list><ac:task><ac:task-id>5</ac:task-id>"
                + "<ac:task-status>incomplete</ac:task-status><ac:task-body><ac:link><ri:user ri:username=\"sanna\"/></ac:link> Varaa sali</ac:task-body>"
                + "</ac:task></ac:task-list></ac:rich-text-body></ac:structured-macro>";
        long pageId = Long.parseLong(test.createPage("EDUFUTURA", "Tick conflict", storage));
        JsonNode task = item("Varaa%20sali");
        ObjectNode update = TestHost.newPage("EDUFUTURA", "Tick conflict", storage.replace("<ac:task-id>5</ac:task-id>", "<ac:task-id>6</ac:task-id>"));
        update.putObject("version").put("number", 2);
        test.as("admin").json("PUT", "/rest/api/content/" + pageId, update, 200);
        int versionBefore = page(pageId).at("/version/number").asInt();

        JsonNode conflict = setStatus(task, "done", 409);
        assertTrue(conflict.get("message").asText().contains("no longer on"), conflict.toString());
        assertEquals(versionBefore, page(pageId).at("/version/number").asInt(), "the page was not saved");
    }

    /**
     * Someone keeps editing the page in the editor (which knows nothing of the app's page lock) while its tasks are
     * closed through the app: no edit is overwritten by a tick, no tick is lost, and no close fails.
     */
    @Test
    void closingTasksWhileSomeoneEditsThePageLosesNeitherTheEditsNorTheTicks() throws Exception {
        int tasks = 12;
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= tasks; i++) {
            list.append("<ac:task><ac:task-id>").append(i).append("</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>")
                    .append("Kilpatehtävä ").append(i).append("</ac:task-body></ac:task>");
        }
        String storage = "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"m-race\"><ac:parameter ac:name=\"title\">Race</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-29</ac:parameter><ac:rich-text-body><ac:task-list>" + list
                + "</ac:task-list></ac:rich-text-body></ac:structured-macro>";
        long pageId = Long.parseLong(test.createPage("EDUFUTURA", "Tick race", storage));
        java.util.Set<String> savedEdits = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean editing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread editor = new Thread(() -> {
            try {
                for (int n = 0; editing.get(); n++) {
                    JsonNode current = test.as("admin").json("GET", "/rest/api/content/" + pageId + "?expand=body.storage,version", null, 200);
                    int version = current.at("/version/number").asInt();
                    ObjectNode update = TestHost.newPage("EDUFUTURA", "Tick race", current.at("/body/storage/value").asText() + "<p>edit-" + n + "</p>");
                    update.putObject("version").put("number", version + 1);
                    var answer = test.as("admin").send("PUT", "/rest/api/content/" + pageId, TestHost.JSON.writeValueAsString(update), "application/json");
                    if (answer.statusCode() == 200) savedEdits.add("<p>edit-" + n + "</p>");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        editor.start();
        java.util.List<String> failedCloses = new java.util.ArrayList<>();
        try {
            for (int i = 1; i <= tasks; i++) {
                JsonNode item = test.as("sanna").json("GET", "/rest/meeting-memo/1.0/action-items?status=all&pageId=" + pageId, null, 200)
                        .get("items").get(i - 1);
                ObjectNode body = TestHost.JSON.createObjectNode().put("status", "done").put("version", item.get("version").asInt());
                var answer = test.as("sanna").send("PUT", "/rest/meeting-memo/1.0/action-items/" + item.get("id").asLong() + "/status",
                        TestHost.JSON.writeValueAsString(body), "application/json");
                if (answer.statusCode() != 200) failedCloses.add(answer.statusCode() + " " + answer.body());
            }
        } finally {
            editing.set(false);
            editor.join();
        }
        String finalBody = page(pageId).at("/body/storage/value").asText();
        assertTrue(failedCloses.isEmpty(), "every close succeeds: " + failedCloses);
        assertTrue(savedEdits.size() > 0, "the editor saved while tasks were closed");
        for (String edit : savedEdits) assertTrue(finalBody.contains(edit), "a saved edit was overwritten by a tick: " + edit);
        assertEquals(tasks, finalBody.split("<ac:task-status>complete</ac:task-status>", -1).length - 1, "every checkbox is ticked: " + finalBody);
    }
}
