package io.meetingmemo.preview.render;

import static io.meetingmemo.preview.render.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.meetingmemo.preview.render.Rendering.RecordingMacros;
import io.meetingmemo.preview.render.Rendering.Users;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Deep nesting, big bodies and broken storage: the converter answers fast, with well-formed HTML, and never throws. */
class RobustnessTest {
    private static final int DEPTH = 10_000;
    private static final Pattern ERROR_NOTE = Pattern.compile(
            "<div class=\"mm-render-error\">This page could not be read completely \\(line (\\d+), column (\\d+)\\)\\.</div>$");

    @Test
    void convertsTenThousandNestedElementsWithoutRecursion() {
        String storage = "<div><blockquote><ul><li><span>".repeat(DEPTH / 5) + "deep" + "</span></li></ul></blockquote></div>".repeat(DEPTH / 5);

        String view = assertTimeout(Duration.ofSeconds(5), () -> render(storage));

        assertEquals(storage, view);
    }

    @Test
    void convertsTenThousandNestedUnknownAndDroppedElements() {
        String storage = "<font>".repeat(DEPTH) + "<p>kept</p>" + "</font>".repeat(DEPTH)
                + "<script>" + "<div>".repeat(DEPTH) + "gone" + "</div>".repeat(DEPTH) + "</script>";

        assertEquals("<p>kept</p>", assertTimeout(Duration.ofSeconds(5), () -> render(storage)));
    }

    @Test
    void convertsTenThousandNestedMacrosInnerFirst() {
        RecordingMacros macros = new RecordingMacros(call -> "<span>" + call.parameters().get("level") + "</span>");
        StringBuilder storage = new StringBuilder();
        for (int level = 0; level < DEPTH; level++) {
            storage.append("<ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"level\">").append(level)
                    .append("</ac:parameter><ac:rich-text-body>");
        }
        storage.append("</ac:rich-text-body></ac:structured-macro>".repeat(DEPTH));

        String view = assertTimeout(Duration.ofSeconds(5), () -> render(storage.toString(), macros, new Users()));

        assertEquals("<span>0</span>", view);
        assertEquals(DEPTH, macros.calls.size());
        assertEquals("", macros.calls.get(0).body());
        assertEquals("<span>" + (DEPTH - 1) + "</span>", macros.calls.get(1).body());
    }

    @Test
    void convertsTenThousandNestedTaskListsAndTextCaptures() {
        String tasks = "<ac:task-list><ac:task><ac:task-status>complete</ac:task-status><ac:task-body>".repeat(DEPTH / 2)
                + "leaf" + "</ac:task-body></ac:task></ac:task-list>".repeat(DEPTH / 2);
        String parameter = "<ac:structured-macro ac:name=\"x\"><ac:parameter ac:name=\"p\">" + "<span>".repeat(DEPTH) + "v"
                + "</span>".repeat(DEPTH) + "</ac:parameter></ac:structured-macro>";
        RecordingMacros macros = new RecordingMacros(call -> call.parameters().get("p"));

        String view = assertTimeout(Duration.ofSeconds(5), () -> render(tasks + parameter, macros, new Users()));

        assertTrue(view.endsWith("leaf" + "</li></ul>".repeat(DEPTH / 2) + "v"));
    }

    @Test
    void convertsATenMegabyteBodyInLinearTime() {
        String section = "<h2>Kohta &ndash; p&auml;&auml;t&ouml;kset</h2><p>Teksti&auml; &amp; <strong>lihavoitua</strong>&nbsp;ja "
                + "<a href=\"https://example.com/?q=1&amp;r=2\">linkki</a> <ac:link><ri:user ri:userkey=\"k1\"/></ac:link>.</p>"
                + "<table><tbody><tr><th>A</th><td colspan=\"2\">B &lt;c&gt;</td></tr></tbody></table>"
                + "<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">Huom</ac:parameter>"
                + "<ac:rich-text-body><p>Sis&auml;lt&ouml;</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>Teht&auml;v&auml; <time datetime=\"2026-11-23\"/></ac:task-body></ac:task></ac:task-list>\n";
        String storage = section.repeat(10 * 1024 * 1024 / section.length() + 1);
        Users users = new Users().with("k1", "anna", "Anna Virtanen");

        String view = assertTimeout(Duration.ofSeconds(20), () -> render(storage, new RecordingMacros(), users));

        assertTrue(storage.length() >= 10 * 1024 * 1024);
        assertFalse(view.contains("mm-render-error"));
        assertTrue(view.endsWith("<time datetime=\"2026-11-23\">23 Nov 2026</time></li></ul>\n"));
    }

