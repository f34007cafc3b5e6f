package io.meetingmemo.preview.render;

import static io.meetingmemo.preview.render.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.meetingmemo.preview.render.Rendering.RecordingMacros;
import io.meetingmemo.preview.render.Rendering.Users;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** Classic cross-site scripting vectors, placed wherever storage can carry text, and checked on the view's markup. */
class XssCorpusTest {
    /** Each vector is the value storage carries; the placements escape it as storage would. */
    private static final List<String> VECTORS = List.of(
            "<script>alert(1)</script>",
            "<ScRiPt>alert(1)</sCrIpT>",
            "<script src=\"https://evil.example/x.js\"></script>",
            "<scr<script>ipt>alert(1)</script>",
            "\"><script>alert(1)</script>",
            "'><script>alert(1)</script>",
            "</textarea><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "</style><script>alert(1)</script>",
            "</p></div></body><script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\" onerror=\"alert(1)\"/>",
            "<IMG SRC=\"javascript:alert(1)\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<body onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"&#106;avascript:alert(1)\">click</a>",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "jav\tascript:alert(1)",
            "jav\nascript:alert(1)",
            "<img src=\"x:x\" onerror=\"eval(atob('YWxlcnQoMSk='))\">",
            "  \t javascript:alert(1)",
            "javascript&#58;alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "VBScript:MsgBox(1)",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "<![CDATA[<script>alert(1)</script>]]>",
            "]]><script>alert(1)</script>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<button formaction=\"javascript:alert(1)\">x</button>",
            "<input onfocus=alert(1) autofocus>",
            "<details open ontoggle=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">",
            "<p style=\"width:expression(alert(1))\">",
            "<link rel=stylesheet href=\"javascript:alert(1)\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "\" onmouseover=\"alert(1)",
            "' onmouseover='alert(1)",
            "\" autofocus onfocus=\"alert(1)\" x=\"",
            "<marquee onstart=alert(1)>",
            "<video><source onerror=alert(1)></video>",
            "\u2028<script>alert(1)</script>",
            "%3Cscript%3Ealert(1)%3C/script%3E",
            "{{constructor.constructor('alert(1)')()}}");

    /** Link targets as written in storage, entity tricks included: none may become a link. */
    private static final List<String> STORAGE_HREFS = List.of(
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "jav&#x09;ascript:alert(1)",
            "jav&#x0A;ascript:alert(1)",
            "jav&#x0D;ascript:alert(1)",
            "jav&#9;ascript:alert(1)",
            "jav\tascript:alert(1)",
            "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
            "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
            "&#0000106;avascript:alert(1)",
            "&#x20;javascript:alert(1)",
            " &#x09; javascript:alert(1)",
            "javascript&#58;alert(1)",
            "javascript&#x3A;alert(1)",
            "&nbsp;javascript:alert(1)",
            "java&shy;script:alert(1)",
            "javascript :alert(1)",
            "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;",
            "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "livescript:alert(1)",
            "feed:javascript:alert(1)",
            "jar:https://evil.example/x.jar!/",
            "file:///etc/passwd",
            "&#x6A;ava&#x0A;script&#x3A;alert(1)");

    private static final Set<String> VIEW_ELEMENTS = Set.of("view",
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
            "colgroup", "col", "strong", "b", "em", "i", "u", "s", "del", "ins", "sub", "sup", "code", "pre", "blockquote",
            "br", "hr", "span", "div", "a", "time", "input");
    private static final Set<String> VIEW_ATTRIBUTES = Set.of("href", "rel", "class", "colspan", "rowspan", "datetime",
            "type", "disabled", "checked", "data-macro", "data-parameter");
    /** A start tag in the view: text and attribute values are escaped, so every {@code <} and {@code >} is markup. */
    private static final Pattern START_TAG = Pattern.compile("<[A-Za-z][^>]*>");
    /** An attribute with its double-quoted value consumed, so text inside a value is never taken for a name. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([^\\s=\"/>]+)\\s*=\\s*\"[^\"]*\"");
    private static final Pattern SCHEME = Pattern.compile("^([^:/?#]*):");

    /** Escapes like the app's templates do, so a parameter shows up as the handler received it. */
    private final RecordingMacros macros = new RecordingMacros(call -> "<div class=\"macro\" data-parameter=\""
            + escape(Optional.ofNullable(call.parameters().get("title")).orElse("")) + "\">"
            + escape(Optional.ofNullable(call.body()).orElse("")) + "</div>");

    static Stream<String> vectors() {
        return VECTORS.stream();
    }

