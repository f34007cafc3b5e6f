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

    /**
     * Hands one mail over for sending and tells {@code delivery} what became of it once the queue has given it to the
     * mail server, or failed to (on the queue's thread, later). A node that dies in between loses its queue and calls
     * neither, which is how a mail handed over but never sent is told apart from one that was sent. A sender that
     * sends at once reports at once.
     *
     * @throws MailUnavailableException when no outgoing mail server is configured
     */
    default void send(OutgoingMail mail, Delivery delivery) throws MailUnavailableException {
        send(mail);
        delivery.sent();
    }

    /** What became of a mail handed over: given to the mail server, or refused by it. */
    interface Delivery {
        void sent();

        void failed(String why);
    }

    /** No outgoing mail server is configured, so the mail was not handed over. */
    final class MailUnavailableException extends Exception {
        public MailUnavailableException() {
            super("no outgoing mail server is configured in Confluence");
        }
    }
}
