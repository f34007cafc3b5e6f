package io.meetingmemo.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.confluence.macro.Macro;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * atlassian-plugin.xml is what Confluence installs: it must be well-formed, and every class, template,
 * resource and i18n key it names must exist in the app, in all three languages.
 */
class PluginDescriptorTest {
    private static Document descriptor;
    private static final List<String> LANGUAGES = List.of("", "_fi", "_sv");

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = resource("atlassian-plugin.xml")) {
            assertNotNull(in, "atlassian-plugin.xml is on the class path");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            descriptor = f.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void pluginInfoDeclaresDataCenterCompatibilityIconAndLogo() {
        Element root = descriptor.getDocumentElement();
        assertEquals("io.meetingmemo.confluence", root.getAttribute("key"), "the frozen plugin key (= Bundle-SymbolicName)");
        List<String> params = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName("param");
        for (int i = 0; i < nodes.getLength(); i++) params.add(((Element) nodes.item(i)).getAttribute("name"));
        assertTrue(params.containsAll(List.of("atlassian-data-center-status", "atlassian-data-center-compatible", "plugin-icon", "plugin-logo")), params.toString());
        String version = text(root, "version");
        assertFalse(version.contains("${"), "the version is filtered in: " + version);
    }

    @Test
    void everyNamedClassExistsAndMacrosAreMacros() throws Exception {
        for (String tag : List.of("component", "xhtml-macro")) {
            for (Element e : elements(tag)) {
                Class<?> type = Class.forName(e.getAttribute("class"));
                if (tag.equals("xhtml-macro")) assertTrue(Macro.class.isAssignableFrom(type), type + " implements Macro");
            }
        }
        for (Element e : elements("component-import")) Class.forName(e.getAttribute("interface"));
        for (String tag : List.of("entity", "upgradeTask", "package")) {
            for (Element e : elements(tag)) {
                String name = e.getTextContent().trim();
                if (tag.equals("package")) assertNotNull(PluginDescriptorTest.class.getClassLoader().getResource(name.replace('.', '/')), "package " + name);
                else Class.forName(name);
            }
        }
        Element ao = elements("ao").get(0);
        assertEquals("io.meetingmemo.confluence", ao.getAttribute("namespace"), "explicit AO namespace keeps table names stable");
        Element rest = elements("rest").get(0);
        assertEquals("/meeting-memo", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
    }

    /**
     * The Create dialog entry is a blueprint whose content template Confluence can name and fill: the
     * template has {@code i18n-name-key} (Confluence does not read {@code template-title-key}) and a context
     * provider; its memo carries a macro id, and it holds no sample action that would become a tracked item.
     */
    @Test
    void theNewMemoBlueprintIsWiredAsConfluencesCreateDialogReadsIt() throws Exception {
        Element template = elements("content-template").stream()
                .filter(e -> e.getParentNode() == descriptor.getDocumentElement()).findFirst().orElseThrow();
        assertFalse(template.hasAttribute("template-title-key"));
        assertFalse(template.getAttribute("i18n-name-key").isBlank());
        Element provider = (Element) template.getElementsByTagName("context-provider").item(0);
        assertTrue(com.atlassian.plugin.web.ContextProvider.class.isAssignableFrom(Class.forName(provider.getAttribute("class"))));
        Element blueprint = elements("blueprint").get(0);
        assertEquals(template.getAttribute("key"), ((Element) blueprint.getElementsByTagName("content-template").item(0)).getAttribute("ref"));
        assertTrue(elements("web-item").stream().anyMatch(w -> w.getAttribute("section").equals("system.create.dialog/content")
                && w.getElementsByTagName("param").getLength() == 1
                && ((Element) w.getElementsByTagName("param").item(0)).getAttribute("value").equals(blueprint.getAttribute("key"))));
        String location = ((Element) template.getElementsByTagName("resource").item(0)).getAttribute("location");
        String xml;
        try (InputStream in = resource(location)) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher macros = java.util.regex.Pattern.compile("<ac:structured-macro [^>]*>").matcher(xml);
        int count = 0;
        while (macros.find()) {
            count++;
            assertTrue(macros.group().contains("ac:macro-id=\""), "every macro has an id: " + macros.group());
        }
        assertTrue(count > 0);
        assertFalse(xml.contains("memo-action") || xml.contains("ac:task"), "no sample action in the template");
    }

    /** Platform 7+ is secure by default: a servlet states who may open it rather than rely on the default. */
    @Test
    void everyServletDeclaresItsAccessLevel() throws Exception {
        assertFalse(elements("servlet").isEmpty());
        for (Element e : elements("servlet")) {
            Class<?> type = Class.forName(e.getAttribute("class"));
            assertTrue(java.util.Arrays.stream(type.getAnnotations())
                            .anyMatch(a -> a.annotationType().getPackageName().equals("com.atlassian.annotations.security")),
                    type + " carries an access annotation of com.atlassian.annotations.security");
        }
    }

    @Test
    void everyResourceAndTemplateExists() throws IOException {
        for (Element e : elements("resource")) {
            String location = e.getAttribute("location");
            if (e.getAttribute("type").equals("i18n")) {
                for (String lang : LANGUAGES) assertExists(location + lang + ".properties");
            } else {
                assertExists(location);
            }
        }
        for (MacroTemplate t : MacroTemplate.values()) assertExists(t.path);
    }

    @Test
    void everyI18nKeyTheDescriptorAndCodeUseExistsInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String attribute : List.of("key", "template-title-key")) {
            NodeList all = descriptor.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String tag = e.getTagName();
                if (!e.getAttribute(attribute).isEmpty() && (tag.equals("description") || tag.equals("label") || attribute.equals("template-title-key"))) {
                    keys.add(e.getAttribute(attribute));
                }
            }
        }
        for (Element macro : elements("xhtml-macro")) {
            String prefix = "io.meetingmemo.confluence." + macro.getAttribute("name");
            keys.add(prefix + ".label");
            keys.add(prefix + ".desc");
            NodeList params = macro.getElementsByTagName("parameter");
            for (int i = 0; i < params.getLength(); i++) {
                String name = ((Element) params.item(i)).getAttribute("name");
                keys.add(prefix + ".param." + name + ".label");
                keys.add(prefix + ".param." + name + ".desc");
            }
        }
        for (String label : labelsUsedByCode()) keys.add("meeting-memo.view." + label);
        for (String lang : LANGUAGES) {
            Properties p = properties(lang);
            for (String key : keys) {
                if (!p.containsKey(key)) fail("i18n/meeting-memo" + lang + ".properties lacks " + key);
                assertFalse(p.getProperty(key).isBlank(), key + " is blank in " + lang);
            }
        }
    }

    /**
     * A script that asks for texts with AJS.I18n.getText is served through the jsI18n transformer (without it the call
     * reaches the browser untranslated), and every key it asks for exists in every language.
     */
    @Test
    void everyTextAScriptAsksForIsTranslatedByTheDescriptorsJsI18nTransformer() throws IOException {
        Pattern call = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*[),]");
        int keysFound = 0;
        for (Element webResource : elements("web-resource")) {
            boolean jsI18n = false;
            NodeList transformations = webResource.getElementsByTagName("transformation");
            for (int i = 0; i < transformations.getLength(); i++) {
                Element t = (Element) transformations.item(i);
                NodeList transformers = t.getElementsByTagName("transformer");
                for (int j = 0; j < transformers.getLength(); j++) {
                    if (t.getAttribute("extension").equals("js") && ((Element) transformers.item(j)).getAttribute("key").equals("jsI18n")) jsI18n = true;
                }
            }
            NodeList resources = webResource.getElementsByTagName("resource");
            for (int i = 0; i < resources.getLength(); i++) {
                String location = ((Element) resources.item(i)).getAttribute("location");
                if (!location.endsWith(".js")) continue;
                String script;
                try (InputStream in = resource(location)) {
                    script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                boolean asks = script.contains("AJS.I18n.getText");
                assertTrue(!asks || jsI18n, location + " asks AJS.I18n.getText for texts, so web-resource "
                        + webResource.getAttribute("key") + " needs <transformation extension=\"js\"><transformer key=\"jsI18n\"/>");
                Matcher m = call.matcher(script);
                while (m.find()) {
                    keysFound++;
                    for (String lang : LANGUAGES) {
                        Properties p = properties(lang);
                        assertTrue(p.containsKey(m.group(2)), "i18n/meeting-memo" + lang + ".properties lacks " + m.group(2) + " (" + location + ")");
                        assertFalse(p.getProperty(m.group(2)).contains("'"),
                                m.group(2) + ": Confluence formats a script's text with MessageFormat, where a lone ' disappears");
                    }
                }
            }
        }
        assertTrue(keysFound >= 6, "texts asked for by scripts: " + keysFound);
    }

    /** The register picker is loaded with Confluence's macro browser: a web-resource of the macro-browser context. */
    @Test
    void theRegisterPickerIsAWebResourceOfTheMacroBrowserContext() {
        Element picker = elements("web-resource").stream().filter(e -> e.getAttribute("key").equals("register-picker-resources"))
                .findFirst().orElseThrow();
        List<String> contexts = new ArrayList<>();
        NodeList nodes = picker.getElementsByTagName("context");
        for (int i = 0; i < nodes.getLength(); i++) contexts.add(nodes.item(i).getTextContent().trim());
        assertEquals(List.of("macro-browser"), contexts);
    }

    @Test
    void allThreeLanguagesHaveExactlyTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(properties("").stringPropertyNames());
        assertEquals(english, new TreeSet<>(properties("_fi").stringPropertyNames()), "Finnish");
        assertEquals(english, new TreeSet<>(properties("_sv").stringPropertyNames()), "Swedish");
    }

    /** Labels the macros pass to their templates ($text.x), read from the templates themselves. */
    private static Set<String> labelsUsedByCode() throws IOException {
        Set<String> labels = new TreeSet<>();
        Pattern ref = Pattern.compile("\\$!?\\{?text\\.([A-Za-z]+)");
        for (MacroTemplate t : MacroTemplate.values()) {
            try (InputStream in = resource(t.path)) {
                Matcher m = ref.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                while (m.find()) labels.add(m.group(1));
            }
        }
        return labels;
    }

    private enum MacroTemplate {
        MEMO("templates/meeting-memo.vm"), GUEST("templates/memo-guest.vm"), CONTACT("templates/memo-contact.vm"),
        DECISION("templates/memo-decision.vm"), ACTION("templates/memo-action.vm"), NEW_PAGE("templates/new-meeting-memo.xml");

        final String path;

        MacroTemplate(String path) { this.path = path; }
    }

    private static Properties properties(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource("i18n/meeting-memo" + lang + ".properties")) {
            assertNotNull(in, "i18n/meeting-memo" + lang + ".properties");
            p.load(in);
        }
        return p;
    }

    private static void assertExists(String location) throws IOException {
        String path = location.endsWith("/") ? location + "plugin-icon.png" : location;
        try (InputStream in = resource(path)) {
            assertNotNull(in, "the descriptor names " + location + ", which the app lacks");
        }
    }

    private static List<Element> elements(String tag) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    private static String text(Element root, String tag) {
        return root.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    private static InputStream resource(String path) {
        return PluginDescriptorTest.class.getClassLoader().getResourceAsStream(path);
    }
}
