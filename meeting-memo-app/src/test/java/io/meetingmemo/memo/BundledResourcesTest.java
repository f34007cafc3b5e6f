package io.meetingmemo.memo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The memo's look must never depend on another host (the page this product replaces broke exactly so):
 * no template, stylesheet, script or image of the app may reference an absolute or protocol-relative
 * URL. XML namespace names in SVG are identifiers, not requests, and are allowed.
 */
class BundledResourcesTest {
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}|@import|url\\(\\s*['\"]?(https?:|//|data:)");
    private static final Pattern NAMESPACE = Pattern.compile("xmlns(:\\w+)?=\"[^\"]*\"");

    @Test
    void noResourceLoadsAnythingFromAnotherHost() throws IOException {
        Path root = Paths.get("src", "main", "resources");
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.matches(".*\\.(vm|css|js|svg|html)$")) continue;
                scanned++;
                String text = NAMESPACE.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
                Matcher m = EXTERNAL.matcher(text);
                while (m.find()) offenders.add(file + ": " + m.group());
            }
        }
        assertTrue(scanned >= 8, "scanned " + scanned + " resources");
        assertTrue(offenders.isEmpty(), "external references: " + offenders);
    }

    @Test
    void theScanWouldCatchTheUrlThatBrokeTheOriginalPage() {
        String broken = ".header { background: url('http://users.metropolia.fi/~m0702799/reititin/graffa/harmaa_ylatausta.jpg'); }";
        assertTrue(EXTERNAL.matcher(broken).find());
        assertTrue(EXTERNAL.matcher("@import url(//fonts.example.com/x.css);").find());
    }
}
