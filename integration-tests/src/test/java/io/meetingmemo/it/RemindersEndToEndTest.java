package io.meetingmemo.it;

import static io.meetingmemo.testsupport.Storage.action;
import static io.meetingmemo.testsupport.Storage.memo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reminders end to end through the preview host: the app's job, scheduled through SAL's lifecycle on the host's
 * scheduler, runs once the host's clock passes the administrator's hour; the mail goes through Confluence's mail
 * queue to the host's SMTP server and is read back from its outbox, in each person's language, one per person and
 * day however often the job fires. The settings REST: administrators only, JSON only, stale versions 409, bad values
 * 400 with the reasons.
 */
class RemindersEndToEndTest {
    private static final String OUTBOX = "/rest/preview/1.0/outbox";

    private static JsonNode outbox(TestHost host) throws Exception {
        host.as("admin").json("POST", "/rest/preview/1.0/mail/flush", TestHost.JSON.createObjectNode(), 200);
        return host.as("admin").json("GET", OUTBOX, null, 200);
    }

    private static void clock(TestHost host, String now) throws Exception {
        host.as("admin").json("POST", "/rest/preview/1.0/clock", TestHost.JSON.createObjectNode().put("now", now), 200);
        host.as("admin").json("POST", "/rest/preview/1.0/scheduler/run-due", TestHost.JSON.createObjectNode(), 200);
    }

    private static List<String> recipients(JsonNode outbox) {
        List<String> to = new ArrayList<>();
        for (JsonNode mail : outbox) to.add(mail.get("to").get(0).asText());
        return to.stream().sorted().toList();
    }

    private static JsonNode mailTo(JsonNode outbox, String address) {
        for (JsonNode mail : outbox) if (mail.get("to").get(0).asText().equals(address)) return mail;
        throw new AssertionError("no mail to " + address + " in " + outbox);
    }

    @Test
    void theJobMailsEachPersonOnceADayInTheirLanguageThroughTheHostsSmtpServer() throws Exception {
        try (TestHost host = TestHost.startOnH2()) {
            host.createPage("EDUFUTURA", "Viikkopalaveri 1.12.", memo("m1", "Viikkopalaveri", "2026-11-24",
                    action("a1", "sanna", "2026-12-01", "Varaa tila seminaarille"),
                    action("a2", "anna", "2026-12-03", "Boka lokal för seminariet"),
                    action("a3", "petri", "2026-12-02", "Not due in two days, not today")));
            clock(host, "2026-12-01T06:30");
            assertEquals(0, outbox(host).size(), "before the administrator's hour (07:00) nothing is sent");

            clock(host, "2026-12-01T07:20");
            JsonNode mails = outbox(host);
            List<String> to = recipients(mails);
            assertEquals(1, to.stream().filter("sanna@example.org"::equals).count(), to.toString());
            assertEquals(1, to.stream().filter("anna@example.org"::equals).count(), to.toString());
            assertEquals(to.size(), to.stream().distinct().count(), "one mail per person (the demo data's people too)");
            for (JsonNode mail : mails) assertFalse(mail.get("html").asText().contains("Not due in two days"), "petri's item is due tomorrow");
            JsonNode toSanna = mailTo(mails, "sanna@example.org");
            assertTrue(toSanna.get("subject").asText().contains("tehtävää vaatii huomiota"), toSanna.get("subject").asText());
            assertTrue(toSanna.get("html").asText().contains("Varaa tila seminaarille"));
            assertTrue(toSanna.get("html").asText().contains("Erääntyy tänään"));
            assertTrue(toSanna.get("headers").get("List-Unsubscribe").asText().contains("/plugins/servlet/meeting-memo/mail-settings"));
            JsonNode toAnna = mailTo(mails, "anna@example.org");
            assertTrue(toAnna.get("subject").asText().contains("åtgärder behöver uppmärksamhet"), toAnna.get("subject").asText());
            assertTrue(toAnna.get("html").asText().contains("Förfaller snart"));

            clock(host, "2026-12-01T07:40");
            clock(host, "2026-12-01T09:00");
            assertEquals(to.size(), outbox(host).size(), "the job fires again, nobody gets a second mail that day");

            JsonNode settings = host.as("admin").json("GET", "/rest/meeting-memo/1.0/admin/reminders", null, 200);
            assertTrue(settings.get("mailServerConfigured").asBoolean());
            assertEquals("DONE", settings.get("lastRun").get("outcome").asText());
            assertEquals(to.size(), settings.get("lastRun").get("queued").asInt());
            JsonNode ranAgain = host.as("admin").json("POST", "/rest/meeting-memo/1.0/admin/reminders/run", TestHost.JSON.createObjectNode(), 200);
            assertEquals(to.size(), ranAgain.get("alreadyDone").asInt(), ranAgain.toString());
            assertEquals(to.size(), outbox(host).size());
        }
    }

