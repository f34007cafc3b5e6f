package io.meetingmemo.mail.domain;

/**
 * Where the app hands mail over to Confluence. Sending is asynchronous (Confluence's mail queue), so a mail handed
 * over is not yet delivered; what the app records as sent is what it handed over.
 */
public interface MailSender {
    /** Whether an administrator has configured an outgoing mail server; without one nothing is handed over. */
    boolean isAvailable();

    /**
     * Hands one mail over for sending.
     *
     * @throws MailUnavailableException when no outgoing mail server is configured
     */
    void send(OutgoingMail mail) throws MailUnavailableException;

    /** No outgoing mail server is configured, so the mail was not handed over. */
    final class MailUnavailableException extends Exception {
        public MailUnavailableException() {
            super("no outgoing mail server is configured in Confluence");
        }
    }
}
