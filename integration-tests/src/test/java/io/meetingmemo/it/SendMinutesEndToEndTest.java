package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Send minutes" end to end on the preview host, read back from its SMTP server's outbox
 * ({@code GET /rest/preview/1.0/outbox}): who gets the minutes (people who may view the page; guests and people without
 * permission only when the sender ticks them), each in their language with their own actions first, the memo saying to
 * how many people they went, the resend warning, and the REST refusals (JSON only, stale version, unknown memo, no
 * mail server).
 */
class SendMinutesEndToEndTest {
    private static final String API = "/rest/meeting-memo/1.0";
    private static final String SPACE = "EDUFUTURA";
    private static final String MEMO = "hallitus-11";
    private static TestHost test;
    private static long page;

    @BeforeAll
    static void start() throws Exception {
        test = TestHost.startOnH2();
        String memo = "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"" + MEMO + "\">"
                + "<ac:parameter ac:name=\"title\">Hallitus marraskuu</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-27</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"petri\"/><ri:user ri:username=\"anna\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"absent\">mikko, sanna</ac:parameter><ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"memo-guest\"><ac:parameter ac:name=\"name\">Liisa Kumppani</ac:parameter>"
                + "<ac:parameter ac:name=\"email\">liisa@partner.example.com</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"memo-decision\"><ac:rich-text-body><p>Varataan messuosasto</p></ac:rich-text-body></ac:structured-macro>"
                + action("mikko", "Tilaa banderollit", "2026-12-04") + action("anna", "Pyydä budjetti", "2026-12-10")
                + "</ac:rich-text-body></ac:structured-macro>";
        page = Long.parseLong(test.createPage(SPACE, "Hallitus 27.11.2026", memo));
        test.host.pages().store().restrict(page, "view", Set.of("admin", "petri", "anna", "mikko", "eeva"));
        test.host.pages().store().restrict(page, "edit", Set.of("admin", "petri"));
    }

