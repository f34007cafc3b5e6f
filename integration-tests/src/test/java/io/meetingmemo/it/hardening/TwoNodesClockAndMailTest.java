package io.meetingmemo.it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.it.PostgresForTests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two preview-host processes on one PostgreSQL, started together with {@code --clock} (the way a two-node reminder
 * test starts them): both come up beside each other's scheduler tables, both keep cluster-wide jobs in the shared
 * database, each shows the clock it was given; the second sends its mail to the first one's SMTP server
 * ({@code --smtp-relay-port}). ({@code --no-smtp} is tested in process, in PreviewHostOutboxTest.)
 */
class TwoNodesClockAndMailTest {
    @Test
    void twoNodesStartTogetherWithTheClockAndMailOptions() throws Exception {
        PreviewProcess.assumeJarBuilt();
        DatabaseConfig db = PostgresForTests.fresh();
        int smtpPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        try (PreviewProcess first = PreviewProcess.start(PreviewProcess.tempDir("clock-1"), db, List.of("-Xmx256m"),
                List.of("--clock", "2026-12-01T07:00", "--smtp-port", String.valueOf(smtpPort)), "clock-node-1");
             PreviewProcess second = PreviewProcess.start(PreviewProcess.tempDir("clock-2"), db, List.of("-Xmx256m"),
                List.of("--clock", "2026-12-01T07:00", "--smtp-relay-port", String.valueOf(smtpPort)), "clock-node-2")) {
            for (PreviewProcess node : List.of(first, second)) {
                Http.Answer clock = Http.get(node.base, "admin", "/rest/preview/1.0/clock");
                assertEquals(200, clock.status(), clock.toString());
                assertTrue(clock.json().get("now").asText().startsWith("2026-12-01T07:0"), clock.toString());
                Http.Answer outbox = Http.get(node.base, "admin", "/preview-host/outbox");
                assertEquals(200, outbox.status());
                assertTrue(outbox.body().contains("cluster-wide jobs in the database"), "a PostgreSQL host is a cluster node");
            }
            assertTrue(Http.get(second.base, "admin", "/preview-host/outbox").body().contains("SMTP server on 127.0.0.1:" + smtpPort));
            assertTrue(Http.get(first.base, "admin", "/preview-host/outbox").body().contains("SMTP server (127.0.0.1:" + smtpPort + ")"));
            assertEquals(403, Http.get(first.base, "petri", "/rest/preview/1.0/outbox").status());
        }
    }
}