    static Stream<String> storageHrefs() {
        return STORAGE_HREFS.stream();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsTextIsShownAsText(String vector) {
        String view = render("<p>" + xmlText(vector) + "</p>");

        assertSafe(view);
        assertEquals(vector, Rendering.parseView(view).getDocumentElement().getTextContent());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsRawStorageMarkupIsHarmless(String vector) {
        assertSafe(render("<p>x " + vector + " y</p>"));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorInAttributesIsDropped(String vector) {
        String value = xmlAttribute(vector);

        assertEquals("<p>x</p>", render("<p title=\"" + value + "\" style=\"" + value + "\" class=\"" + value
                + "\" onclick=\"" + value + "\" id=\"" + value + "\">x</p>"));
        assertEquals("<table><tr><td>x</td></tr></table>",
                render("<table><tr><td colspan=\"" + value + "\" onmouseover=\"" + value + "\">x</td></tr></table>"));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsAnchorHrefIsNeverScript(String vector) {
        assertSafe(render("<p><a href=\"" + xmlAttribute(vector) + "\">text</a></p>"));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsLinkUrlIsNeverScript(String vector) {
        assertSafe(render("<ac:link><ri:url ri:value=\"" + xmlAttribute(vector) + "\"/></ac:link>"
                + "<ac:link><ri:url ri:value=\"" + xmlAttribute(vector) + "\"/><ac:plain-text-link-body>"
                + cdata(vector) + "</ac:plain-text-link-body></ac:link>"));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsImageSourceIsPlaceholderText(String vector) {
        String view = render("<ac:image><ri:url ri:value=\"" + xmlAttribute(vector) + "\"/></ac:image>"
                + "<ac:image><ri:attachment ri:filename=\"" + xmlAttribute(vector) + "\"/></ac:image>");

        assertSafe(view);
        assertEquals("image: " + vector + "image: " + vector, Rendering.parseView(view).getDocumentElement().getTextContent());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsMacroParameterReachesTheHandlerUnchanged(String vector) {
        String view = render("<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">" + xmlText(vector)
                + "</ac:parameter></ac:structured-macro>", macros, new Users());

        assertEquals(Map.of("title", vector), macros.onlyCall().parameters());
        assertSafe(view);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsPlainTextBodyReachesTheHandlerUnchanged(String vector) {
        String view = render("<ac:structured-macro ac:name=\"code\"><ac:plain-text-body>" + cdata(vector)
                + "</ac:plain-text-body></ac:structured-macro>", macros, new Users());

        assertEquals(vector, macros.onlyCall().body());
        assertSafe(view);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsRichTextBodyIsSanitizedBeforeTheHandler(String vector) {
        RecordingMacros trusting = new RecordingMacros();

        assertSafe(render("<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>" + vector
                + "</p></ac:rich-text-body></ac:structured-macro>", trusting, new Users()));
        trusting.calls.forEach(call -> assertSafe(call.body()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsMacroNameIsEscapedInThePlaceholder(String vector) {
        String view = render("<ac:structured-macro ac:name=\"" + xmlAttribute(vector) + "\"/>", new RecordingMacros(call -> null), new Users());

        assertSafe(view);
        Element placeholder = (Element) Rendering.parseView(view).getElementsByTagName("div").item(0);
        assertEquals(vector, placeholder.getAttribute("data-macro"));
        assertEquals("Macro \"" + vector + "\" is not available here", placeholder.getTextContent());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsPageTitleOrDisplayNameIsShownAsText(String vector) {
        Users users = new Users().with("key-mallory", "mallory", vector);

        String view = render("<ac:link><ri:page ri:content-title=\"" + xmlAttribute(vector) + "\"/></ac:link>|"
                + "<ac:link><ri:user ri:userkey=\"key-mallory\"/></ac:link>|"
                + "<ac:link><ri:user ri:userkey=\"" + xmlAttribute(vector) + "\"/></ac:link>", new RecordingMacros(), users);

        assertSafe(view);
        assertEquals(vector + "|@" + vector + "|@" + vector, Rendering.parseView(view).getDocumentElement().getTextContent());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorAsDateIsShownAsText(String vector) {
        String view = render("<time datetime=\"" + xmlAttribute(vector) + "\"/>");

        assertSafe(view);
        assertEquals(vector.isBlank() ? "" : vector, Rendering.parseView(view).getDocumentElement().getTextContent());
    }

    @ParameterizedTest
    @MethodSource("storageHrefs")
    void scriptUrlsNeverBecomeLinksWhateverTheirEncoding(String href) {
        assertEquals("<p>text</p>", render("<p><a href=\"" + href + "\">text</a></p>"));
        assertEquals("text", render("<ac:link><ri:url ri:value=\"" + href + "\"/><ac:plain-text-link-body><![CDATA[text]]></ac:plain-text-link-body></ac:link>"));
        assertFalse(render("<ac:image><ri:url ri:value=\"" + href + "\"/></ac:image>").contains("<img"));
    }

    /** No script element, no event handler attribute, no script URL, and only the elements and attributes the converter writes. */
    private static void assertSafe(String view) {
        assertFalse(view.toLowerCase(Locale.ROOT).contains("<script"), () -> "script element in " + view);
        Matcher tag = START_TAG.matcher(view);
        while (tag.find()) {
            Matcher attribute = ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                String name = attribute.group(1);
                assertFalse(name.toLowerCase(Locale.ROOT).startsWith("on"), () -> "event handler attribute " + name + " in " + view);
            }
        }
        NodeList elements = Rendering.parseView(view).getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            assertTrue(VIEW_ELEMENTS.contains(element.getTagName()), () -> "unexpected element " + element.getTagName() + " in " + view);
            NamedNodeMap attributes = element.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr attribute = (Attr) attributes.item(j);
                assertTrue(VIEW_ATTRIBUTES.contains(attribute.getName()), () -> "unexpected attribute " + attribute.getName() + " in " + view);
                if (attribute.getName().equals("href")) {
                    assertLinkable(attribute.getValue(), view);
                }
            }
        }
    }

    /** Judged independently of UrlPolicy: whitespace and controls removed everywhere, then the scheme, if any. */
    private static void assertLinkable(String href, String view) {
        String squeezed = href.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        assertFalse(squeezed.contains("javascript:") || squeezed.contains("vbscript:") || squeezed.startsWith("data:"),
                () -> "script URL " + href + " in " + view);
        Matcher scheme = SCHEME.matcher(squeezed);
        if (scheme.find() && !Set.of("http", "https", "mailto").contains(scheme.group(1))) {
            fail("href with scheme " + scheme.group(1) + " in " + view);
        }
    }

    private static String escape(String text) {
        return Html.escape(text, new StringBuilder()).toString();
    }

    private static String xmlText(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Tabs and line breaks as character references, since XML turns literal ones in attributes into spaces. */
    private static String xmlAttribute(String value) {
        return xmlText(value).replace("\"", "&quot;").replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
    }

    private static String cdata(String value) {
        return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