    private static String action(String assignee, String text, String due) {
        return "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"" + assignee
                + "\"/></ac:parameter><ac:parameter ac:name=\"due\">" + due + "</ac:parameter><ac:rich-text-body><p>" + text
                + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    @AfterAll
    static void stop() { if (test != null) test.close(); }

    private static String sendPath(String memoKey) { return API + "/pages/" + page + "/memos/" + memoKey + "/send"; }

    private static ObjectNode request(boolean preview) {
        ObjectNode body = TestHost.JSON.createObjectNode();
        body.put("preview", preview).put("pageVersion", test.host.pages().store().find(page).orElseThrow().version());
        return body;
    }

    /**
     * The minutes the host's SMTP server received, after the mail queue is flushed, as its outbox lists them; the host's
     * reminder job may mail the demo's people on its own, and those mails (subject "Meeting Memo …") are left aside.
     */
    private static List<JsonNode> outbox() throws Exception {
        test.as("admin").json("POST", "/rest/preview/1.0/mail/flush", TestHost.JSON.createObjectNode(), 200);
        List<JsonNode> mails = new ArrayList<>();
        for (JsonNode mail : test.as("admin").json("GET", "/rest/preview/1.0/outbox", null, 200)) {
            if (!mail.path("subject").asText().contains("Meeting Memo")) mails.add(mail);
        }
        return mails;
    }

    private static void clearOutbox() throws Exception {
        HttpResponse<String> cleared = test.as("admin").send("DELETE", "/rest/preview/1.0/outbox", null, "application/json");
        assertEquals(204, cleared.statusCode(), cleared.body());
    }

    private static JsonNode mailTo(List<JsonNode> mails, String address) {
        return mails.stream().filter(m -> StreamSupport.stream(m.get("to").spliterator(), false).anyMatch(t -> t.asText().equals(address)))
                .findFirst().orElseThrow(() -> new AssertionError("no mail to " + address + " in " + mails));
    }

    private static List<String> recipients(List<JsonNode> mails) {
        return mails.stream().flatMap(m -> StreamSupport.stream(m.get("to").spliterator(), false)).map(JsonNode::asText).sorted().toList();
    }

    @Test
    void theMinutesReachTheViewersInTheirLanguageAndTheMemoSaysToHowMany() throws Exception {
        clearOutbox();
        JsonNode preview = test.as("petri").json("POST", sendPath(MEMO), request(true), 200);
        assertTrue(preview.get("previousSend").isNull());
        JsonNode liisa = StreamSupport.stream(preview.get("recipients").spliterator(), false)
                .filter(r -> r.get("name").asText().equals("Liisa Kumppani")).findFirst().orElseThrow();
        assertFalse(liisa.get("chosen").asBoolean());
        assertEquals("no-page-access", liisa.get("skipReason").asText());
        assertFalse(liisa.at("/mail/html").asText().contains("viewpage"), "the guest's preview promises no link");
        assertTrue(outbox().isEmpty(), "a preview sends nothing");

        JsonNode sent = test.as("petri").json("POST", sendPath(MEMO), request(false), 200);
        assertEquals(3, sent.at("/send/queuedCount").asInt());

        List<JsonNode> mails = outbox();
        assertEquals(List.of("anna@example.org", "mikko@example.org", "petri@example.org"), recipients(mails),
                "sanna may not view the page and the guest was not ticked");
        JsonNode anna = mailTo(mails, "anna@example.org");
        assertEquals("[Confluence] Protokoll: Hallitus marraskuu", anna.get("subject").asText(), "the server's prefix, then the app's subject");
        String annaHtml = anna.get("html").asText();
        assertTrue(annaHtml.indexOf("Dina uppgifter") < annaHtml.indexOf("Pyydä budjetti")
                && annaHtml.indexOf("Pyydä budjetti") < annaHtml.indexOf("Beslut")
                && annaHtml.indexOf("Beslut") < annaHtml.indexOf("Tilaa banderollit"), annaHtml);
        assertTrue(annaHtml.contains("/pages/viewpage.action?pageId=" + page), annaHtml);
        JsonNode mikko = mailTo(mails, "mikko@example.org");
        assertEquals("[Confluence] Muistio: Hallitus marraskuu", mikko.get("subject").asText());
        String mikkoHtml = mikko.get("html").asText();
        assertTrue(mikkoHtml.indexOf("Sinun tehtäväsi") < mikkoHtml.indexOf("Tilaa banderollit")
                && mikkoHtml.indexOf("Tilaa banderollit") < mikkoHtml.indexOf("Päätökset"), mikkoHtml);

        String memoPage = test.as("petri").html("/pages/viewpage.action?pageId=" + page);
        assertTrue(memoPage.contains("henkilölle") && memoPage.contains("Lähetetty") && memoPage.contains(" 3 henkilölle"), "the memo says the minutes went to 3 people");
        String annasView = test.as("anna").html("/pages/viewpage.action?pageId=" + page);
        assertTrue(annasView.contains("Skickat till 3 personer"), "a viewer sees it in her language");
        assertFalse(annasView.contains("mm-send-minutes"), "a viewer who may not edit has no Send minutes button");

        // Sending again needs the confirmation; the sends are listed newest first for viewers.
        JsonNode again = test.as("petri").json("POST", sendPath(MEMO), request(false), 409);
        assertEquals("already-sent", again.get("code").asText());
        assertEquals(3, again.at("/previousSend/queuedCount").asInt());
        ObjectNode confirmed = request(false).put("resend", true);
        confirmed.putArray("recipients");
        confirmed.putArray("includeWithoutAccess").add(liisa.get("id").asText());
        assertEquals(1, test.as("petri").json("POST", sendPath(MEMO), confirmed, 200).at("/send/queuedCount").asInt());
        JsonNode guestMail = mailTo(outbox(), "liisa@partner.example.com");
        assertFalse(guestMail.get("html").asText().contains("viewpage"), "no link the guest cannot open");
        assertEquals(liisa.at("/mail/html").asText().strip(), guestMail.get("html").asText().replace("\r\n", "\n").strip(),
                "the guest gets what was previewed (SMTP carries its lines with CRLF)");
        JsonNode sends = test.as("eeva").json("GET", API + "/pages/" + page + "/memos/" + MEMO + "/sends", null, 200).get("sends");
        assertEquals(List.of(1, 3), StreamSupport.stream(sends.spliterator(), false).map(s -> s.get("queuedCount").asInt()).toList());
        assertEquals("petri", sends.at("/0/sender/username").asText());
    }

    @Test
    void badRequestsGetAClearJsonErrorAndSendNothing() throws Exception {
        TestHost.Client petri = test.as("petri");
        // Confluence's XSRF check (403) or the app's JSON-only filter (415) refuses them before anything is read.
        HttpResponse<String> untyped = petri.send("POST", sendPath(MEMO), null, null);
        assertTrue(Set.of(403, 415).contains(untyped.statusCode()), untyped.body());
        HttpResponse<String> text = petri.send("POST", sendPath(MEMO), "{\"preview\":true}", "text/plain");
        assertTrue(Set.of(403, 415).contains(text.statusCode()), text.body());
        HttpResponse<String> tokenOnly = petri.send("POST", sendPath(MEMO), "{\"preview\":true}", "text/plain; charset=UTF-8");
        assertTrue(Set.of(403, 415).contains(tokenOnly.statusCode()), tokenOnly.body());
        HttpResponse<String> empty = petri.send("POST", sendPath(MEMO), "", "application/json");
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(TestHost.JSON.readTree(empty.body()).get("message").asText().contains("JSON object"), empty.body());
        assertEquals(400, petri.json("POST", sendPath(MEMO), TestHost.JSON.createObjectNode().put("preview", "yes"), 400).get("status").asInt());
        assertEquals(400, petri.json("POST", sendPath(MEMO), TestHost.JSON.createObjectNode().put("bcc", "x@example.com"), 400).get("status").asInt());
        assertEquals("unknown-recipient", petri.json("POST", sendPath(MEMO),
                request(true).set("recipients", TestHost.JSON.createArrayNode().add("user:nobody")), 400).get("code").asText());
        assertEquals("stale-page", petri.json("POST", sendPath(MEMO), request(false).put("pageVersion", 99), 409).get("code").asText());
        assertEquals("version-missing", petri.json("POST", sendPath(MEMO), TestHost.JSON.createObjectNode().put("preview", false), 400).get("code").asText());
        assertEquals("no-memo", petri.json("POST", sendPath("no-such-memo"), request(true), 404).get("code").asText());
        assertEquals("not-editor", test.as("eeva").json("POST", sendPath(MEMO), request(true), 403).get("code").asText());
        assertEquals("no-page", test.as("sanna").json("POST", sendPath(MEMO), request(true), 404).get("code").asText());
    }
}
