package com.atlassian.mail.server;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/**
 * Stand-in for an outgoing (SMTP) mail server as configured by the administrator in Confluence.
 * <p>Signature source: atlassian-mail 5.3.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); on Confluence 10.2 MailServerManager and SMTPMailServer are called by deftdevs/bootstrapi (MailServerServiceImpl); platform-next-features.md §2.1. Only members free of javax/jakarta.mail types are declared.
 */
public interface SMTPMailServer extends MailServer {
    String getDefaultFrom();

    String getPrefix();

    void send(Email email) throws MailException;

    void sendWithMessageId(Email email, String messageId) throws MailException;
}