    private static ObjectNode adminSettings(int version) {
        ObjectNode s = TestHost.JSON.createObjectNode().put("enabled", true).put("hour", 8).put("daysBefore", 3)
                .put("digestDay", "FRIDAY").put("version", version);
        s.putArray("excludedSpaceKeys").add("ARCHIVE");
        return s;
    }

    @Test
    void settingsAreForAdministratorsJsonOnlyWithVersionsAndReasons() throws Exception {
        try (TestHost host = TestHost.startOnH2()) {
            TestHost.Client admin = host.as("admin");
            JsonNode initial = admin.json("GET", "/rest/meeting-memo/1.0/admin/reminders", null, 200);
            assertEquals(7, initial.get("hour").asInt());
            assertEquals(2, initial.get("daysBefore").asInt());
            assertEquals(0, initial.get("version").asInt());

            JsonNode saved = admin.json("PUT", "/rest/meeting-memo/1.0/admin/reminders", adminSettings(0), 200);
            assertEquals(1, saved.get("version").asInt());
            assertEquals(8, saved.get("hour").asInt());
            assertEquals("ARCHIVE", saved.get("excludedSpaceKeys").get(0).asText());
            JsonNode stale = admin.json("PUT", "/rest/meeting-memo/1.0/admin/reminders", adminSettings(0), 409);
            assertEquals(1, stale.get("current").get("version").asInt(), "the stored settings come with the conflict");

            ObjectNode bad = adminSettings(1).put("hour", 24).put("daysBefore", 15);
            JsonNode refused = admin.json("PUT", "/rest/meeting-memo/1.0/admin/reminders", bad, 400);
            assertEquals(2, refused.get("reasons").size(), refused.toString());
            assertEquals(8, admin.json("GET", "/rest/meeting-memo/1.0/admin/reminders", null, 200).get("hour").asInt(), "nothing was saved");

            TestHost.Client petri = host.as("petri");
            assertEquals(403, petri.send("GET", "/rest/meeting-memo/1.0/admin/reminders", null, null).statusCode());
            assertEquals(403, petri.send("POST", "/rest/meeting-memo/1.0/admin/reminders/run", "{}", "application/json").statusCode());
            assertEquals(415, admin.send("POST", "/rest/meeting-memo/1.0/admin/reminders/run", "", "text/plain").statusCode());
            HttpResponse<String> emptyJson = admin.send("POST", "/rest/meeting-memo/1.0/admin/reminders/run", "", "application/json");
            assertEquals(200, emptyJson.statusCode(), emptyJson.body());
            assertEquals(415, admin.send("PUT", "/rest/meeting-memo/1.0/admin/reminders",
                    TestHost.JSON.writeValueAsString(adminSettings(1)), "application/x-www-form-urlencoded").statusCode());

            JsonNode mine = petri.json("GET", "/rest/meeting-memo/1.0/my/settings", null, 200);
            assertTrue(mine.get("reminders").asBoolean(), "reminders are on until turned off");
            assertFalse(mine.get("digest").asBoolean(), "the digest is off until turned on");
            ObjectNode off = TestHost.JSON.createObjectNode().put("reminders", false).put("digest", true).put("mailFormat", "TEXT").put("version", 0);
            assertEquals(1, petri.json("PUT", "/rest/meeting-memo/1.0/my/settings", off, 200).get("version").asInt());
            petri.json("PUT", "/rest/meeting-memo/1.0/my/settings", off, 409);
            assertEquals(400, petri.send("PUT", "/rest/meeting-memo/1.0/my/settings",
                    "{\"reminders\":true,\"digest\":false,\"mailFormat\":\"PDF\",\"version\":1}", "application/json").statusCode());
            assertTrue(host.as("sanna").json("GET", "/rest/meeting-memo/1.0/my/settings", null, 200).get("reminders").asBoolean(),
                    "one person's choice is theirs only");
        }
    }