    static Stream<Arguments> brokenStorage() {
        return Stream.of(
                // storage, view before the note, line of the error
                arguments("<p>one</p>\n<p>two <em>open\n<p>three</p>", "<p>one</p>\n<p>two <em>open\n<p>three</p></em></p>", 3),
                arguments("<p>unclosed <strong>at the end", "<p>unclosed <strong>at the end</strong></p>", 1),
                arguments("<p>a</p>\n\n<p>bare & ampersand</p>", "<p>a</p>\n\n<p>bare </p>", 3),
                arguments("<p>unknown &entity; here</p>", "<p>unknown </p>", 1),
                arguments("<p title=\"a<b\">x</p>", "", 1),
                arguments("text</p>", "text", 1),
                arguments("<p>a</p></mm-storage><p>escape</p>", "<p>a</p>", 1),
                arguments("<p>a</p></mm-storage> \n ", "<p>a</p>", 2),
                arguments("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>", "", 1),
                arguments("<p>x</p><x:y>undeclared prefix</x:y>", "<p>x</p>", 1),
                arguments("<ul><li>a<li>b</ul>", "<ul><li>a<li>b</li></li></ul>", 1),
                arguments("<p>a</p>\r\n<p>b</p>\r\n<p>c<br></p>", "<p>a</p>\n<p>b</p>\n<p>c<br/></p>", 3));
    }

    @ParameterizedTest
    @MethodSource("brokenStorage")
    void rendersWhatWasReadThenAnErrorNoteWithTheLine(String storage, String viewBeforeNote, int line) {
        String view = render(storage);

        Matcher note = ERROR_NOTE.matcher(view);
        assertTrue(note.find(), () -> "no error note at the end of " + view);
        assertEquals(viewBeforeNote, view.substring(0, note.start()));
        assertEquals(line, Integer.parseInt(note.group(1)));
    }

    @Test
    void countsColumnsOfTheFirstLineFromTheStartOfTheBody() {
        Matcher note = ERROR_NOTE.matcher(render("<p>a</b>"));

        assertTrue(note.find());
        assertEquals("1", note.group(1));
        assertTrue(Integer.parseInt(note.group(2)) <= "<p>a</b>".length(), note.group(2));
    }

    @Test
    void neverEchoesTheBrokenStorageInTheNote() {
        String view = render("<p>fine</p><p onclick=\"<script>alert(1)</script>\">");

        assertEquals("<p>fine</p>", view.substring(0, view.indexOf("<div class=\"mm-render-error\">")));
        assertFalse(view.contains("alert"));
    }

    @Test
    void doesNotRenderAMacroCutOffByBrokenStorageButKeepsItsBody() {
        RecordingMacros macros = new RecordingMacros();

        String view = render("<p>before</p><ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">T</ac:parameter>"
                + "<ac:rich-text-body><p>inside <ac:structured-macro ac:name=\"status\"/> <strong>bold",
                macros, new Users());

        assertTrue(view.startsWith("<p>before</p><p>inside <div class=\"macro\"></div> <strong>bold</strong></p><div class=\"mm-render-error\">"), view);
        assertEquals("status", macros.onlyCall().name());
    }

    @Test
    void closesEveryKindOfOpenElementWhenStorageBreaksOff() {
        String view = render("<ac:layout><ac:layout-section><ac:layout-cell><table><tr><td><ac:task-list><ac:task>"
                + "<ac:task-status>complete</ac:task-status><ac:task-body><a href=\"https://example.com\">link "
                + "<ac:link><ri:page ri:content-title=\"P\"/><ac:link-body>body <time datetime=\"2026-11-23\">x");

        assertTrue(view.startsWith("<div class=\"mm-layout\"><div class=\"mm-layout-section\"><div class=\"mm-layout-cell\">"
                + "<table><tr><td><ul class=\"mm-tasks\"><li class=\"mm-task mm-task-done\">"
                + "<input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\"/> <a href=\"https://example.com\" rel=\"nofollow noopener\">link "
                + "<span class=\"mm-page-link\">body x</span></a></li></ul></td></tr></table></div></div></div>"
                + "<div class=\"mm-render-error\">"), view);
    }

    @Test
    void neverThrowsOnTruncatedOrMangledStorage() {
        String page = FinnishMeetingPageTest.STORAGE;
        Random random = new Random(20261123);
        Users users = new Users().with("key-anna", "anna", "Anna Virtanen");
        for (int cut = 0; cut <= page.length(); cut += 7) {
            String truncated = page.substring(0, cut);
            assertDoesNotThrow(() -> render(truncated, new RecordingMacros(), users));
        }
        for (int round = 0; round < 500; round++) {
            StringBuilder mangled = new StringBuilder(page);
            for (int edit = 0; edit < 5; edit++) {
                int at = random.nextInt(mangled.length());
                switch (random.nextInt(3)) {
                    case 0 -> mangled.deleteCharAt(at);
                    case 1 -> mangled.insert(at, "<>&\"';/]![CDATA".charAt(random.nextInt(15)));
                    default -> mangled.setCharAt(at, (char) random.nextInt(0x80));
                }
            }
            assertDoesNotThrow(() -> render(mangled.toString(), new RecordingMacros(), users));
        }
    }
}
