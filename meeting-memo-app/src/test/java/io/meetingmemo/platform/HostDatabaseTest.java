package io.meetingmemo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.embeddedao.AoTableNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written SQL names the tables Active Objects creates for the app's ao module. */
class HostDatabaseTest {
    @Test
    void theTablePrefixIsActiveObjectsPrefixForTheNamespaceInTheDescriptor() throws IOException {
        String descriptor;
        try (InputStream in = HostDatabase.class.getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher ao = Pattern.compile("<ao\\s[^>]*namespace=\"([^\"]+)\"").matcher(descriptor);
        assertTrue(ao.find(), "the descriptor declares an ao module with a namespace");
        assertEquals(AoTableNames.prefixFor(ao.group(1)), HostDatabase.TABLE_PREFIX);
        assertEquals("\"AO_B80927_ACTION_ITEM\"", HostDatabase.Sql.table("ACTION_ITEM"));
    }
}
