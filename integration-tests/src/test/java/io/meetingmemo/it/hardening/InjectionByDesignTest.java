package io.meetingmemo.it.hardening;

import static io.meetingmemo.it.hardening.Http.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.it.TestHost;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, item 2: no parameter can pick a template, a resource path or a URL. The test tries: macro
 * parameters named like the templates' trusted model entries or like template and resource selectors,
 * template syntax in values, directory tricks on the resource download URL, request headers that would move
 * the links the API hands out, a page body that plants its own base URL for the app's script, and register
 * settings that try to smuggle query parameters.
 */
class InjectionByDesignTest {
    private static final String RESOURCES = "/download/resources/io.meetingmemo.confluence:meeting-memo-resources/";
    private static TestHost test;
    private static URI base;

    @BeforeAll
    static void start() {
        test = TestHost.startOnH2();
        base = test.host.baseUri();
    }

    @AfterAll
    static void stop() {
        if (test != null) test.close();
    }

    private static final List<String> SELECTOR_PARAMETERS = List.of("template", "templates", "vm", "view", "layout", "resource",
            "path", "file", "include", "bodyHtml", "pageBodyHtml", "textHtml", "fallbackTitleHtml", "html", "interactive",
            "showProblems", "memo", "text", "part", "outputType", "webResource", "url", "baseUrl", "href", "src", "style", "class",
            "id", "data-item-id", "onload", "macro", "key");
    private static final String PROBE = "<script>alert('picked')</script>";

    private static String memoWith(String extraParameters, String partParameters) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"m1\"><ac:parameter ac:name=\"title\">Valinta</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-11-24</ac:parameter>" + extraParameters + "<ac:rich-text-body><p>Keskustelu</p>"
                + HostileMemo.macro("memo-guest", "g1", HostileMemo.parameter("name", "Vieras") + partParameters, null)
                + HostileMemo.macro("memo-action", "a1", HostileMemo.parameter("owner", "Omistaja") + partParameters, "<p>Tee se</p>")
                + HostileMemo.macro("memo-decision", "d1", partParameters, "<p>Päätös</p>")
                + HostileMemo.macro("memo-contact", "c1", HostileMemo.parameter("name", "Kontakti") + partParameters, "<p>Muistiinpano</p>")
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    @Test
    void parametersNamedLikeTemplatesResourcesOrTrustedHtmlChangeNothing() throws Exception {
        StringBuilder extra = new StringBuilder();
        for (String name : SELECTOR_PARAMETERS) {
            String value = name.endsWith("Html") || name.equals("html") ? PROBE : name.equals("template") ? "../../atlassian-plugin.xml"
                    : "templates/memo-guest.vm";
            extra.append(HostileMemo.parameter(name, HostileMemo.text(value)));
        }
        String plain = test.createPage("EDUFUTURA", "Valinta ilman", memoWith("", ""));
        String tried = test.createPage("EDUFUTURA", "Valinta kanssa", memoWith(extra.toString(), extra.toString()));
        for (String outputType : List.of("display", "pdf", "email")) {
            String without = memoSection(test.as("admin").html("/pages/viewpage.action?pageId=" + plain + "&outputType=" + outputType));
            String with = memoSection(test.as("admin").html("/pages/viewpage.action?pageId=" + tried + "&outputType=" + outputType));
            // Item and page ids differ between the two pages; the minutes' button names its page.
            assertEquals(without.replaceAll("data-(item|page)-id=\"\\d+\"", ""), with.replaceAll("data-(item|page)-id=\"\\d+\"", ""),
                    "no parameter changes how a memo renders (" + outputType + ")");
            assertFalse(with.contains("alert('picked')"), "a parameter never reaches a template as HTML");
        }
        Counts.record("injection.selectorParameters", SELECTOR_PARAMETERS.size());
    }

