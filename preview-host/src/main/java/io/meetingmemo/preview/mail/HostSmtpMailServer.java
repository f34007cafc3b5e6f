package io.meetingmemo.preview.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.SMTPMailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

/**
 * The site's default SMTP server as Confluence's administrator configures it, in the preview host: it sends an
 * {@link Email} over SMTP (jakarta.mail) to a server on the loopback interface, the host's own by default. As
 * atlassian-mail does, it fills in the default "from" address, puts the prefix before the subject unless the
 * mail excludes it, and uses the mail's MIME type, encoding and extra headers.
 */
public final class HostSmtpMailServer implements SMTPMailServer {
    public static final String DEFAULT_FROM = "confluence@preview.local";
    public static final String PREFIX = "[Confluence]";

    private final String host;
    private final int port;
    private final Session session;

    public HostSmtpMailServer(String host, int port) {
        this.host = host;
        this.port = port;
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.localhost", "preview.local");
        this.session = Session.getInstance(properties);
    }

    @Override public Long getId() { return 1L; }
    @Override public String getName() { return "Preview host SMTP"; }
    @Override public String getDescription() { return "The preview host's SMTP server on " + host + ":" + port; }
    @Override public String getHostname() { return host; }
    @Override public String getPort() { return String.valueOf(port); }
    @Override public String getDefaultFrom() { return DEFAULT_FROM; }
    @Override public String getPrefix() { return PREFIX; }

    @Override
    public void send(Email email) throws MailException {
        sendWithMessageId(email, null);
    }

    @Override
    public void sendWithMessageId(Email email, String messageId) throws MailException {
        try {
            MimeMessage message = messageId == null ? new MimeMessage(session) : new FixedIdMessage(session, messageId);
            String from = blank(email.getFrom()) ? DEFAULT_FROM : email.getFrom();
            message.setFrom(blank(email.getFromName()) ? new InternetAddress(from) : new InternetAddress(from, email.getFromName(), "UTF-8"));
            setRecipients(message, Message.RecipientType.TO, email.getTo());
            setRecipients(message, Message.RecipientType.CC, email.getCc());
            setRecipients(message, Message.RecipientType.BCC, email.getBcc());
            if (!blank(email.getReplyTo())) message.setReplyTo(InternetAddress.parse(email.getReplyTo()));
            if (!blank(email.getInReplyTo())) message.setHeader("In-Reply-To", email.getInReplyTo());
            String subject = email.getSubject() == null ? "" : email.getSubject();
            message.setSubject(email.isExcludeSubjectPrefix() ? subject : PREFIX + " " + subject, email.getEncoding());
            String mimeType = blank(email.getMimeType()) ? "text/plain" : email.getMimeType();
            String contentType = mimeType.toLowerCase(java.util.Locale.ROOT).contains("charset=") ? mimeType : mimeType + "; charset=" + email.getEncoding();
            message.setContent(email.getBody() == null ? "" : email.getBody(), contentType);
            for (Map.Entry<String, String> header : email.getHeaders().entrySet()) {
                // jakarta.mail folds the value but does not strip line breaks; a header never carries one here.
                if (header.getValue().indexOf('\r') >= 0 || header.getValue().indexOf('\n') >= 0) {
                    throw new MailException("header " + header.getKey() + " contains a line break");
                }
                message.addHeader(header.getKey(), header.getValue());
            }
            message.setSentDate(new Date());
            message.saveChanges();
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailException("cannot send the mail to " + email.getTo() + " through " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static void setRecipients(MimeMessage message, Message.RecipientType type, String addresses) throws MessagingException {
        if (blank(addresses)) return;
        try {
            message.setRecipients(type, InternetAddress.parse(addresses, true));
        } catch (AddressException e) {
            throw new AddressException("invalid " + type + " address \"" + addresses + "\": " + e.getMessage());
        }
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    /** A message that keeps the Message-ID it was given when its headers are updated. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
