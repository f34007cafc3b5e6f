package com.atlassian.mail.server;

import com.atlassian.mail.MailException;
import java.util.List;

/**
 * Stand-in for Confluence's mail server configuration, imported by plugins as an OSGi service. Apps ask it whether an
 * outgoing mail server is defined before they offer or queue mail.
 * <p>Signature source: atlassian-mail 5.3.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); on Confluence 10.2 MailServerManager and SMTPMailServer are called by deftdevs/bootstrapi (MailServerServiceImpl); platform-next-features.md §2.1. Only members free of javax/jakarta.mail types are declared; {@code getDefaultSMTPMailServer} and {@code isDefaultSMTPMailServerDefined} are
 * called on 10.2 by deftdevs/bootstrapi.
 */
public interface MailServerManager {
    SMTPMailServer getDefaultSMTPMailServer();

    boolean isDefaultSMTPMailServerDefined();

    List<SMTPMailServer> getSmtpMailServers() throws MailException;
}
