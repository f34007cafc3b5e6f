package com.atlassian.mail;

import com.atlassian.mail.server.MailServerManager;

/**
 * Stand-in for the mail library's static access to the mail server configuration, through which
 * {@code SingleMailQueueItem.send()} finds the default SMTP server. The application sets it at start-up; apps do not.
 * <p>Signature source: atlassian-mail 5.3.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); on Confluence 10.2 MailServerManager and SMTPMailServer are called by deftdevs/bootstrapi (MailServerServiceImpl); platform-next-features.md §2.1. Only members free of javax/jakarta.mail types are declared ({@code setServerManager}, {@code getServerManager}, {@code refresh},
 * {@code isSendingDisabled} reading the system property {@code atlassian.mail.senddisabled}).
 */
public class MailFactory {
    public static final String MAIL_DISABLED_KEY = "atlassian.mail.senddisabled";
    private static volatile MailServerManager serverManager;

    public static void refresh() {
        serverManager = null;
    }

    public static MailServerManager getServerManager() {
        return serverManager;
    }

    public static void setServerManager(MailServerManager manager) {
        serverManager = manager;
    }

    public static boolean isSendingDisabled() {
        return Boolean.getBoolean(MAIL_DISABLED_KEY);
    }
}
