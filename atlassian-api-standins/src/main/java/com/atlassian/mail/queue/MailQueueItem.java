package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;
import java.util.Date;

/**
 * Stand-in for a mail that knows how to send itself. In atlassian-mail 5.x it is not a
 * {@code com.atlassian.core.task.Task}: apps wrap it in a Task before adding it to the mail queue.
 * <p>Signature source: atlassian-mail 5.3.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); on Confluence 10.2 MailServerManager and SMTPMailServer are called by deftdevs/bootstrapi (MailServerServiceImpl); platform-next-features.md §2.1. Only members free of javax/jakarta.mail types are declared.
 */
public interface MailQueueItem extends Comparable<MailQueueItem> {
    void send() throws MailException;

    String getSubject();

    Date getDateQueued();

    int getSendCount();

    boolean hasError();
}
