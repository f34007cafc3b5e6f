package io.meetingmemo.preview.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The host starts the app only through its transformerless wiring (META-INF/spring/*.xml) and stops, naming
 * the bean, when something Confluence would have to provide is missing.
 */
class PluginContainerTest {
    private final ClassLoader app = getClass().getClassLoader();

    @Test
    void aServiceTheHostDoesNotOfferStopsTheStartNamingTheReference() {
        PluginDescriptor descriptor = PluginDescriptor.load(app);
        TimeZoneManager onlyTimeZones = new TimeZoneManager() {
            @Override public TimeZone getUserTimeZone() { return TimeZone.getDefault(); }
            @Override public TimeZone getUserTimeZone(com.atlassian.sal.api.user.UserKey user) { return TimeZone.getDefault(); }
            @Override public TimeZone getDefaultTimeZone() { return TimeZone.getDefault(); }
        };
        PluginDescriptor.DescriptorException refused = assertThrows(PluginDescriptor.DescriptorException.class,
                () -> new PluginContainer(descriptor, app, Map.of(TimeZoneManager.class, onlyTimeZones)));
        assertTrue(refused.getMessage().contains("osgi:reference id=\"activeObjects\""), refused.getMessage());
        assertTrue(refused.getMessage().contains("com.atlassian.activeobjects.external.ActiveObjects"), refused.getMessage());
    }

    /** A host that shows another day (or a test that moves time) sets the app's clock; every other bean stays the app's. */
    @Test
    void theHostsClockTakesThePlaceOfTheAppsClockBean() {
        java.time.Clock lastDayOfYear = java.time.Clock.fixed(java.time.Instant.parse("2026-12-31T12:00:00Z"), java.time.ZoneOffset.UTC);
        try (var ao = new io.meetingmemo.embeddedao.EmbeddedActiveObjects(
                io.meetingmemo.embeddedao.DatabaseConfig.h2Memory("clock" + System.nanoTime()), "io.meetingmemo.confluence")) {
            var platform = io.meetingmemo.preview.platform.HostPlatform.forApp(app, ao, new io.meetingmemo.preview.store.HostUsers(), "http://127.0.0.1");
            platform.migrate();
            try (PluginContainer container = platform.startApp(lastDayOfYear)) {
                assertSame(lastDayOfYear, container.get(PluginContainer.CLOCK_BEAN, java.time.Clock.class));
                assertEquals(java.time.LocalDate.of(2026, 12, 31), container.get("readers", io.meetingmemo.platform.Readers.class).today(),
                        "today, as every macro and list shows it, is the host's day");
            }
            try (PluginContainer container = platform.startApp(null)) {
                assertNotSame(lastDayOfYear, container.get(PluginContainer.CLOCK_BEAN, java.time.Clock.class), "without one, the app's own clock");
            }
        }
    }

    @Test
    void aDescriptorThatStillWiresWithComponentsIsRefused() {
        String xml = "<atlassian-plugin key=\"io.meetingmemo.confluence\" name=\"x\" plugins-version=\"2\">"
                + "<component key=\"services\" class=\"io.meetingmemo.platform.Readers\"/></atlassian-plugin>";
        PluginDescriptor descriptor = PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        PluginDescriptor.DescriptorException refused = assertThrows(PluginDescriptor.DescriptorException.class,
                () -> new PluginContainer(descriptor, app, Map.of()));
        assertTrue(refused.getMessage().contains("transformerless"), refused.getMessage());
    }
}
