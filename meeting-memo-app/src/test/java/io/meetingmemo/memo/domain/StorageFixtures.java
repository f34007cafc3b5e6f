package io.meetingmemo.memo.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Storage-format test pages under src/test/resources/storage. */
final class StorageFixtures {

    private StorageFixtures() {}

    static String page(String fileName) {
        try (InputStream in = StorageFixtures.class.getResourceAsStream("/storage/" + fileName)) {
            if (in == null) throw new IllegalArgumentException("no test page " + fileName);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A memo macro with the given parameters (already storage format) and body. */
    static String memo(String macroId, String parameters, String body) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\""
                + (macroId == null ? "" : " ac:macro-id=\"" + macroId + "\"") + ">"
                + parameters + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    /** A nested macro such as memo-decision with the given parameters and rich-text body (null for none). */
    static String macro(String name, String macroId, String parameters, String body) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\""
                + (macroId == null ? "" : " ac:macro-id=\"" + macroId + "\"") + ">" + parameters
                + (body == null ? "" : "<ac:rich-text-body>" + body + "</ac:rich-text-body>")
                + "</ac:structured-macro>";
    }
}