    @Test
    void templateSyntaxInValuesIsShownNotRun() throws Exception {
        List<String> values = List.of("#parse(\"atlassian-plugin.xml\")", "#include(\"atlassian-plugin.xml\")", "#parse('templates/meeting-memo.vm')",
                "$text.getClass().forName('java.lang.Runtime')", "${memo.key}", "#set($x = 7 * 6)$x", "$!bodyHtml", "#evaluate('#set($y=1)')");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = HostileMemo.text(values.get(i));
            body.append("<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"t").append(i).append("\">")
                    .append(HostileMemo.parameter("title", v)).append(HostileMemo.parameter("location", v)).append("<ac:rich-text-body>")
                    .append(HostileMemo.macro("memo-action", "a" + i, HostileMemo.parameter("owner", v), "<p>" + v + "</p>"))
                    .append("</ac:rich-text-body></ac:structured-macro>");
        }
        String id = test.createPage("REITITIN", "Mallikieli", body.toString());
        String html = test.as("admin").html("/pages/viewpage.action?pageId=" + id);
        assertFalse(html.contains("<atlassian-plugin") || html.contains("plugins-version"), "no file was included");
        assertFalse(html.contains(">42<"), "no expression was evaluated");
        for (String v : values) {
            String shown = v.replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;").replace(">", "&gt;");
            assertTrue(html.contains(shown), "shown as written: " + v);
        }
    }

    @Test
    void theResourceDownloadServesOnlyWhatTheDescriptorLists() {
        List<String> tries = List.of("../atlassian-plugin.xml", "images/../../atlassian-plugin.xml", "images/%2e%2e/atlassian-plugin.xml",
                "images/..%2Fatlassian-plugin.xml", "images/....//atlassian-plugin.xml", "%2e%2e/%2e%2e/atlassian-plugin.xml",
                "templates/meeting-memo.vm", "images/../templates/meeting-memo.vm", "i18n/meeting-memo.properties",
                "images/../io/meetingmemo/platform/Readers.class", "META-INF/MANIFEST.MF", "/etc/passwd",
                "images//etc/passwd", "images/..%5C..%5Catlassian-plugin.xml", "meeting-memo.css/../templates/meeting-memo.vm",
                "images/memo-header.svg%00.vm", "openapi/openapi.json", "css/meeting-memo.css");
        int refused = 0;
        for (String name : tries) {
            for (String prefix : List.of(RESOURCES, "/download/resources/io.meetingmemo.confluence/")) {
                Http.Answer answer = Http.get(base, "admin", prefix + name);
                refused++;
                assertNotEquals(200, answer.status(), "served " + prefix + name + ": " + answer);
                assertFalse(answer.body().contains("atlassian-plugin") || answer.body().contains("#foreach") || answer.body().contains("Bundle-"),
                        prefix + name + " leaks a file");
            }
        }
        assertEquals(200, Http.get(base, "admin", RESOURCES + "meeting-memo.css").status(), "the listed stylesheet is served");
        Counts.record("injection.resourcePathsTried", refused);
    }

    @Test
    void linksTheApiHandsOutCannotBeMovedByTheRequestOrThePage() throws Exception {
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("X-Forwarded-Host", "evil.example");
        forged.put("X-Forwarded-Proto", "https");
        forged.put("X-Forwarded-Prefix", "/evil");
        forged.put("Forwarded", "host=evil.example;proto=https");
        forged.put("X-Original-URL", "/evil");
        forged.put("Referer", "http://evil.example/");
        JsonNode items = TestHost.JSON.readTree(Http.send(base, "admin", "GET", API + "/action-items?status=all", null, null, forged).body()).get("items");
        assertTrue(items.size() > 0);
        for (JsonNode item : items) {
            assertEquals(base + "pages/viewpage.action?pageId=" + item.get("pageId").asLong(), item.get("url").asText());
        }
        String ics = Http.send(base, "admin", "GET", API + "/action-items.ics?status=all", null, null, forged).body();
        assertFalse(ics.contains("evil"), "calendar links use the site's base URL");
        String csv = Http.send(base, "admin", "GET", API + "/action-items.csv?status=all", null, null, forged).body();
        assertFalse(csv.contains("evil"), "CSV links use the site's base URL");

        // A page body that plants a base URL for the app's script, or a base element, gets neither.
        String id = test.createPage("EDUFUTURA", "Oma osoite", "<meta name=\"ajs-context-path\" content=\"http://evil.example\"/>"
                + "<base href=\"http://evil.example/\"/>" + memoWith("", ""));
        String html = test.as("admin").html("/pages/viewpage.action?pageId=" + id);
        Matcher meta = Pattern.compile("<meta name=\"ajs-context-path\"[^>]*>").matcher(html);
        assertTrue(meta.find() && meta.group().contains("content=\"\""), "the host's own context path");
        assertFalse(meta.find(), "no second context path");
        assertFalse(html.toLowerCase().contains("<base"), "no base element");
        assertFalse(html.contains("evil.example"), "the planted address appears nowhere");
    }

    @Test
    void registerSettingsCannotSmuggleQueryParameters() throws Exception {
        Assumptions.assumeTrue(PluginDescriptor.load(getClass().getClassLoader()).macros().stream().anyMatch(m -> m.name().equals("action-register")),
                "no action-register macro yet");
        String smuggle = "kuukausi&status=all&assignee=admin&pageId=1#x";
        String id = test.createPage("EDUFUTURA", "Rekisteri ja salakuljetus",
                "<ac:structured-macro ac:name=\"action-register\"><ac:parameter ac:name=\"series\">" + HostileMemo.text(smuggle) + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"spaces\">EDUFUTURA&amp;q=x</ac:parameter><ac:parameter ac:name=\"status\">open&amp;status=all</ac:parameter>"
                        + "<ac:parameter ac:name=\"url\">http://evil.example/</ac:parameter><ac:parameter ac:name=\"pageSize\">100000</ac:parameter>"
                        + "</ac:structured-macro>");
        String html = test.as("admin").html("/pages/viewpage.action?pageId=" + id);
        Matcher query = Pattern.compile("data-query=\"([^\"]*)\"").matcher(html);
        assertTrue(query.find(), "the register shows its query");
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.group(1).replace("&amp;", "&").split("&")) {
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        assertEquals(List.of(smuggle), params.get("series"), "the series is one value, as written: " + params);
        assertEquals(List.of("open"), params.getOrDefault("status", List.of("open")), "a malformed status falls back, never adds a parameter: " + params);
        assertFalse(params.containsKey("assignee") || params.containsKey("pageId") || params.containsKey("q"), "nothing smuggled: " + params);
        assertFalse(html.contains("evil.example"), "no URL from a parameter");
    }

    private static String memoSection(String html) {
        int start = html.lastIndexOf("<section ", html.indexOf(" class=\"mm-memo"));
        int end = html.lastIndexOf("</section>");
        assertTrue(start >= 0 && end > start, "a memo is rendered");
        return html.substring(start, end);
    }
}
