package io.meetingmemo.preview.mail;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The preview host's SMTP server (GreenMail) on the loopback interface, and its outbox: every mail it received,
 * in the order received, with text and HTML bodies and headers, for the host's Outbox page and tests.
 */
public final class HostSmtpServer implements AutoCloseable {
    private final GreenMail greenMail;
    private final int port;

    private HostSmtpServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts on {@code port} of 127.0.0.1, or on a free port when it is 0. */
    public static HostSmtpServer start(int port) {
        return start(port, 0);
    }

    /**
     * As {@link #start(int)}; a free port is never {@code reserved}, the port the host's web server is about to bind (a
     * port the system just gave out and took back can be given out again, and the web server would then fail to start).
     */
    public static HostSmtpServer start(int port, int reserved) {
        int chosen = port;
        while (chosen == 0 || port == 0 && chosen == reserved) chosen = freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(chosen, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start the SMTP server on 127.0.0.1:" + chosen + ": " + e.getMessage(), e);
        }
        return new HostSmtpServer(greenMail, chosen);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the SMTP server", e);
        }
    }

    public int port() { return port; }

    /** A mail as the SMTP server received it. {@code html} or {@code text} is empty when the mail has no such part. */
    public record ReceivedMail(List<String> to, String from, String subject, String text, String html, Map<String, String> headers,
                               Instant receivedAt) {}

    /** Every mail received, oldest first (a mail to several recipients once). */
    public List<ReceivedMail> received() {
        List<StoredMessage> stored = new ArrayList<>(greenMail.getManagers().getImapHostManager().getAllMessages());
        stored.sort(Comparator.comparing(StoredMessage::getReceivedDate).thenComparing(StoredMessage::getUid));
        List<ReceivedMail> mails = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StoredMessage message : stored) {
            try {
                MimeMessage mime = message.getMimeMessage();
                String id = mime.getMessageID();
                if (id != null && !seen.add(id)) continue;
                mails.add(read(mime, message.getReceivedDate().toInstant()));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("cannot read a received mail: " + e.getMessage(), e);
            }
        }
        return mails;
    }

    /** Forgets every received mail. */
    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("cannot clear the outbox: " + e.getMessage(), e);
        }
    }

    private static ReceivedMail read(MimeMessage mime, Instant receivedAt) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        collect(mime, text, html);
        Map<String, String> headers = new LinkedHashMap<>();
        for (Enumeration<Header> all = mime.getAllHeaders(); all.hasMoreElements(); ) {
            Header header = all.nextElement();
            headers.merge(header.getName(), header.getValue(), (a, b) -> a + ", " + b);
        }
        String to = mime.getHeader("To", ",");
        List<String> recipients = new ArrayList<>();
        if (to != null) {
            for (jakarta.mail.internet.InternetAddress address : jakarta.mail.internet.InternetAddress.parseHeader(to, false)) {
                recipients.add(address.getAddress());
            }
        }
        String from = mime.getFrom() == null || mime.getFrom().length == 0 ? "" : mime.getFrom()[0].toString();
        return new ReceivedMail(recipients, from, mime.getSubject() == null ? "" : mime.getSubject(), text.toString(), html.toString(),
                headers, receivedAt);
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        String type = part.getContentType() == null ? "text/plain" : part.getContentType().toLowerCase(Locale.ROOT);
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text, html);
            }
        } else if (type.startsWith("text/html")) {
            html.append(part.getContent());
        } else if (type.startsWith("text/")) {
            text.append(part.getContent());
        }
    }

    @Override
    public void close() { greenMail.stop(); }
}
