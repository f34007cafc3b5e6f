package io.meetingmemo.preview.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The HTML 4.01 character entity references that storage may use, read from {@code html4-entities.txt}. */
final class HtmlEntities {
    private static final String TABLE = "html4-entities.txt";

    /** Entity name to code point, in the table's order. */
    static final Map<String, Integer> CODE_POINTS = load();

    private HtmlEntities() {
    }

    private static Map<String, Integer> load() {
        try (InputStream in = HtmlEntities.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing next to " + HtmlEntities.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Integer> codePoints = new LinkedHashMap<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] nameAndCodePoint = line.trim().split(" +");
                codePoints.put(nameAndCodePoint[0], Integer.valueOf(nameAndCodePoint[1]));
            }
            return Collections.unmodifiableMap(codePoints);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE, e);
        }
    }
}
