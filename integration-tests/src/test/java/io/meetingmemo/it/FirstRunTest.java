package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The README's run command as a newcomer meets it: {@code java -jar preview-host/target/meeting-memo-preview.jar}
 * started from a folder that holds nothing else (so nothing beside the repository can be read), on an
 * empty embedded database. The console says where to go and how to log in, once, with no warnings, and
 * the demo has the 2012 Reititin memo with its tracked PROksi action in the REITITIN space.
 */
class FirstRunTest {
    private static final Path JAR = Path.of("..", "preview-host", "target", "meeting-memo-preview.jar").toAbsolutePath().normalize();
    private static final Pattern BANNER = Pattern.compile("running at (http://127\\.0\\.0\\.1:\\d+/)\\s+\\(started in ([0-9.]+) s\\)");

    @Test
    void aFirstStartIsQuietShowsTheLoginAndHasTheReititinMemo() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), JAR + " is not built (mvn package builds it before these tests)");
        Path alone = Files.createTempDirectory("meeting-memo-first-run");
        int port = freePort();

        Started first = start(alone, port);
        try {
            String console = first.console;
            assertEquals(1, count(console, "http://127.0.0.1:" + port + "/"), console);
            assertEquals(1, count(console, "Log in as admin / admin"), console);
            assertTrue(console.contains("petri, sanna, mikko, eeva, anna, olli"), console);
            assertNoWarnings(console);

            JsonNode items = get(port, "/rest/meeting-memo/1.0/action-items?spaceKey=REITITIN");
            assertEquals(1, items.get("items").size(), items.toString());
            JsonNode proksi = items.get("items").get(0);
            assertTrue(proksi.get("text").asText().contains("PROksin"), proksi.toString());
            assertEquals("petri", proksi.at("/assignee/username").asText());
            assertEquals("2012-05-16", proksi.at("/memo/date").asText());
            String space = html(port, "/?spaceKey=REITITIN");
            assertTrue(space.contains("Tapaaminen projektipäällikkö Petri Laitisen kanssa"), "the REITITIN space lists the memo page");
            System.out.printf("[first-run] start on an empty H2 database: %s s (JVM start to listening, demo created)%n", first.seconds);
        } finally {
            first.stop();
        }

        // A restart on the same data keeps the demo as it is and stays as quiet.
        Started again = start(alone, port);
        try {
            assertNoWarnings(again.console);
            assertEquals(1, get(port, "/rest/meeting-memo/1.0/action-items?spaceKey=REITITIN").get("items").size());
            System.out.printf("[first-run] restart on the same data: %s s%n", again.seconds);
        } finally {
            again.stop();
        }
    }

    private record Started(Process process, Path log, String console, String seconds) {
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** The run command with only a port chosen, in a folder of its own; returns once the banner is printed. */
    private static Started start(Path workingDir, int port) throws Exception {
        Path log = Files.createTempFile(workingDir, "console", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--port", String.valueOf(port))
                .directory(workingDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String console = Files.readString(log, StandardCharsets.UTF_8);
            Matcher banner = BANNER.matcher(console);
            if (banner.find() && console.contains("Stop with Ctrl+C.")) {
                return new Started(process, log, console, banner.group(2));
            }
            if (!process.isAlive()) throw new AssertionError("the preview host exited with " + process.exitValue() + ":\n" + console);
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionError("no start-up banner within 90 s:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void assertNoWarnings(String console) {
        List<String> noisy = console.lines().filter(l -> l.contains("WARN") || l.contains("ERROR") || l.contains("SEVERE")
                || l.contains("Exception")).toList();
        assertEquals(List.of(), noisy, "a clean start prints no warnings; console was:\n" + console);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
        return n;
    }

    private static HttpResponse<String> send(int port, String path) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + auth).build();
        HttpResponse<String> response = TestHost.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " → " + response.body());
        return response;
    }

    private static JsonNode get(int port, String path) throws IOException, InterruptedException {
        return TestHost.JSON.readTree(send(port, path).body());
    }

    private static String html(int port, String path) throws IOException, InterruptedException {
        return send(port, path).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
