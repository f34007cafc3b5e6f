package com.atlassian.mail.queue;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;

/**
 * Stand-in for the library's queue item of one mail. {@code send()} looks up the default SMTP server itself and skips
 * silently when none is defined or sending is disabled; the server applies its prefix and default sender.
 * <p>Signature source: atlassian-mail 5.3.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); on Confluence 10.2 MailServerManager and SMTPMailServer are called by deftdevs/bootstrapi (MailServerServiceImpl); platform-next-features.md §2.1. Only members free of javax/jakarta.mail types are declared (constructor {@code SingleMailQueueItem(Email)}, {@code send()} as described).
 */
public class SingleMailQueueItem extends AbstractMailQueueItem {
    private final Email email;

    public SingleMailQueueItem(Email email) {
        super(email.getSubject());
        this.email = email;
    }

    @Override
    public void send() throws MailException {
        incrementSendCount();
        MailServerManager servers = MailFactory.getServerManager();
        SMTPMailServer server = servers == null ? null : servers.getDefaultSMTPMailServer();
        if (server == null || MailFactory.isSendingDisabled()) {
            return;
        }
        try {
            server.send(email);
        } catch (MailException e) {
            setHasError(true);
            throw e;
        }
    }

    public Email getEmail() {
        return email;
    }
}
