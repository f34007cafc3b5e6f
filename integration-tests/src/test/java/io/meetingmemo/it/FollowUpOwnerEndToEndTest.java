package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 end to end through the preview host: a memo's action of an owner without an account names a follow-up
 * owner; the day's reminder of it reaches that person through the host's SMTP server and not the minute-taker, while
 * the action without a follow-up owner reaches the minute-taker. The follow-up owner is shown where the item is: the
 * REST item ({@code followUp}), the memo's action table, the register (its static rendering, as exports have it) and
 * the CSV export.
 */
class FollowUpOwnerEndToEndTest {
    private static final String OUTBOX = "/rest/preview/1.0/outbox";
    private static final String FOLLOWED_UP = "Lähetä tarjous Ulkopuolinen Oy:lle";
    private static final String MINUTE_TAKERS = "Toimita raportti messukeskukselle";

    private static String param(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    private static String user(String username) { return "<ri:user ri:username=\"" + username + "\"/>"; }

    private static String memo() {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"fu-memo\">"
                + param("title", "Messutiimi 24.11.") + param("date", "2026-11-24") + param("minutes-by", user("petri"))
                + "<ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"memo-action\" ac:schema-version=\"1\" ac:macro-id=\"fu-1\">"
                + param("owner", "Olli Ulkopuolinen") + param("follow-up", user("sanna")) + param("due", "2026-12-01")
                + "<ac:rich-text-body><p>" + FOLLOWED_UP + "</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"memo-action\" ac:schema-version=\"1\" ac:macro-id=\"fu-2\">"
                + param("owner", "Outi Ulkopuolinen") + param("due", "2026-12-01")
                + "<ac:rich-text-body><p>" + MINUTE_TAKERS + "</p></ac:rich-text-body></ac:structured-macro>"
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static JsonNode outbox(TestHost host) throws Exception {
        host.as("admin").json("POST", "/rest/preview/1.0/mail/flush", TestHost.JSON.createObjectNode(), 200);
        return host.as("admin").json("GET", OUTBOX, null, 200);
    }

    /** The mails to that address whose HTML and text name {@code text}. */
    private static List<String> mailsNaming(JsonNode outbox, String text) {
        List<String> to = new ArrayList<>();
        for (JsonNode mail : outbox) {
            if (mail.get("html").asText().contains(text) || mail.get("text").asText().contains(text)) to.add(mail.get("to").get(0).asText());
        }
        return to;
    }

    private static JsonNode item(TestHost host, String text) throws Exception {
        JsonNode page = host.as("admin").json("GET", "/rest/meeting-memo/1.0/action-items?q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8), null, 200);
        assertEquals(1, page.get("items").size(), page.toString());
        return page.get("items").get(0);
    }

    @Test
    void anExternalOwnersItemReachesTheNamedFollowUpOwnerAndWithoutOneTheMinuteTaker() throws Exception {
        DatabaseConfig h2 = DatabaseConfig.h2Memory("followup" + UUID.randomUUID().toString().replace("-", ""));
        try (TestHost host = TestHost.start(h2, options -> options.withClock(LocalDateTime.parse("2026-12-01T06:00")
                .atZone(ZoneId.systemDefault()).toInstant()))) {
            String pageId = host.createPage("EDUFUTURA", "Messutiimi 24.11.", memo());

            JsonNode followedUp = item(host, FOLLOWED_UP);
            assertEquals("sanna", followedUp.get("followUp").get("username").asText(), followedUp.toString());
            assertFalse(followedUp.get("followUp").get("userKey").asText().isBlank());
            assertTrue(followedUp.get("followUp").get("displayName").asText().startsWith("Sanna"), followedUp.toString());
            assertEquals("Olli Ulkopuolinen", followedUp.get("owner").asText());
            assertTrue(item(host, MINUTE_TAKERS).get("followUp").isNull(), "no follow-up owner: null");

            JsonNode demo = item(host, "Kokoa yliopiston kuvat");
            assertEquals("Liisa Korhonen", demo.get("owner").asText());
            assertEquals("mikko", demo.get("followUp").get("username").asText(), "the demo memo's guest's action is followed up by Mikko");

            String view = host.as("sanna").html("/pages/viewpage.action?pageId=" + pageId);
            assertTrue(view.contains("mm-follow-up"), "the memo's action table shows the follow-up owner");
            assertTrue(view.contains("Seuranta: " + followedUp.get("followUp").get("displayName").asText())
                            || view.contains("Follow-up: " + followedUp.get("followUp").get("displayName").asText()), "labelled in the reader's language");

            String csv = host.as("admin").send("GET", "/rest/meeting-memo/1.0/action-items.csv?spaceKey=EDUFUTURA", null, null).body();
            String header = csv.lines().findFirst().orElseThrow();
            assertTrue(header.contains("owner,follow-up,due date"), header);
            String row = csv.lines().filter(l -> l.contains(FOLLOWED_UP)).findFirst().orElseThrow();
            assertTrue(row.contains("Olli Ulkopuolinen," + followedUp.get("followUp").get("displayName").asText()), row);

            String registerPage = host.createPage("EDUFUTURA", "Messutiimin rekisteri",
                    "<ac:structured-macro ac:name=\"action-register\">" + param("spaces", "EDUFUTURA") + "</ac:structured-macro>");
            String register = host.as("sanna").html("/pages/viewpage.action?pageId=" + registerPage + "&outputType=pdf");
            String registerRow = register.lines().filter(l -> l.contains(FOLLOWED_UP)).findFirst().orElseThrow();
            assertTrue(registerRow.contains("<div class=\"mm-follow-up\">Seuranta: " + followedUp.get("followUp").get("displayName").asText() + "</div></td>"),
                    "the follow-up owner under the owner, as in the memo's table: " + registerRow);

            host.as("admin").json("POST", "/rest/preview/1.0/clock", TestHost.JSON.createObjectNode().put("now", "2026-12-01T07:20"), 200);
            host.as("admin").json("POST", "/rest/preview/1.0/scheduler/run-due", TestHost.JSON.createObjectNode(), 200);
            JsonNode mails = outbox(host);

            assertEquals(List.of("sanna@example.org"), mailsNaming(mails, FOLLOWED_UP),
                    "the follow-up owner's reminder, and nobody else's, lists the item: " + mails);
            assertEquals(List.of("petri@example.org"), mailsNaming(mails, MINUTE_TAKERS),
                    "without a follow-up owner, the minute-taker's");
        }
    }
}
