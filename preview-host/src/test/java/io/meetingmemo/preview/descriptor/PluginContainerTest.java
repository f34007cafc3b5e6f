package io.meetingmemo.preview.descriptor;

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

    @Test
    void aDescriptorThatStillWiresWithComponentsIsRefused() {
        String xml = "<atlassian-plugin key=\"io.meetingmemo.confluence\" name=\"x\" plugins-version=\"2\">"
                + "<component key=\"services\" class=\"io.meetingmemo.platform.MeetingMemoServices\"/></atlassian-plugin>";
        PluginDescriptor descriptor = PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        PluginDescriptor.DescriptorException refused = assertThrows(PluginDescriptor.DescriptorException.class,
                () -> new PluginContainer(descriptor, app, Map.of()));
        assertTrue(refused.getMessage().contains("transformerless"), refused.getMessage());
    }
}
