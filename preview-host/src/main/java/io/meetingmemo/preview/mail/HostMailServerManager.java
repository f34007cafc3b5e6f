package io.meetingmemo.preview.mail;

import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import java.util.List;

/**
 * Confluence's mail server configuration in the preview host: one default SMTP server (the host's), or none when
 * the host runs with {@code --no-smtp}, so the app's "no mail server" paths can be seen.
 */
public final class HostMailServerManager implements MailServerManager {
    private final SMTPMailServer smtp;

    private HostMailServerManager(SMTPMailServer smtp) { this.smtp = smtp; }

    public static HostMailServerManager with(SMTPMailServer smtp) { return new HostMailServerManager(smtp); }

    /** No SMTP server configured, as on a fresh Confluence. */
    public static HostMailServerManager none() { return new HostMailServerManager(null); }

    @Override public SMTPMailServer getDefaultSMTPMailServer() { return smtp; }

    @Override public boolean isDefaultSMTPMailServerDefined() { return smtp != null; }

    @Override public List<SMTPMailServer> getSmtpMailServers() { return smtp == null ? List.of() : List.of(smtp); }
}
