package io.meetingmemo.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host's options for mail and time, as a newcomer types them. */
class PreviewHostMainTest {
    @TempDir
    Path dataDir;

    private PreviewHost.Options parse(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "--data-dir";
        args[1] = dataDir.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return PreviewHostMain.parse(args);
    }

    @Test
    void byDefaultTheRealTimeAndAnSmtpServerOnAFreePort() {
        PreviewHost.Options options = parse();
        assertNull(options.clockStart());
        assertTrue(options.smtp());
        assertEquals(0, options.smtpPort());
        assertTrue(Files.isDirectory(dataDir));
    }

    @Test
    void clockStartsAtTheLocalTimeGiven() {
        assertEquals(LocalDateTime.parse("2026-12-01T07:00").atZone(ZoneId.systemDefault()).toInstant(),
                parse("--clock", "2026-12-01T07:00").clockStart());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> parse("--clock", "huomenna"));
        assertTrue(bad.getMessage().contains("2026-12-01T07:00"), bad.getMessage());
    }

    @Test
    void smtpPortOrNoSmtpButNotBoth() {
        assertEquals(2525, parse("--smtp-port", "2525").smtpPort());
        assertFalse(parse("--no-smtp").smtp());
        assertThrows(IllegalArgumentException.class, () -> parse("--smtp-port", "2525", "--no-smtp"));
        assertThrows(IllegalArgumentException.class, () -> parse("--smtp-relay-port", "2525", "--smtp-port", "2526"));
        PreviewHost.Options relay = parse("--smtp-relay-port", "2525");
        assertTrue(relay.smtp());
        assertEquals(2525, relay.smtpRelayPort());
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> parse("--smtp-port", "70000"));
        assertEquals("--smtp-port must be a number from 0 to 65535", port.getMessage());
    }

    @Test
    void testPeopleAreAddedWithKeysOfTheirOwnAndTheOptionIsTakenOutBeforeTheRest() {
        String[] args = {"--no-demo", "--test-people", "3", "--smtp-port", "2525"};
        assertEquals(3, PreviewHostMain.testPeople(args));
        assertEquals(java.util.List.of("--no-demo", "--smtp-port", "2525"), java.util.List.of(PreviewHostMain.withoutTestPeople(args)));
        assertEquals(0, PreviewHostMain.testPeople(new String[] {"--no-demo"}));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> PreviewHostMain.testPeople(new String[] {"--test-people", "many"}));
        assertEquals("--test-people must be a number from 0 to 9999", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PreviewHostMain.testPeople(new String[] {"--test-people"}));

        io.meetingmemo.preview.store.HostUsers users = new io.meetingmemo.preview.store.HostUsers();
        PreviewHostMain.addTestPeople(users, 3);
        io.meetingmemo.preview.store.HostUser third = users.byUsername("person0003").orElseThrow();
        assertEquals("person0003@example.org", third.email());
        assertEquals(io.meetingmemo.preview.store.HostUsers.keyFor("person0003"), third.key().getStringValue());
        assertTrue(users.authenticate("person0003", "person0003").isPresent());
        assertTrue(users.byUsername("person0004").isEmpty());
    }
}
