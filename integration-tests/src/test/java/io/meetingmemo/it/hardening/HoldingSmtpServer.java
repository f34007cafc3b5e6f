package io.meetingmemo.it.hardening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server for process tests, on a free port of 127.0.0.1, that counts each mail's recipients at the moment
 * it accepts the mail (its final 250 after the data), as a mail server takes responsibility for a mail then and not
 * before. It can hold one connection, the n-th, at its greeting: a multi-line {@code 220-} reply that goes on every
 * second, so the client waits (its read timeout never expires) without having handed anything over; a node killed
 * then has that mail, and everything queued behind it, unsent.
 */
final class HoldingSmtpServer implements AutoCloseable {
    private final ServerSocket server;
    private final int holdConnection;
    private final AtomicInteger connections = new AtomicInteger();
    private final Map<String, Integer> accepted = new TreeMap<>();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final List<Socket> open = new ArrayList<>();
    private volatile boolean released;

    /** @param holdConnection the connection (from 1) to hold at its greeting; 0 for none */
    HoldingSmtpServer(int holdConnection) throws IOException {
        this.holdConnection = holdConnection;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "holding-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() { return server.getLocalPort(); }

    /** Waits until the connection to hold is being held. */
    boolean awaitHolding(long timeout, TimeUnit unit) throws InterruptedException { return holding.await(timeout, unit); }

    /** Mails accepted so far, by recipient address. */
    synchronized Map<String, Integer> accepted() { return new TreeMap<>(accepted); }

    synchronized int acceptedTotal() { return accepted.values().stream().mapToInt(Integer::intValue).sum(); }

    /** Lets a held connection go on (its client may by then be gone). */
    void release() { released = true; }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                synchronized (open) {
                    open.add(socket);
                }
                int number = connections.incrementAndGet();
                Thread t = new Thread(() -> serve(socket, number == holdConnection), "holding-smtp-" + number);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket, boolean hold) {
        try (socket) {
            socket.setSoTimeout(60_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            if (hold) {
                holding.countDown();
                while (!released) {
                    reply(out, "220-holding.test waiting");
                    Thread.sleep(1000);
                }
            }
            reply(out, "220 holding.test ESMTP");
            List<String> recipients = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 holding.test");
                    case "MAIL" -> { recipients.clear(); reply(out, "250 OK"); }
                    case "RCPT" -> {
                        String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        recipients.add(address.toLowerCase(Locale.ROOT));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            // the content is not needed: recipients are counted
                        }
                        synchronized (this) {
                            for (String r : recipients) accepted.merge(r, 1, Integer::sum);
                        }
                        reply(out, "250 OK accepted");
                    }
                    case "RSET" -> { recipients.clear(); reply(out, "250 OK"); }
                    case "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> { reply(out, "221 bye"); return; }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the client went away (a killed node): a mail it did not finish is not accepted
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        released = true;
        server.close();
        synchronized (open) {
            for (Socket s : open) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }
    }
}