    @Test
    void theLinksOfAMailLeadToPagesThatChangeNothingUntilThePersonConfirms() throws Exception {
        try (TestHost host = TestHost.startOnH2()) {
            host.createPage("EDUFUTURA", "Linkit <b>muistio</b>", memo("m1", "Linkit &lt;script&gt;alert(1)&lt;/script&gt;", "2026-11-24",
                    action("a1", "sanna", "2026-12-01", "Tarkista &lt;img src=x onerror=alert(1)&gt; budjetti")));
            JsonNode items = host.as("sanna").json("GET", "/rest/meeting-memo/1.0/action-items?assignee=me&q=budjetti", null, 200);
            JsonNode item = items.get("items").get(0);
            long id = item.get("id").asLong();

            HttpResponse<String> anonymous = host.as("nobody").send("GET", "/plugins/servlet/meeting-memo/mark-done?item=" + id, null, null);
            assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303 || anonymous.statusCode() == 401, "log in first: " + anonymous.statusCode());

            String page = host.as("sanna").html("/plugins/servlet/meeting-memo/mark-done?item=" + id);
            assertTrue(page.contains("mm-mark-done-confirm"), "a button that confirms");
            assertFalse(page.contains("<img src=x"), "the item's text is escaped");
            assertEquals("open", host.as("sanna").json("GET", "/rest/meeting-memo/1.0/action-items/" + id, null, 200).get("status").asText(),
                    "following the link changed nothing");
            String unknown = host.as("sanna").html("/plugins/servlet/meeting-memo/mark-done?item=99999999");
            assertFalse(unknown.contains("mm-mark-done-confirm"), "no button for an item that is not there");

            String settings = host.as("sanna").html("/plugins/servlet/meeting-memo/mail-settings");
            assertTrue(settings.contains("mm-mail-settings-form"));
            assertTrue(settings.contains("Muistuta tehtävistäni"), "in the person's language");
        }
    }

    @Test
    void aSeriesOwnerMutesTheSeriesAndItsItemsCauseNoReminder() throws Exception {
        try (TestHost host = TestHost.startOnH2()) {
            // Storage.memo puts its memo in the series "weekly".
            host.createPage("EDUFUTURA", "Vaimennettu sarja", memo("m1", "Vaimennettu", "2026-11-24",
                    action("a1", "eeva", "2026-12-01", "Sarjan tehtävä")));
            host.host.platform().pages().restrict(host.pageId("EDUFUTURA", "Vaimennettu sarja"), "edit", java.util.Set.of("eeva"));
            String path = "/rest/meeting-memo/1.0/series/weekly/reminders";
            assertEquals(404, host.as("olli").send("PUT", path, "{\"muted\":true}", "application/json").statusCode(),
                    "someone who may not change the series may not mute it");
            assertEquals(400, host.as("admin").send("PUT", path, "{\"muted\":\"yes\"}", "application/json").statusCode());
            assertEquals(415, host.as("admin").send("PUT", path, "muted=true", "application/x-www-form-urlencoded").statusCode());
            assertTrue(host.as("admin").json("PUT", path, TestHost.JSON.createObjectNode().put("muted", true), 200).get("muted").asBoolean());
            assertTrue(host.as("admin").json("GET", path, null, 200).get("muted").asBoolean());

            clock(host, "2026-12-01T07:20");
            JsonNode mails = outbox(host);
            assertTrue(mails.size() > 0, "the run sent the demo data's reminders");
            for (JsonNode mail : mails) {
                assertFalse(mail.get("html").asText().contains("Sarjan tehtävä"), "a muted series' item is in no reminder: " + mail.get("to"));
            }
        }
    }
}
