package io.meetingmemo.preview.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostI18n;
import io.meetingmemo.preview.store.HostUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The host reads a web-resource's contexts, dependencies and transformations as Confluence does, refuses what it cannot
 * run as Confluence would, and its jsI18n transformer writes a script's texts as AUI's JsI18nTransformer writes them.
 */
class JsI18nTransformerTest {
    private static final ClassLoader APP = JsI18nTransformerTest.class.getClassLoader();
    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.load(APP);
    private static final DownloadResource DOWNLOADS = new DownloadResource(DESCRIPTOR, APP, new HostI18n(DESCRIPTOR.i18nLocation(), APP, new HostUsers()));

    private static PluginDescriptor parse(String webResources) {
        String xml = "<atlassian-plugin key=\"p\" name=\"P\" plugins-version=\"2\"><plugin-info><version>1</version></plugin-info>"
                + webResources + "</atlassian-plugin>";
        return PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theAppsPickerIsAWebResourceOfTheMacroBrowserContextRunThroughJsI18n() {
        PluginDescriptor.WebResource picker = DESCRIPTOR.webResources().stream()
                .filter(wr -> wr.key().equals("register-picker-resources")).findFirst().orElseThrow();
        assertEquals(List.of("macro-browser"), picker.contexts());
        assertEquals(List.of("com.atlassian.auiplugin:ajs", "com.atlassian.confluence.plugins.confluence-macro-browser:macro-browser-js"),
                picker.dependencies());
        assertEquals(List.of("jsI18n"), picker.transformersFor("register-picker.js"));
        assertEquals(List.of(), picker.transformersFor("register-picker.css"), "only scripts are transformed");
    }

    @Test
    void callsBecomeTheReadersTextAndCallsWithArgumentsBecomeAjsFormat() {
        String script = "a(AJS.I18n.getText('meeting-memo.register-picker.clear')); b(AJS.I18n.getText( \"meeting-memo.register-picker.entry\" , id));"
                + " c(AJS.I18n.getText(key));";
        assertEquals("a(\"Clear\"); b(AJS.format(\"Entry {0}\", id)); c(AJS.I18n.getText(key));", DOWNLOADS.translated(script),
                "as AUI's pattern: only a quoted key is replaced; a computed one is left for the browser, where the host refuses it");
    }

    @Test
    void aTranslatedTextIsASafeStringLiteral() {
        assertEquals("\"say \\\"hi\\\" \\\\ \\u003c/script\\u003e \\u0026 it\\u0027s\\nnext\"", DownloadResource.jsString("say \"hi\" \\ </script> & it's\nnext"));
        assertEquals("\"Hae rekisteristä\u2026\"", DownloadResource.jsString("Hae rekisteristä\u2026"));
    }

    @Test
    void contextsDependenciesAndTransformationsAreRead() {
        PluginDescriptor d = parse("<web-resource key=\"base\"><resource type=\"download\" name=\"a.js\" location=\"a.js\"/></web-resource>"
                + "<web-resource key=\"w\"><dependency>p:base</dependency><dependency>com.atlassian.auiplugin:ajs</dependency>"
                + "<transformation extension=\"js\"><transformer key=\"jsI18n\"/></transformation>"
                + "<resource type=\"download\" name=\"b.js\" location=\"b.js\"/><context>macro-browser</context><context>editor</context></web-resource>");
        PluginDescriptor.WebResource w = d.webResources().get(1);
        assertEquals(List.of("macro-browser", "editor"), w.contexts());
        assertEquals(List.of("p:base", "com.atlassian.auiplugin:ajs"), w.dependencies());
        assertEquals(Map.of("js", List.of("jsI18n")), w.transformers());
    }

    @Test
    void aTransformerTheHostDoesNotRunOrAMissingDependencyOfTheAppIsRefused() {
        PluginDescriptor.DescriptorException unknown = assertThrows(PluginDescriptor.DescriptorException.class, () -> parse(
                "<web-resource key=\"w\"><transformation extension=\"less\"><transformer key=\"lessTransformer\"/></transformation></web-resource>"));
        assertTrue(unknown.getMessage().contains("lessTransformer"), unknown.getMessage());
        PluginDescriptor.DescriptorException missing = assertThrows(PluginDescriptor.DescriptorException.class, () -> parse(
                "<web-resource key=\"w\"><dependency>p:nowhere</dependency></web-resource>"));
        assertTrue(missing.getMessage().contains("p:nowhere"), missing.getMessage());
    }
}
