package io.meetingmemo.platform;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import io.meetingmemo.mail.domain.MailSender;
import io.meetingmemo.mail.domain.OutgoingMail;

/**
 * Mail through Confluence's own outgoing mail server and its "mail" queue, the path Confluence and Atlassian's apps
 * use on 8.x–10.x: the queue runs {@code Task}s, and atlassian-mail's queue item is not one, so it is wrapped. The
 * queue item looks up the default server again when it is flushed and applies the server's sender and subject prefix.
 * No {@code javax/jakarta.mail} type is touched, so the same code runs on 9.x and 10.x.
 */
public final class ConfluenceMail implements MailSender {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConfluenceMail.class);
    static final String MAIL_QUEUE = "mail";

    private final MailServerManager mailServers;
    private final MultiQueueTaskManager taskQueues;

    public ConfluenceMail(MailServerManager mailServers, MultiQueueTaskManager taskQueues) {
        this.mailServers = mailServers;
        this.taskQueues = taskQueues;
    }

    @Override
    public boolean isAvailable() {
        return mailServers.isDefaultSMTPMailServerDefined();
    }

    @Override
    public void send(OutgoingMail mail) throws MailUnavailableException {
        Email email = email(mail);
        taskQueues.addTask(MAIL_QUEUE, (Task) () -> new SingleMailQueueItem(email).send());
    }

    /**
     * As {@link #send(OutgoingMail)}, and the queued task reports what the mail server did: after the server took the
     * mail, or with the reason it refused it (the task still fails, so Confluence keeps it in the mail error queue).
     */
    @Override
    public void send(OutgoingMail mail, Delivery delivery) throws MailUnavailableException {
        Email email = email(mail);
        taskQueues.addTask(MAIL_QUEUE, (Task) () -> {
            try {
                new SingleMailQueueItem(email).send();
            } catch (Exception | LinkageError e) {
                delivery.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                throw e;
            }
            try {
                delivery.sent();
            } catch (RuntimeException e) {
                // The mail is with the server: the task must not fail, or the error queue would offer to send it again.
                LOG.warn("A mail to {} was sent but that could not be recorded", mail.to().value(), e);
            }
        });
    }

    private Email email(OutgoingMail mail) throws MailUnavailableException {
        if (!isAvailable()) throw new MailUnavailableException();
        boolean html = mail.format() == OutgoingMail.MailFormat.HTML;
        Email email = new Email(mail.to().value())
                .setSubject(mail.subject())
                .setBody(html ? mail.html() : mail.text())
                .setMimeType(html ? "text/html" : "text/plain")
                .setEncoding("UTF-8");
        if (mail.unsubscribeUrl() != null) {
            email.addHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        }
        return email;
    }
}
