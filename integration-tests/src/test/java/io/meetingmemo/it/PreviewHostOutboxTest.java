package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.platform.HostPlatform;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The preview host's mail and clock, end to end over HTTP: mail the app queues through Confluence's task queue
 * arrives at the host's SMTP server and shows in {@code /rest/preview/1.0/outbox} and on the Outbox page; the host's
 * clock moves the app's clock and makes scheduled jobs due; a host without SMTP has no mail server; the host's own
 * endpoints are for host administrators and take JSON only.
 */
class PreviewHostOutboxTest {
    private static final String OUTBOX = "/rest/preview/1.0/outbox";

    private static DatabaseConfig h2() { return DatabaseConfig.h2Memory("outbox" + UUID.randomUUID().toString().replace("-", "")); }

    private static Task mail(String to, String subject, String html) {
        Email email = new Email(to).setSubject(subject).setMimeType("text/html").setBody(html);
        email.addHeader("List-Unsubscribe", "<http://127.0.0.1/plugins/servlet/meeting-memo/settings>");
        return () -> new SingleMailQueueItem(email).send();
    }

    @Test
    void mailQueuedOnConfluencesMailQueueShowsInTheOutboxWithSubjectHtmlAndHeaders() throws Exception {
        try (TestHost host = TestHost.startOnH2()) {
            HostPlatform platform = host.host.platform();
            MultiQueueTaskManager queues = (MultiQueueTaskManager) platform.services().get(MultiQueueTaskManager.class);
            MailServerManager servers = (MailServerManager) platform.services().get(MailServerManager.class);
            assertTrue(servers.isDefaultSMTPMailServerDefined());
            assertTrue(MailFactory.getServerManager().isDefaultSMTPMailServerDefined(), "SingleMailQueueItem finds the host's server");

            queues.addTask("mail", mail("sanna@example.org", "Muistutus: 2 tehtävää", "<p>Hei <b>Sanna</b></p>"));
            queues.addTask("mail", mail("anna@example.org", "Påminnelse <script>alert(1)</script>", "<p>Hej Anna</p><script>alert(2)</script>"));
            host.as("admin").json("POST", "/rest/preview/1.0/mail/flush", TestHost.JSON.createObjectNode(), 200);

            JsonNode outbox = host.as("admin").json("GET", OUTBOX, null, 200);
            assertEquals(2, outbox.size(), outbox.toString());
            JsonNode first = outbox.get(0);
            assertEquals("sanna@example.org", first.get("to").get(0).asText());
            assertEquals("confluence@preview.local", first.get("from").asText());
            assertEquals("[Confluence] Muistutus: 2 tehtävää", first.get("subject").asText());
            assertEquals("<p>Hei <b>Sanna</b></p>", first.get("html").asText());
            assertEquals("<http://127.0.0.1/plugins/servlet/meeting-memo/settings>", first.get("headers").get("List-Unsubscribe").asText());
            assertTrue(first.get("headers").get("Content-Type").asText().startsWith("text/html"), first.toString());
            assertFalse(first.get("receivedAt").asText().isEmpty());

            JsonNode toAnna = host.as("admin").json("GET", OUTBOX + "?to=ANNA@example.org", null, 200);
            assertEquals(1, toAnna.size());
            assertEquals("anna@example.org", toAnna.get(0).get("to").get(0).asText());

            // The Outbox page: escaped everywhere, the mail's HTML only inside a sandboxed frame's srcdoc.
            HttpResponse<String> page = host.as("admin").send("GET", "/preview-host/outbox", null, null);
            assertEquals(200, page.statusCode());
            String html = page.body();
            assertTrue(html.contains("[Confluence] Påminnelse &lt;script&gt;alert(1)&lt;/script&gt;"), "the subject is escaped");
            assertFalse(html.contains("<script>alert"), "no script of a mail runs in the host's page");
            assertTrue(html.contains("sandbox=\"\" referrerpolicy=\"no-referrer\" srcdoc=\"&lt;p&gt;Hej Anna&lt;/p&gt;&lt;script&gt;"), "HTML in a sandboxed srcdoc");
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'none'"));
            assertTrue(html.contains("href=\"/preview-host/outbox\""), "the header links the Outbox for administrators");
            assertFalse(host.as("petri").html("/").contains("href=\"/preview-host/outbox\""), "and not for other people");
            assertEquals(403, host.as("petri").send("GET", "/preview-host/outbox", null, null).statusCode());
        }
    }

