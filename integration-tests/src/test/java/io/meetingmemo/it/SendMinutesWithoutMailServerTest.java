package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.PreviewHost;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Send minutes" on a site without an outgoing mail server: the memo's button is disabled with the reason, and the
 * REST call answers 409 with the code {@code mail-unavailable}. Its own class, because the host it starts is the only
 * host of the JVM while it runs (Confluence's mail library finds the mail server statically, as the host's does).
 */
class SendMinutesWithoutMailServerTest {
    private static final String API = "/rest/meeting-memo/1.0";

    @Test
    void withoutAMailServerTheButtonIsDisabledWithTheReasonAndSendingIs409() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (PreviewHost host = PreviewHost.start(new PreviewHost.Options("127.0.0.1", port,
                DatabaseConfig.h2Memory("nosmtp" + UUID.randomUUID().toString().replace("-", "")), true).withoutSmtp())) {
            TestHost.Client admin = new TestHost.Client(host.baseUri(), "admin", "admin");
            ObjectNode page = TestHost.newPage("EDUFUTURA", "Ei postia", "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"m-1\">"
                    + "<ac:parameter ac:name=\"title\">Ei postia</ac:parameter>"
                    + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"petri\"/></ac:parameter></ac:structured-macro>");
            String id = admin.json("POST", "/rest/api/content", page, 200).get("id").asText();
            JsonNode refused = admin.json("POST", API + "/pages/" + id + "/memos/m-1/send",
                    TestHost.JSON.createObjectNode().put("preview", true), 409);
            assertEquals("mail-unavailable", refused.get("code").asText());
            assertTrue(refused.get("message").asText().contains("outgoing mail server"), refused.toString());
            String html = admin.html("/pages/viewpage.action?pageId=" + id);
            assertTrue(html.contains("mm-send-minutes") && html.contains(" disabled title=\"Sending minutes needs an outgoing mail server"), html);
        }
    }
}
