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
        taskQueues.addTask(MAIL_QUEUE, (Task) () -> new SingleMailQueueItem(email).send());
    }
}
