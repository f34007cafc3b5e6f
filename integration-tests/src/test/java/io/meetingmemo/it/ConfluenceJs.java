package io.meetingmemo.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The third-party Confluence REST client {@code confluence.js} (its {@code ServerClient}, for Confluence
 * Server and Data Center), installed with npm into {@code target/confluence-js} on first use, and the memo
 * script {@code confluence-client/memo-client.cjs} that drives it one step at a time with {@code node}.
 * Where npm or node is not installed the tests are skipped with a message; where the install fails, they fail.
 */
final class ConfluenceJs {
    /** 1.7.x is the line with the Server/DC client and Node 20 support (3.x is Cloud-only and needs Node 22). */
    static final String PACKAGE = "confluence.js@1.7.4";
    private static final Path PREFIX = Path.of("target", "confluence-js");
    private static final Path MODULE = PREFIX.resolve("node_modules/confluence.js/package.json");
    private static final Path SCRIPT = PREFIX.resolve("memo-client.cjs");

    private final URI base;
    private final String username;

    private ConfluenceJs(URI base, String username) {
        this.base = base;
        this.username = username;
    }

    /** The client logged in as {@code username} (password = username) against a preview host. */
    static ConfluenceJs as(URI base, String username) {
        install();
        return new ConfluenceJs(base, username);
    }

    /** Runs one step of the script with JSON arguments and returns its JSON answer; a failing step fails the test. */
    JsonNode step(String step, Object args) {
        try {
            String json = TestHost.JSON.writeValueAsString(args);
            ProcessBuilder pb = new ProcessBuilder(node(), SCRIPT.toAbsolutePath().toString(), step, json);
            pb.environment().put("NODE_PATH", PREFIX.resolve("node_modules").toAbsolutePath().toString());
            pb.environment().put("CONFLUENCE_URL", base.toString().replaceAll("/$", ""));
            pb.environment().put("CONFLUENCE_USER", username);
            pb.environment().put("CONFLUENCE_PASSWORD", username);
            Path out = Files.createTempFile(PREFIX, "step", ".out");
            Path err = Files.createTempFile(PREFIX, "step", ".err");
            Process process = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("node step " + step + " did not finish in 2 minutes");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            if (process.exitValue() != 0) throw new AssertionError("confluence.js step " + step + " " + json + " failed: " + stderr);
            return TestHost.JSON.readTree(stdout);
        } catch (IOException e) {
            throw new AssertionError("cannot run node: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String node() {
        return System.getProperty("os.name").toLowerCase().contains("win") ? "node.exe" : "node";
    }

    private static synchronized void install() {
        try {
            Files.createDirectories(PREFIX);
            try (var in = ConfluenceJs.class.getResourceAsStream("/confluence-client/memo-client.cjs")) {
                if (in == null) throw new AssertionError("confluence-client/memo-client.cjs is not on the test class path");
                Files.write(SCRIPT, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        if (Files.isRegularFile(MODULE)) return;
        try {
            new ProcessBuilder(node(), "--version").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            Assumptions.abort("node is not installed (" + e.getMessage() + "): the third-party client test is skipped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        NpmPackage.install(PREFIX, PACKAGE, MODULE, "the third-party client test is skipped");
    }
}
