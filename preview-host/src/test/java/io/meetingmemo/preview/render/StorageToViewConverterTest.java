package io.meetingmemo.preview.render;

import static io.meetingmemo.preview.render.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.preview.render.Rendering.MacroCall;
import io.meetingmemo.preview.render.Rendering.RecordingMacros;
import io.meetingmemo.preview.render.Rendering.Users;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StorageToViewConverterTest {

    @Nested
    class HtmlAllowlist {
        @ParameterizedTest
        @ValueSource(strings = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "strong", "b", "em", "i", "u", "s",
                "del", "ins", "sub", "sup", "code", "pre", "blockquote", "span", "div"})
        void keepsTextElementsAndDropsTheirAttributes(String tag) {
            String storage = "<" + tag + " style=\"color:red\" class=\"x\" id=\"y\" onclick=\"alert(1)\" title=\"t\">text</" + tag + ">";

            assertEquals("<" + tag + ">text</" + tag + ">", render(storage));
        }

        @Test
        void keepsListsAndTables() {
            String storage = "<ul><li>a</li></ul><ol start=\"3\"><li>b</li></ol>"
                    + "<table class=\"wrapped\"><colgroup><col style=\"width: 50px\"/></colgroup>"
                    + "<thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>";

            assertEquals("<ul><li>a</li></ul><ol><li>b</li></ol>"
                    + "<table><colgroup><col/></colgroup>"
                    + "<thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>",
                    render(storage));
        }

        @Test
        void writesVoidElementsSelfClosedWithAnythingNestedInThemAfter() {
            assertEquals("<p>a<br/>b<br/>c</p><hr/>", render("<p>a<br>b</br><br class=\"x\"/>c</p><hr class=\"x\"/>"));
        }

        @ParameterizedTest
        @CsvSource({"2,2", "1000,1000", "007,7", "' 3 ',3"})
        void keepsCellSpansThatArePositiveAndAtMostAThousand(String span, String kept) {
            assertEquals("<table><tr><td colspan=\"" + kept + "\" rowspan=\"" + kept + "\">x</td><th colspan=\"" + kept + "\">y</th></tr></table>",
                    render("<table><tr><td colspan=\"" + span + "\" rowspan=\"" + span + "\">x</td><th colspan=\"" + span + "\">y</th></tr></table>"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "1001", "99999", "2x", "1e3", "+2", "", "2\" onclick=\"alert(1)"})
        void dropsOtherCellSpans(String span) {
            assertEquals("<table><tr><td>x</td></tr></table>",
                    render("<table><tr><td colspan=\"" + span.replace("\"", "&quot;") + "\" rowspan=\"" + span.replace("\"", "&quot;") + "\">x</td></tr></table>"));
        }

        @Test
        void matchesHtmlNamesWithoutRegardToCase() {
            assertEquals("<p><strong>bold</strong><a href=\"/x\" rel=\"nofollow noopener\">x</a></p>",
                    render("<P><STRONG>bold</STRONG><A HREF=\"/x\">x</A></P>"));
        }

        @Test
        void treatsElementsInTheXhtmlNamespaceAsHtml() {
            assertEquals("<p>a <em>b</em></p>", render("<p xmlns=\"http://www.w3.org/1999/xhtml\" class=\"c\">a <em>b</em></p>"));
        }
    }

    @Nested
    class Anchors {
        @ParameterizedTest
        @ValueSource(strings = {"https://example.com/a?b=1&c=2", "http://example.com", "mailto:someone@example.com",
                "/wiki/spaces/MM", "#decisions", "page.html?x=1", "/a:b", "?next=javascript:x", "#x:y", "HTTPS://EXAMPLE.COM", "//example.com/x"})
        void linksToWebMailAndRelativeUrls(String href) {
            assertEquals("<p><a href=\"" + Html.escape(href, new StringBuilder()) + "\" rel=\"nofollow noopener\">text</a></p>",
                    render("<p><a href=\"" + href.replace("&", "&amp;") + "\" target=\"_blank\" class=\"x\">text</a></p>"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "vbscript:msgbox(1)", "file:///etc/passwd",
                "ftp://example.com", "", "   "})
        void keepsOnlyTheTextOfOtherLinks(String href) {
            assertEquals("<p>text</p>", render("<p><a href=\"" + href + "\">text</a></p>"));
        }

        @Test
        void keepsOnlyTheTextOfLinksWithoutHref() {
            assertEquals("<p>anchor</p>", render("<p><a name=\"top\">anchor</a></p>"));
        }

        @Test
        void writesTheHrefAsTheBrowserWouldReadIt() {
            assertEquals("<a href=\"https://example.com/a\" rel=\"nofollow noopener\">x</a>",
                    render("<a href=\" https://exam&#x09;ple.com/a&#10; \">x</a>"));
        }
    }

    @Nested
    class Macros {
        @Test
        void passesNameIdParametersAndRichTextBodyAndInsertsTheHandlersHtml() {
            RecordingMacros macros = new RecordingMacros(call -> "<section class=\"panel\">" + call.body() + "</section>");

            String view = render("<p>before</p><ac:structured-macro ac:name=\"panel\" ac:schema-version=\"1\" ac:macro-id=\"a1b2\">"
                    + "<ac:parameter ac:name=\"title\">Agenda &amp; notes</ac:parameter>"
                    + "<ac:parameter ac:name=\"borderStyle\">solid</ac:parameter>"
                    + "<ac:rich-text-body><p>Hello <em>world</em><script>alert(1)</script></p></ac:rich-text-body>"
                    + "</ac:structured-macro>", macros, new Users());

            assertEquals(new MacroCall("panel", "a1b2", Map.of("title", "Agenda & notes", "borderStyle", "solid"),
                    "<p>Hello <em>world</em></p>"), macros.onlyCall());
            assertEquals("<p>before</p><section class=\"panel\"><p>Hello <em>world</em></p></section>", view);
        }

        @Test
        void passesThePlainTextBodyRaw() {
            RecordingMacros macros = new RecordingMacros(call -> "<pre>" + Html.escape(call.body(), new StringBuilder()) + "</pre>");

            String view = render("<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">xml</ac:parameter>"
                    + "<ac:plain-text-body><![CDATA[<b>if (a < b && c) { ]]]]><![CDATA[> }</b>]]></ac:plain-text-body></ac:structured-macro>",
                    macros, new Users());

            assertEquals("<b>if (a < b && c) { ]]> }</b>", macros.onlyCall().body());
            assertEquals("<pre>&lt;b&gt;if (a &lt; b &amp;&amp; c) { ]]&gt; }&lt;/b&gt;</pre>", view);
        }

        @Test
        void passesNullBodyAndNoIdWhenStorageHasNone() {
            RecordingMacros macros = new RecordingMacros(call -> "<hr/>");

            render("<ac:structured-macro ac:name=\"toc\"/>", macros, new Users());

            assertEquals(new MacroCall("toc", null, Map.of(), null), macros.onlyCall());
        }

        @Test
        void passesAnEmptyBodyForAnEmptyRichTextBody() {
            RecordingMacros macros = new RecordingMacros();

            render("<ac:structured-macro ac:name=\"info\"><ac:rich-text-body/></ac:structured-macro>", macros, new Users());

            assertEquals("", macros.onlyCall().body());
        }

        @Test
        void showsAPlaceholderWhenNoMacroOfThatNameIsInstalled() {
            String view = render("<ac:structured-macro ac:name=\"jira&quot;&lt;x\"><ac:rich-text-body><p>hidden?</p></ac:rich-text-body></ac:structured-macro>",
                    new RecordingMacros(call -> null), new Users());

            assertEquals("<div class=\"mm-placeholder\" data-macro=\"jira&quot;&lt;x\">Macro \"jira&quot;&lt;x\" is not available here</div>", view);
        }

        @Test
        void rendersNestedMacrosInnerFirstAndHandsTheirHtmlToTheOuterOne() {
            RecordingMacros macros = new RecordingMacros(call -> "<div class=\"" + call.name() + "\">" + call.body() + "</div>");

            String view = render("<ac:structured-macro ac:name=\"expand\"><ac:rich-text-body>"
                    + "<p>outer</p><ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>inner</p>"
                    + "<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">DONE</ac:parameter></ac:structured-macro>"
                    + "</ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>", macros, new Users());

            assertEquals(List.of("status", "info", "expand"), macros.calls.stream().map(MacroCall::name).toList());
            assertEquals("<p>inner</p><div class=\"status\">null</div>", macros.calls.get(1).body());
            assertEquals("<p>outer</p><div class=\"info\"><p>inner</p><div class=\"status\">null</div></div>", macros.calls.get(2).body());
            assertEquals("<div class=\"expand\"><p>outer</p><div class=\"info\"><p>inner</p><div class=\"status\">null</div></div></div>", view);
        }

        @Test
        void rendersTheOldMacroFormTheSameWay() {
            RecordingMacros macros = new RecordingMacros();

            String view = render("<ac:macro ac:name=\"info\"><ac:parameter ac:name=\"title\">Old</ac:parameter>"
                    + "<ac:default-parameter>first</ac:default-parameter><ac:rich-text-body><p>body</p></ac:rich-text-body></ac:macro>",
                    macros, new Users());

            assertEquals(new MacroCall("info", null, Map.of("title", "Old", "", "first"), "<p>body</p>"), macros.onlyCall());
            assertEquals("<div class=\"macro\"><p>body</p></div>", view);
        }

        @Test
        void resolvesUsersInParametersToCommaSeparatedUsernames() {
            RecordingMacros macros = new RecordingMacros(call -> "");
            Users users = new Users().with("key-anna", "anna", "Anna Virtanen").with("key-pekka", "pekka", "Pekka Mäkinen");

            render("<ac:structured-macro ac:name=\"mm-attendees\"><ac:parameter ac:name=\"attendees\">"
                    + "<ri:user ri:userkey=\"key-anna\"/> <ri:user ri:userkey=\"key-pekka\"/>"
                    + "<ri:user ri:userkey=\"key-gone\"/><ri:user ri:userkey=\"key-gone2\" ri:username=\"olli\"/><ri:user ri:username=\"liisa\"/>"
                    + "</ac:parameter><ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"key-anna\"/></ac:parameter></ac:structured-macro>",
                    macros, users);

            assertEquals(Map.of("attendees", "anna,pekka,key-gone,olli,liisa", "owner", "anna"), macros.onlyCall().parameters());
        }

        @Test
        void passesParameterTextWithoutItsMarkupAndUnchanged() {
            RecordingMacros macros = new RecordingMacros(call -> "");

            render("<ac:structured-macro ac:name=\"x\"><ac:parameter ac:name=\"title\">  a <b>bold</b> &lt;b&gt;&auml; </ac:parameter>"
                    + "<ac:parameter>unnamed</ac:parameter></ac:structured-macro>", macros, new Users());

            assertEquals(Map.of("title", "  a bold <b>ä ", "", "unnamed"), macros.onlyCall().parameters());
        }

        @Test
        void keepsTheLastParameterOfARepeatedName() {
            RecordingMacros macros = new RecordingMacros(call -> "");

            render("<ac:structured-macro ac:name=\"x\"><ac:parameter ac:name=\"a\">1</ac:parameter><ac:parameter ac:name=\"a\">2</ac:parameter></ac:structured-macro>",
                    macros, new Users());

            assertEquals(Map.of("a", "2"), macros.onlyCall().parameters());
        }

        @Test
        void ignoresUnknownChildrenOfAMacro() {
            RecordingMacros macros = new RecordingMacros(call -> "[" + call.body() + "]");

            assertEquals("[null]", render("<ac:structured-macro ac:name=\"x\">stray<p>text</p><ri:user ri:username=\"u\"/></ac:structured-macro>",
                    macros, new Users()));
        }
    }

    @Nested
    class Links {
        private final Users users = new Users().with("key-anna", "anna", "Anna Virtanen");

        @Test
        void rendersAUserLinkAsAMentionWithTheDisplayName() {
            assertEquals("<p>Ask <span class=\"mm-mention\">@Anna Virtanen</span>.</p>",
                    render("<p>Ask <ac:link><ri:user ri:userkey=\"key-anna\"/></ac:link>.</p>", new RecordingMacros(), users));
        }

        @Test
        void findsTheDisplayNameByUsernameToo() {
            assertEquals("<span class=\"mm-mention\">@Anna Virtanen</span>",
                    render("<ac:link><ri:user ri:username=\"anna\"/></ac:link>", new RecordingMacros(), users));
        }

        @Test
        void fallsBackToTheUsernameThenTheKeyForUnknownUsers() {
            assertEquals("<span class=\"mm-mention\">@olli</span><span class=\"mm-mention\">@key-x</span>",
                    render("<ac:link><ri:user ri:userkey=\"key-y\" ri:username=\"olli\"/></ac:link><ac:link><ri:user ri:userkey=\"key-x\"/></ac:link>",
                            new RecordingMacros(), users));
        }

        @Test
        void namesTheMentionedUserWhateverTheLinkBodySays() {
            assertEquals("<span class=\"mm-mention\">@Anna Virtanen</span>",
                    render("<ac:link><ri:user ri:userkey=\"key-anna\"/><ac:plain-text-link-body><![CDATA[@The CEO]]></ac:plain-text-link-body></ac:link>",
                            new RecordingMacros(), users));
        }

        @Test
        void rendersAPageLinkAsItsTitleOrItsLinkBody() {
            assertEquals("<span class=\"mm-page-link\">Minutes &amp; decisions</span> <span class=\"mm-page-link\">last week</span>",
                    render("<ac:link><ri:page ri:content-title=\"Minutes &amp; decisions\" ri:space-key=\"MM\"/></ac:link> "
                            + "<ac:link><ri:page ri:content-title=\"2026-11-16 Weekly\"/><ac:link-body>last <strong>week</strong></ac:link-body></ac:link>"));
        }

        @Test
        void rendersAUrlLinkAsASafeExternalLink() {
            assertEquals("<a href=\"https://example.com/?a=1&amp;b=2\" rel=\"nofollow noopener\">Example</a>"
                    + "<a href=\"https://example.org\" rel=\"nofollow noopener\">https://example.org</a>",
                    render("<ac:link><ri:url ri:value=\"https://example.com/?a=1&amp;b=2\"/><ac:plain-text-link-body><![CDATA[Example]]></ac:plain-text-link-body></ac:link>"
                            + "<ac:link><ri:url ri:value=\"https://example.org\"/></ac:link>"));
        }

        @Test
        void rendersAnUnsafeUrlLinkAsTextOnly() {
            assertEquals("click<span>javascript:alert(1)</span>",
                    render("<ac:link><ri:url ri:value=\"javascript:alert(1)\"/><ac:plain-text-link-body><![CDATA[click]]></ac:plain-text-link-body></ac:link>"
                            + "<span><ac:link><ri:url ri:value=\"javascript:alert(1)\"/></ac:link></span>"));
        }

        @Test
        void rendersOtherTargetsAsTheirLinkBodyOrName() {
            assertEquals("report.pdf|the spec|MM|anchor text",
                    render("<ac:link><ri:attachment ri:filename=\"report.pdf\"/></ac:link>|"
                            + "<ac:link><ri:attachment ri:filename=\"spec.pdf\"/><ac:plain-text-link-body><![CDATA[the spec]]></ac:plain-text-link-body></ac:link>|"
                            + "<ac:link><ri:space ri:space-key=\"MM\"/></ac:link>|"
                            + "<ac:link ac:anchor=\"top\"><ac:plain-text-link-body><![CDATA[anchor text]]></ac:plain-text-link-body></ac:link>"));
        }
    }

    @Nested
    class Dates {
        @Test
        void formatsADateForTheConvertersLocale() {
            assertEquals("<p>Due <time datetime=\"2026-11-23\">23 Nov 2026</time></p>", render("<p>Due <time datetime=\"2026-11-23\" /></p>"));
        }

        @ParameterizedTest
        @CsvSource({"en-US,'Nov 23, 2026'", "fi-FI,23.11.2026", "de-DE,23.11.2026"})
        void usesMediumFormatOfEachLocale(String locale, String formatted) {
            StorageToViewConverter converter = new StorageToViewConverter(Locale.forLanguageTag(locale));

            assertEquals("<time datetime=\"2026-11-23\">" + formatted + "</time>",
                    Rendering.render(converter, "<time datetime=\"2026-11-23\"/>", new RecordingMacros(), new Users()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "23.11.2026", "tomorrow", "2026-11-23T10:00", "<b>&'\""})
        void showsAnInvalidDateAsEscapedText(String datetime) {
            assertEquals("<p>" + Html.escape(datetime, new StringBuilder()) + "</p>",
                    render("<p><time datetime=\"" + Html.escape(datetime, new StringBuilder()) + "\">ignored</time></p>"));
        }

        @Test
        void showsTheElementTextWhenThereIsNoDatetime() {
            assertEquals("<p>next &lt;week&gt;</p>", render("<p><time>next &lt;week&gt;</time></p>"));
        }
    }

    @Nested
    class Tasks {
        @Test
        void rendersTasksAsReadOnlyCheckboxes() {
            String view = render("<ac:task-list>\n<ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status>"
                    + "<ac:task-body>Send <strong>minutes</strong></ac:task-body></ac:task>\n"
                    + "<ac:task><ac:task-id>2</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Book room</ac:task-body></ac:task>\n"
                    + "</ac:task-list>");

            assertEquals("<ul class=\"mm-tasks\">\n"
                    + "<li class=\"mm-task mm-task-done\"><input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\"/> Send <strong>minutes</strong></li>\n"
                    + "<li class=\"mm-task mm-task-open\"><input type=\"checkbox\" disabled=\"disabled\"/> Book room</li>\n"
                    + "</ul>", view);
        }

        @Test
        void takesTheStatusThatPrecedesTheBodyAndShowsStrayTextAsBody() {
            assertEquals("<ul class=\"mm-tasks\"><li class=\"mm-task mm-task-open\"><input type=\"checkbox\" disabled=\"disabled\"/> stray body</li>"
                    + "<li class=\"mm-task mm-task-open\"><input type=\"checkbox\" disabled=\"disabled\"/> </li></ul>",
                    render("<ac:task-list><ac:task>\n <ac:task-id>1</ac:task-id>stray <ac:task-body>body</ac:task-body><ac:task-status>complete</ac:task-status></ac:task>"
                            + "<ac:task><ac:task-uuid>u</ac:task-uuid></ac:task></ac:task-list>"));
        }

        @Test
        void rendersNestedTaskListsAndMentionsAndDatesInTasks() {
            Users users = new Users().with("k1", "anna", "Anna Virtanen");

            String view = render("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                    + "<ac:task-body><ac:link><ri:user ri:userkey=\"k1\"/></ac:link> by <time datetime=\"2026-11-30\"/>"
                    + "<ac:task-list><ac:task><ac:task-id>2</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>sub</ac:task-body></ac:task></ac:task-list>"
                    + "</ac:task-body></ac:task>"
                    + "<ac:task-list><ac:task><ac:task-id>3</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>sibling-nested</ac:task-body></ac:task></ac:task-list>"
                    + "</ac:task-list>", new RecordingMacros(), users);

            assertEquals("<ul class=\"mm-tasks\"><li class=\"mm-task mm-task-open\"><input type=\"checkbox\" disabled=\"disabled\"/> "
                    + "<span class=\"mm-mention\">@Anna Virtanen</span> by <time datetime=\"2026-11-30\">30 Nov 2026</time>"
                    + "<ul class=\"mm-tasks\"><li class=\"mm-task mm-task-done\"><input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\"/> sub</li></ul>"
                    + "</li>"
                    + "<ul class=\"mm-tasks\"><li class=\"mm-task mm-task-open\"><input type=\"checkbox\" disabled=\"disabled\"/> sibling-nested</li></ul>"
                    + "</ul>", view);
        }
    }

    @Nested
    class LayoutsImagesEmoticons {
        @Test
        void rendersLayoutsAsDivs() {
            assertEquals("<div class=\"mm-layout\"><div class=\"mm-layout-section\"><div class=\"mm-layout-cell\"><p>left</p></div>"
                    + "<div class=\"mm-layout-cell\"><p>right</p></div></div></div>",
                    render("<ac:layout><ac:layout-section ac:type=\"two_equal\" ac:breakout-mode=\"default\">"
                            + "<ac:layout-cell><p>left</p></ac:layout-cell><ac:layout-cell><p>right</p></ac:layout-cell></ac:layout-section></ac:layout>"));
        }

        @Test
        void showsImagesAsPlaceholdersWithoutLoadingThem() {
            String view = render("<ac:image ac:height=\"250\"><ri:attachment ri:filename=\"board &amp; team.png\"><ri:page ri:content-title=\"Other\"/></ri:attachment></ac:image>"
                    + "<ac:image><ri:url ri:value=\"https://evil.example/track.gif?a=1&amp;b=&quot;2\"/></ac:image><ac:image/>");

            assertEquals("<span class=\"mm-placeholder\">image: board &amp; team.png</span>"
                    + "<span class=\"mm-placeholder\">image: https://evil.example/track.gif?a=1&amp;b=&quot;2</span>"
                    + "<span class=\"mm-placeholder\">image</span>", view);
            assertFalse(view.contains("<img"));
        }

        @ParameterizedTest
        @CsvSource({"smile,\u263A", "tick,\u2713", "cross,\u2717", "warning,\u26A0", "information,\u2139", "star,\u2605", "rocket-ship,''"})
        void rendersCommonEmoticonsAsSymbols(String name, String symbol) {
            assertEquals("<p>[" + symbol + "]</p>", render("<p>[<ac:emoticon ac:name=\"" + name + "\" ac:emoji-shortname=\":x:\"/>]</p>"));
        }

        @Test
        void rendersNothingForAnEmoticonWithoutName() {
            assertEquals("<p>[]</p>", render("<p>[<ac:emoticon ac:emoji-shortname=\":x:\">text</ac:emoticon>]</p>"));
        }
    }

    @Nested
    class UnknownElements {
        @ParameterizedTest
        @ValueSource(strings = {"script", "style", "iframe", "object", "embed", "form", "input", "textarea", "select",
                "button", "link", "meta", "base", "svg", "math", "SCRIPT", "Svg"})
        void dropsActiveElementsWithTheirContent(String tag) {
            assertEquals("<p>ab</p>", render("<p>a<" + tag + " src=\"x\">hidden <b>text</b><p>more</p></" + tag + ">b</p>"));
        }

        @Test
        void dropsActiveElementsInAnyNamespace() {
            assertEquals("<p>ab</p>", render("<p>a<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:text>x</svg:text></svg:svg>b</p>"));
        }

        @Test
        void rendersTheChildrenOfOtherUnknownElementsWithoutTheirMarkup() {
            assertEquals("<p>a marked <strong>bold</strong> x y z b</p>",
                    render("<p>a <ac:inline-comment-marker ac:ref=\"r1\">marked <strong>bold</strong></ac:inline-comment-marker> "
                            + "<font color=\"red\">x</font> <ri:unknown>y</ri:unknown> <x:z xmlns:x=\"urn:x\">z</x:z> <img src=\"a.png\"/>b</p>"));
        }

        @Test
        void neverIncludesExternalContent() {
            assertEquals("<p>ab</p>", render("<p>a<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>b</p>"));
        }

        @Test
        void rendersConfluenceElementsOutOfTheirPlaceAsText() {
            assertEquals("<p>title body</p>", render("<p><ac:parameter ac:name=\"t\">title</ac:parameter> <ac:rich-text-body>body</ac:rich-text-body></p>"));
        }
    }

    @Nested
    class Text {
        @Test
        void escapesText() {
            assertEquals("&lt;b&gt;&amp;&quot;&#39;", render("&lt;b&gt;&amp;&quot;&apos;"));
        }

        @Test
        void keepsTopLevelTextAndIgnoresCommentsAndProcessingInstructions() {
            assertEquals("top <p>x</p> tail", render("top <!-- note --><?pi data?><p>x</p> tail"));
        }

        @Test
        void understandsAllHtml4EntitiesAndXmlsApos() {
            String storage = HtmlEntities.CODE_POINTS.keySet().stream().map(name -> "&" + name + ";").collect(Collectors.joining("|")) + "|&apos;";
            String expected = HtmlEntities.CODE_POINTS.values().stream().map(Character::toString)
                    .map(text -> Html.escape(text, new StringBuilder()).toString()).collect(Collectors.joining("|")) + "|&#39;";

            assertEquals(253, HtmlEntities.CODE_POINTS.size() + 1, "HTML 4.01's 252 entities plus &apos;");
            assertEquals(expected, render(storage));
        }

        @Test
        void decodesEntitiesFromEachHtml4Set() {
            assertEquals("\u00A0\u00E4\u2013\u2014\u20AC\u00A9\u2211\u03B8\u03D1\u2030\u2329\u232A\u201C\u201D", render("&nbsp;&auml;&ndash;&mdash;&euro;&copy;&sum;&theta;&thetasym;&permil;&lang;&rang;&ldquo;&rdquo;"));
        }

        @Test
        void rendersNothingForAnEmptyOrMissingBody() {
            assertEquals("", render(""));
            assertEquals("", render(null));
            assertTrue(render("   ").isBlank());
        }

        @Test
        void callsNoMacroHandlerForStorageWithoutMacros() {
            RecordingMacros macros = new RecordingMacros();

            render("<p>plain</p>", macros, new Users());

            assertTrue(macros.calls.isEmpty());
        }
    }
}
