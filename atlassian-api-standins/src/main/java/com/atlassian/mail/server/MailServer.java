package com.atlassian.mail.server;

/**
 * Stand-in for a configured mail server (only the members that carry no javax/jakarta.mail type).
 * <p>Signature source: atlassian-mail 5.3.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); on Confluence 10.2 MailServerManager and SMTPMailServer are called by deftdevs/bootstrapi (MailServerServiceImpl); platform-next-features.md §2.1. Only members free of javax/jakarta.mail types are declared.
 */
public interface MailServer {
    Long getId();

    String getName();

    String getDescription();

    String getHostname();

    String getPort();
}
