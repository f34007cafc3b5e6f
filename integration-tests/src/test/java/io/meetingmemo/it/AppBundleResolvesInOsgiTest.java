package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The jar an administrator uploads is a valid OSGi bundle for Confluence 10.2: in Felix, with a bundle
 * exporting the Atlassian API packages (our stand-ins) and the system bundle exporting the third-party
 * packages Confluence provides, the app resolves and starts; it contains no Atlassian or third-party
 * classes of its own. The versions at which Confluence 10.2 exports jakarta.*, Active Objects and slf4j
 * are not public, so the app must resolve both at the versions of the libraries 10.2 ships and in the
 * worst case, where every one of those packages is exported without a version (0.0.0).
 */
class AppBundleResolvesInOsgiTest {
    /** Library versions Confluence 10.2 (Platform 8) ships: jakarta APIs, Spring 6.2, slf4j 2.0, Jackson 2.21, AO 7. */
    private static final String VERSIONS_OF_10_2 = String.join(",",
            "jakarta.ws.rs;version=3.1.0", "jakarta.ws.rs.core;version=3.1.0", "jakarta.ws.rs.ext;version=3.1.0",
            "jakarta.ws.rs.container;version=3.1.0",
            "jakarta.inject;version=2.0.1", "jakarta.servlet;version=6.0.0", "jakarta.servlet.http;version=6.0.0",
            "org.slf4j;version=2.0.18", "org.springframework.beans.factory;version=6.2.19",
            "com.fasterxml.jackson.annotation;version=2.21.0",
            "net.java.ao;version=7.0.1", "net.java.ao.schema;version=7.0.1");
    /** The same packages exported with no version at all. */
    private static final String UNVERSIONED = VERSIONS_OF_10_2.replaceAll(";version=[0-9.]+", "");

    private static final Path BUNDLES = Paths.get("target", "bundles");
    private Framework framework;

    @AfterEach
    void stopFelix() throws Exception {
        if (framework == null) return;
        framework.stop();
        framework.waitForStop(10_000);
    }

    private void startFelix(String hostExports) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, Files.createTempDirectory("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, hostExports);
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
    }

    @ParameterizedTest(name = "host exports {0}")
    @ValueSource(strings = {"at the versions 10.2 ships", "without versions"})
    void theAppResolvesAndStartsAgainstTheConfluenceApi(String exports) throws Exception {
        startFelix(exports.startsWith("at") ? VERSIONS_OF_10_2 : UNVERSIONED);
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
        startFelix(VERSIONS_OF_10_2);
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
            assertFalse(imports.contains("com.atlassian.core.bean"), "no import of a package not known to be public on 10.2: " + imports);
            for (String clause : imports.split(",(?=[a-z])")) {
                if (clause.startsWith("jakarta.") || clause.startsWith("net.java.ao") || clause.startsWith("org.slf4j")
                        || clause.startsWith("org.springframework")) {
                    assertFalse(clause.contains("[") || clause.contains("("), "host package imported without a range: " + clause);
                    assertFalse(clause.contains("optional"), "a real dependency is not optional: " + clause);
                }
            }
            assertEquals("io.meetingmemo.confluence", manifest.getMainAttributes().getValue("Atlassian-Plugin-Key"),
                    "transformerless: Confluence installs the bundle as built");
            assertEquals("*", manifest.getMainAttributes().getValue("Spring-Context"));
            assertTrue(jar.stream().anyMatch(e -> e.getName().startsWith("META-INF/spring/") && e.getName().endsWith(".xml")),
                    "the wiring travels in META-INF/spring");
            String descriptor = new String(jar.getInputStream(jar.getEntry("atlassian-plugin.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(descriptor.contains("<component"), "no <component> or <component-import> in a transformerless descriptor");
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
