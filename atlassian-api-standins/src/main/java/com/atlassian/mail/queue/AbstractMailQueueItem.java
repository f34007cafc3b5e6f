package com.atlassian.mail.queue;

import java.util.Date;

/**
 * Stand-in for the base of the library's mail queue items: subject, time queued and the number of send attempts.
 * <p>Signature source: atlassian-mail 5.3.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); on Confluence 10.2 MailServerManager and SMTPMailServer are called by deftdevs/bootstrapi (MailServerServiceImpl); platform-next-features.md §2.1. Only members free of javax/jakarta.mail types are declared.
 */
public abstract class AbstractMailQueueItem implements MailQueueItem {
    private final String subject;
    private final Date dateQueued = new Date();
    private int sendCount;
    private boolean error;

    protected AbstractMailQueueItem(String subject) {
        this.subject = subject;
    }

    @Override
    public String getSubject() {
        return subject;
    }

    @Override
    public Date getDateQueued() {
        return new Date(dateQueued.getTime());
    }

    @Override
    public int getSendCount() {
        return sendCount;
    }

    @Override
    public boolean hasError() {
        return error;
    }

    protected void incrementSendCount() {
        sendCount++;
    }

    protected void setHasError(boolean hasError) {
        this.error = hasError;
    }

    @Override
    public int compareTo(MailQueueItem other) {
        return Integer.compare(sendCount, other.getSendCount());
    }
}