    @Test
    void theHostsOwnEndpointsAreForHostAdministratorsAndTakeJsonOnly() throws Exception {
        try (TestHost host = TestHost.startOnH2()) {
            TestHost.Client admin = host.as("admin");
            TestHost.Client petri = host.as("petri");
            assertEquals(403, petri.send("GET", OUTBOX, null, null).statusCode());
            assertEquals(403, petri.send("DELETE", OUTBOX, "", "application/json").statusCode());
            assertEquals(403, petri.send("POST", "/rest/preview/1.0/clock", "{\"now\":\"2026-12-01T07:00\"}", "application/json").statusCode());
            assertEquals(403, petri.send("POST", "/rest/preview/1.0/scheduler/run-due", "{}", "application/json").statusCode());

            HttpResponse<String> untyped = admin.send("DELETE", OUTBOX, null, null);
            assertEquals(415, untyped.statusCode(), untyped.body());
            assertTrue(untyped.body().contains("application/json only"), untyped.body());
            assertEquals(403, admin.send("POST", "/rest/preview/1.0/clock", "now=2026-12-01T07:00", "application/x-www-form-urlencoded").statusCode(),
                    "a form post is refused (XSRF)");
            assertEquals(415, admin.send("POST", "/rest/preview/1.0/clock", "{\"now\":\"2026-12-01T07:00\"}", "text/json").statusCode());
            HttpResponse<String> bad = admin.send("POST", "/rest/preview/1.0/clock", "{\"now\":\"tomorrow\"}", "application/json");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("2026-12-01T07:00"), "the error says what to send: " + bad.body());
            assertEquals(400, admin.send("POST", "/rest/preview/1.0/clock", "{\"now\":", "application/json").statusCode());

            host.host.platform().taskManager().addTask("mail", mail("eeva@example.org", "Hei", "<p>Hei</p>"));
            host.host.platform().taskManager().flush();
            assertEquals(1, admin.json("GET", OUTBOX, null, 200).size());
            HttpResponse<String> cleared = admin.send("DELETE", OUTBOX, "", "application/json");
            assertEquals(204, cleared.statusCode(), cleared.body());
            assertEquals(0, admin.json("GET", OUTBOX, null, 200).size());
        }
    }

    @Test
    void theHostsClockMovesTheAppsClockAndMakesScheduledJobsDue() throws Exception {
        try (TestHost host = TestHost.start(h2(), options -> options.withClock(LocalDateTime.parse("2026-12-01T07:00")
                .atZone(ZoneId.systemDefault()).toInstant()))) {
            Clock appClock = host.host.app().get("clock", Clock.class);
            assertEquals(LocalDateTime.parse("2026-12-01T07:00"), LocalDateTime.now(appClock).withSecond(0).withNano(0), "--clock sets the app's clock");

            SchedulerService scheduler = (SchedulerService) host.host.platform().services().get(SchedulerService.class);
            AtomicInteger runs = new AtomicInteger();
            JobRunnerKey runner = JobRunnerKey.of("io.meetingmemo.test:clock-runner");
            scheduler.registerJobRunner(runner, request -> { runs.incrementAndGet(); return null; });
            Date eight = Date.from(LocalDateTime.parse("2026-12-01T08:00").atZone(ZoneId.systemDefault()).toInstant());
            scheduler.scheduleJob(JobId.of("io.meetingmemo.test:clock-job"), JobConfig.forJobRunnerKey(runner).withSchedule(Schedule.runOnce(eight)));

            TestHost.Client admin = host.as("admin");
            // Due jobs run now (the app's own reminder job may be among them); this one waits for eight o'clock.
            admin.json("POST", "/rest/preview/1.0/scheduler/run-due", TestHost.JSON.createObjectNode(), 200);
            assertEquals(0, runs.get(), "not due before 08:00");
            JsonNode moved = admin.json("POST", "/rest/preview/1.0/clock", TestHost.JSON.createObjectNode().put("now", "2026-12-01T08:00"), 200);
            assertTrue(moved.get("now").asText().startsWith("2026-12-01T08:00"), moved.toString());
            assertTrue(moved.get("moved").asBoolean());
            assertEquals(LocalDateTime.parse("2026-12-01T08:00"), LocalDateTime.now(appClock).withSecond(0).withNano(0));
            // The poller (every second) or the call runs the job, once.
            admin.json("POST", "/rest/preview/1.0/scheduler/run-due", TestHost.JSON.createObjectNode(), 200);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (runs.get() == 0 && System.nanoTime() < deadline) Thread.sleep(20);
            Thread.sleep(1500);
            assertEquals(1, runs.get());

            // The Outbox page's form moves the clock too (a form with the page's token; the REST API takes JSON only).
            String page = admin.html("/preview-host/outbox");
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
            assertTrue(token.find());
            HttpResponse<String> posted = admin.send("POST", "/preview-host/clock",
                    "token=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8) + "&now=2026-12-24T18:00",
                    "application/x-www-form-urlencoded");
            assertEquals(303, posted.statusCode());
            assertEquals(LocalDateTime.parse("2026-12-24T18:00"), LocalDateTime.now(appClock).withSecond(0).withNano(0));
            assertTrue(admin.html(posted.headers().firstValue("Location").orElseThrow()).contains("clock now shows 2026-12-24T18:00"));
            assertEquals(403, admin.send("POST", "/preview-host/clock", "token=forged&now=2027-01-01T00:00", "application/x-www-form-urlencoded").statusCode());
            assertEquals(LocalDateTime.parse("2026-12-24T18:00"), LocalDateTime.now(appClock).withSecond(0).withNano(0), "a forged form moves nothing");
        }
    }

    @Test
    void twoNodesCanShareOneSmtpServerAsConfluenceNodesShareOneMailServer() throws Exception {
        try (TestHost first = TestHost.startOnH2();
             TestHost second = TestHost.start(h2(), options -> options.withSmtpRelay(first.host.smtp().orElseThrow().port()))) {
            assertTrue(second.host.smtp().isEmpty(), "the second node starts no SMTP server of its own");
            second.host.platform().taskManager().addTask("mail", mail("mikko@example.org", "Solmu 2", "<p>Hei</p>"));
            second.host.platform().taskManager().flush();
            JsonNode outbox = first.as("admin").json("GET", OUTBOX, null, 200);
            assertEquals(1, outbox.size(), "the mail the second node sent is in the first node's outbox");
            assertEquals("[Confluence] Solmu 2", outbox.get(0).get("subject").asText());
            assertTrue(second.as("admin").html("/preview-host/outbox").contains("another host"));
        }
    }

    @Test
    void withoutSmtpTheSiteHasNoMailServerAndSendingIsASilentNoOp() throws Exception {
        try (TestHost host = TestHost.start(h2(), options -> options.withoutSmtp())) {
            MailServerManager servers = (MailServerManager) host.host.platform().services().get(MailServerManager.class);
            assertFalse(servers.isDefaultSMTPMailServerDefined());
            assertFalse(MailFactory.getServerManager().isDefaultSMTPMailServerDefined());
            assertTrue(host.host.smtp().isEmpty());
            new SingleMailQueueItem(new Email("sanna@example.org").setSubject("Hei")).send();
            host.host.platform().taskManager().addTask("mail", mail("sanna@example.org", "Hei", "<p>Hei</p>"));
            host.host.platform().taskManager().flush();
            assertTrue(host.host.platform().taskManager().errors("mail").isEmpty());
            assertEquals(0, host.as("admin").json("GET", OUTBOX, null, 200).size());
            assertTrue(host.as("admin").html("/preview-host/outbox").contains("without an SMTP server"));
        }
    }
}
