package io.meetingmemo.it.hardening;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The numbers docs/security.md quotes (strings tried, matrix cases, concurrent operations, …), written by
 * each test to {@code target/hardening-counts.properties} and printed, so the latest run can be copied.
 */
final class Counts {
    private static final Path FILE = Path.of("target", "hardening-counts.properties");

    private Counts() {}

    static synchronized void record(String key, Object value) {
        System.out.println("[hardening] " + key + " = " + value);
        Properties counts = new Properties();
        try {
            if (Files.exists(FILE)) {
                try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
                    counts.load(in);
                }
            }
            counts.setProperty(key, String.valueOf(value));
            Files.createDirectories(FILE.getParent());
            try (Writer out = Files.newBufferedWriter(FILE, StandardCharsets.UTF_8)) {
                for (var e : new TreeMap<>(counts).entrySet()) out.write(e.getKey() + " = " + e.getValue() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
