package io.meetingmemo.preview.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.preview.platform.HostPlatform;
import io.meetingmemo.preview.store.HostUsers;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SAL's lifecycle as the host runs it: onStart of each service the app exports as LifecycleAware once the app is up,
 * onStop before its context closes, and nothing for a bean that only implements the interface. The app here is a
 * tiny test context on the host's real services (scheduler, locale, task queues, mail), so a reference to any of
 * them is answered as the app's will be.
 */
class LifecycleAwareTest {
    @BeforeEach
    void clear() { RecordingLifecycle.CALLS.clear(); }

    @Test
    void exportedLifecycleAwareServicesStartAfterTheAppAndStopBeforeItsBeansAreDestroyed() {
        ClassLoader testApp = new OnlySpringFilesUnder(getClass().getClassLoader(), "lifecycle-app/");
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(DatabaseConfig.h2Memory("lifecycle" + System.nanoTime()), "io.meetingmemo.confluence")) {
            HostPlatform platform = HostPlatform.forApp(getClass().getClassLoader(), ao, new HostUsers(), "http://127.0.0.1");
            PluginContainer container = new PluginContainer(platform.descriptor(), testApp, platform.services());
            assertEquals(1, container.exportedAs(LifecycleAware.class).size());
            assertTrue(RecordingLifecycle.CALLS.isEmpty(), "nothing starts before the host says the application is up");

            container.notifyStarted();
            container.notifyStarted();
            assertEquals(List.of("exported onStart"), RecordingLifecycle.CALLS, "once, and only the exported service");
            assertTrue(platform.scheduler().getRegisteredJobRunnerKeys().contains(RecordingLifecycle.RUNNER));

            container.close();
            assertEquals(List.of("exported onStart", "exported onStop", "not exported destroyed", "exported destroyed"),
                    RecordingLifecycle.CALLS, "onStop while the beans still work, then the context closes");
            assertTrue(platform.scheduler().getRegisteredJobRunnerKeys().isEmpty());
        }
    }

    @Test
    void onStopIsNotCalledWhenOnStartNeverRan() {
        ClassLoader testApp = new OnlySpringFilesUnder(getClass().getClassLoader(), "lifecycle-app/");
        try (EmbeddedActiveObjects ao = new EmbeddedActiveObjects(DatabaseConfig.h2Memory("lifecycle" + System.nanoTime()), "io.meetingmemo.confluence")) {
            HostPlatform platform = HostPlatform.forApp(getClass().getClassLoader(), ao, new HostUsers(), "http://127.0.0.1");
            new PluginContainer(platform.descriptor(), testApp, platform.services()).close();
            assertEquals(List.of("not exported destroyed", "exported destroyed"), RecordingLifecycle.CALLS);
        }
    }

    /** The test classes, but with the Spring XML of one folder of the test resources as the app's META-INF/spring. */
    private static final class OnlySpringFilesUnder extends ClassLoader {
        private final String folder;

        OnlySpringFilesUnder(ClassLoader parent, String folder) {
            super(parent);
            this.folder = folder;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith("META-INF/spring")) return super.getResources(name);
            URL url = getParent().getResource(folder + name);
            return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith("META-INF/spring") ? getParent().getResource(folder + name) : super.getResource(name);
        }
    }
}
