package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The jar an administrator uploads is a valid OSGi bundle for Confluence 10.2: in Felix, with a bundle
 * exporting the Atlassian API packages (our stand-ins) and the system bundle exporting the third-party
 * packages at the versions Confluence 10.2 ships, the app resolves and starts; it contains no Atlassian
 * or third-party classes of its own.
 */
class AppBundleResolvesInOsgiTest {
    /** Packages Confluence 10.2 (Platform 8) exports to apps, at its versions (confluence-platform.md §1.2). */
    private static final String CONFLUENCE_EXPORTS = String.join(",",
            "jakarta.ws.rs;version=3.1.0", "jakarta.ws.rs.core;version=3.1.0", "jakarta.ws.rs.ext;version=3.1.0", "jakarta.ws.rs.container;version=3.1.0",
            "jakarta.inject;version=2.0.1", "jakarta.servlet;version=6.0.0", "jakarta.servlet.http;version=6.0.0", "org.slf4j;version=1.7.36",
            "org.springframework.beans.factory;version=6.2.19",
            "net.java.ao;version=7.0.1", "net.java.ao.schema;version=7.0.1");

    private static final Path BUNDLES = Paths.get("target", "bundles");
    private Framework framework;

    @BeforeEach
    void startFelix() throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, Files.createTempDirectory("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, CONFLUENCE_EXPORTS);
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
    }

    @AfterEach
    void stopFelix() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void theAppResolvesAndStartsAgainstTheConfluenceApi() throws Exception {
        BundleContext context = framework.getBundleContext();
        Bundle api = context.installBundle(jar("atlassian-api-standins").toURI().toString());
        Bundle app = context.installBundle(jar("meeting-memo-app").toURI().toString());
        api.start();
        app.start();
        assertEquals(Bundle.ACTIVE, app.getState(), "the app bundle is active");
        assertEquals("io.meetingmemo.confluence", app.getSymbolicName());
        assertEquals(0, Collections.list(app.findEntries("com/atlassian", "*", true) == null
                ? Collections.emptyEnumeration() : app.findEntries("com/atlassian", "*", true)).size());
        // The app's classes load inside OSGi, wired to the API bundle.
        Class<?> macro = app.loadClass("io.meetingmemo.memo.macro.MeetingMemoMacro");
        assertEquals(api, ((org.osgi.framework.BundleReference) macro.getInterfaces()[0].getClassLoader()).getBundle());
    }

    @Test
    void withoutTheConfluenceApiTheAppDoesNotResolve() throws Exception {
        Bundle app = framework.getBundleContext().installBundle(jar("meeting-memo-app").toURI().toString());
        BundleException failure = assertThrows(BundleException.class, app::start);
        assertTrue(failure.getMessage().contains("com.atlassian"), failure.getMessage());
    }

    @Test
    void theManifestImportsHostPackagesAndEmbedsNothingAtlassian() throws IOException {
        try (JarFile jar = new JarFile(jar("meeting-memo-app"))) {
            Manifest manifest = jar.getManifest();
            String imports = manifest.getMainAttributes().getValue("Import-Package");
            for (String pkg : List.of("com.atlassian.confluence.macro", "com.atlassian.activeobjects.external",
                    "com.atlassian.plugins.rest.api.security.annotation", "jakarta.ws.rs", "net.java.ao")) {
                assertTrue(imports.contains(pkg), "imports " + pkg + ": " + imports);
            }
            assertFalse(imports.contains("io.meetingmemo"), "the app imports none of its own packages");
            assertNull(manifest.getMainAttributes().getValue("Atlassian-Plugin-Key"),
                    "descriptor components: the plugin is transformed, so the header must be absent");
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("com/atlassian/") || e.getName().startsWith("net/java/ao/")),
                    "no Atlassian or AO classes inside the app");
            assertTrue(jar.stream().anyMatch(e -> e.getName().equals("atlassian-plugin.xml")));
        }
    }

    private static File jar(String name) {
        File file = BUNDLES.resolve(name + ".jar").toFile();
        assertTrue(file.isFile(), "bundle " + file + " was copied by the build");
        return file;
    }
}
