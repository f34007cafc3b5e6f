package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The jar an administrator uploads carries the macro browser's contacts-register picker as Confluence loads it: the
 * descriptor inside the jar declares a web-resource of the macro-browser context, run through the jsI18n transformer,
 * and every resource it lists is in the jar, where the script registers its field override for memo-guest and
 * memo-contact.
 */
class MacroBrowserResourcesInJarTest {
    private static final Path BUNDLES = Path.of("target", "bundles");

    @Test
    void theMacroBrowserWebResourceAndItsScriptAreInTheJar() throws Exception {
        File file = BUNDLES.resolve("meeting-memo-app.jar").toFile();
        assertTrue(file.isFile(), "bundle " + file + " was copied by the build");
        try (JarFile jar = new JarFile(file)) {
            JarEntry descriptorEntry = jar.getJarEntry("atlassian-plugin.xml");
            assertNotNull(descriptorEntry, "the descriptor is in the jar");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root;
            try (InputStream in = jar.getInputStream(descriptorEntry)) {
                root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            }
            List<Element> macroBrowserResources = new ArrayList<>();
            NodeList webResources = root.getElementsByTagName("web-resource");
            for (int i = 0; i < webResources.getLength(); i++) {
                Element wr = (Element) webResources.item(i);
                NodeList contexts = wr.getElementsByTagName("context");
                for (int j = 0; j < contexts.getLength(); j++) {
                    if (contexts.item(j).getTextContent().trim().equals("macro-browser")) macroBrowserResources.add(wr);
                }
            }
            assertEquals(1, macroBrowserResources.size(), "one web-resource of the macro-browser context");
            Element picker = macroBrowserResources.get(0);
            assertEquals("register-picker-resources", picker.getAttribute("key"));
            Element transformation = (Element) picker.getElementsByTagName("transformation").item(0);
            assertEquals("js", transformation.getAttribute("extension"));
            assertEquals("jsI18n", ((Element) transformation.getElementsByTagName("transformer").item(0)).getAttribute("key"));

            NodeList resources = picker.getElementsByTagName("resource");
            List<String> scripts = new ArrayList<>();
            for (int i = 0; i < resources.getLength(); i++) {
                Element r = (Element) resources.item(i);
                assertEquals("download", r.getAttribute("type"));
                String location = r.getAttribute("location");
                JarEntry entry = jar.getJarEntry(location);
                assertNotNull(entry, "the descriptor names " + location + ", which the jar lacks");
                assertTrue(entry.getSize() > 0, location + " is not empty");
                if (location.endsWith(".js")) scripts.add(location);
            }
            assertEquals(List.of("js/register-picker.js"), scripts);
            String script;
            try (InputStream in = jar.getInputStream(jar.getJarEntry(scripts.get(0)))) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String macro : List.of("memo-guest", "memo-contact")) {
                assertTrue(script.contains("AJS.MacroBrowser.setMacroJsOverride('" + macro + "'"), "registers the override of " + macro);
            }
            assertTrue(script.contains("'register-id'") && script.contains("AJS.MacroBrowser.ParameterFields.string("), script);
            assertFalse(script.contains("innerHTML") || script.contains("insertAdjacentHTML"), "no HTML is parsed from strings");
        }
    }
}
