package io.meetingmemo.preview.mail;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.queue.SingleMailQueueItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Mail as the app sends it on Confluence: queued on the "mail" task queue as a {@link SingleMailQueueItem}, which
 * finds the default SMTP server through {@link MailFactory}; it reaches the host's SMTP server at the next flush,
 * with Confluence's prefix and sender, the app's HTML and its headers. Without a mail server, sending is a no-op.
 */
class HostMailTest {
    private HostSmtpServer smtp;
    private final HostTaskManager queues = new HostTaskManager();

    @AfterEach
    void stop() {
        queues.close();
        MailFactory.setServerManager(null);
        if (smtp != null) smtp.close();
    }

    private static Email reminder(String to) {
        Email email = new Email(to).setSubject("Muistutus: 2 tehtävää erääntyy").setMimeType("text/html")
                .setBody("<p>Hei Sanna,</p><ul><li>Päivitä budjetti &amp; aikataulu</li></ul>");
        email.addHeader("List-Unsubscribe", "<http://127.0.0.1:8090/plugins/servlet/meeting-memo/settings>");
        return email;
    }

    private static Task send(Email email) {
        return () -> new SingleMailQueueItem(email).send();
    }

    @Test
    void aQueuedMailReachesTheSmtpServerAtTheNextFlushWithPrefixSenderHtmlAndHeaders() {
        smtp = HostSmtpServer.start(0);
        MailFactory.setServerManager(HostMailServerManager.with(new HostSmtpMailServer("127.0.0.1", smtp.port())));

        queues.addTask(HostTaskManager.MAIL, send(reminder("sanna@example.org")));
        assertEquals(1, queues.getTaskQueue(HostTaskManager.MAIL).size());
        assertTrue(smtp.received().isEmpty(), "nothing leaves before the queue is flushed");

        queues.flush(HostTaskManager.MAIL);
        List<HostSmtpServer.ReceivedMail> received = smtp.received();
        assertEquals(1, received.size());
        HostSmtpServer.ReceivedMail mail = received.get(0);
        assertEquals(List.of("sanna@example.org"), mail.to());
        assertEquals("confluence@preview.local", mail.from());
        assertEquals("[Confluence] Muistutus: 2 tehtävää erääntyy", mail.subject());
        assertEquals("<p>Hei Sanna,</p><ul><li>Päivitä budjetti &amp; aikataulu</li></ul>", mail.html());
        assertEquals("", mail.text());
        assertEquals("<http://127.0.0.1:8090/plugins/servlet/meeting-memo/settings>", mail.headers().get("List-Unsubscribe"));
        assertTrue(mail.headers().get("Content-Type").startsWith("text/html; charset=UTF-8"), mail.headers().get("Content-Type"));
        assertEquals(0, queues.getTaskQueue(HostTaskManager.MAIL).size());

        smtp.clear();
        assertTrue(smtp.received().isEmpty());
    }

    @Test
    void excludeSubjectPrefixAndPlainTextAreKept() {
        smtp = HostSmtpServer.start(0);
        MailFactory.setServerManager(HostMailServerManager.with(new HostSmtpMailServer("127.0.0.1", smtp.port())));
        queues.addTask(HostTaskManager.MAIL, send(new Email("anna@example.org").setSubject("Protokoll").setBody("Hej Anna")
                .setExcludeSubjectPrefix(true).setFromName("Petri Laitinen")));
        queues.flush();
        HostSmtpServer.ReceivedMail mail = smtp.received().get(0);
        assertEquals("Protokoll", mail.subject());
        assertEquals("Hej Anna", mail.text().trim());
        assertEquals("Petri Laitinen <confluence@preview.local>", mail.from());
    }

    @Test
    void withoutAMailServerSendingIsASilentNoOp() {
        HostMailServerManager none = HostMailServerManager.none();
        MailFactory.setServerManager(none);
        assertFalse(none.isDefaultSMTPMailServerDefined());
        assertTrue(none.getSmtpMailServers().isEmpty());
        assertDoesNotThrow(() -> new SingleMailQueueItem(reminder("sanna@example.org")).send());
        queues.addTask(HostTaskManager.MAIL, send(reminder("sanna@example.org")));
        queues.flush(HostTaskManager.MAIL);
        assertTrue(queues.errors(HostTaskManager.MAIL).isEmpty(), "skipping is not an error");
    }

    @Test
    void aFailingTaskIsKeptInTheErrorQueueAndNeverThrownAtTheCaller() {
        smtp = HostSmtpServer.start(0);
        MailFactory.setServerManager(HostMailServerManager.with(new HostSmtpMailServer("127.0.0.1", smtp.port())));
        queues.addTask(HostTaskManager.MAIL, () -> { throw new MailException("relay refused"); });
        queues.addTask(HostTaskManager.MAIL, send(reminder("mikko@example.org")));
        assertDoesNotThrow(() -> queues.flush(HostTaskManager.MAIL));
        assertEquals(1, smtp.received().size(), "the next mail still leaves");
        List<HostTaskManager.FailedTask> errors = queues.errors(HostTaskManager.MAIL);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).reason().contains("relay refused"), errors.get(0).reason());
    }

    @Test
    void aHeaderWithALineBreakIsNeverSent() {
        smtp = HostSmtpServer.start(0);
        HostSmtpMailServer server = new HostSmtpMailServer("127.0.0.1", smtp.port());
        Email email = reminder("sanna@example.org");
        email.addHeader("X-Memo", "a\r\nBcc: everyone@example.org");
        MailException refused = assertThrows(MailException.class, () -> server.send(email));
        assertTrue(refused.getMessage().contains("line break"), refused.getMessage());
        assertTrue(smtp.received().isEmpty());
    }

    @Test
    void aTaskForAQueueThatDoesNotExistFailsAsInConfluence() {
        NullPointerException refused = assertThrows(NullPointerException.class, () -> queues.addTask("mails", send(reminder("a@example.org"))));
        assertTrue(refused.getMessage().contains("no task queue named \"mails\""), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> queues.addTaskQueue(HostTaskManager.MAIL, queues.getTaskQueue(HostTaskManager.MAIL)));
    }

    @Test
    void theTimerFlushesTheMailQueue() throws Exception {
        smtp = HostSmtpServer.start(0);
        MailFactory.setServerManager(HostMailServerManager.with(new HostSmtpMailServer("127.0.0.1", smtp.port())));
        queues.start(100);
        queues.addTask(HostTaskManager.MAIL, send(reminder("eeva@example.org")));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (smtp.received().isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(1, smtp.received().size());
    }
}
