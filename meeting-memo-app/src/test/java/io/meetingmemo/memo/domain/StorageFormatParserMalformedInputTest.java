package io.meetingmemo.memo.domain;

import static io.meetingmemo.memo.domain.StorageFixtures.macro;
import static io.meetingmemo.memo.domain.StorageFixtures.memo;
import static io.meetingmemo.memo.domain.StorageFixtures.parameter;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageFormatParserMalformedInputTest {

    private final StorageFormatParser parser = new StorageFormatParser();

    @Test
    void nullEmptyAndBlankBodiesHoldNothing() {
        ParsedPage empty = new ParsedPage(List.of(), List.of());
        assertEquals(empty, parser.parse((String) null));
        assertEquals(empty, parser.parse((Reader) null));
        assertEquals(empty, parser.parse(""));
        assertEquals(empty, parser.parse(" \n\t "));
        assertEquals(empty, parser.parse("just text &auml; and <p>a paragraph</p>"));
    }

    @Test
    void keepsMemosBeforeATruncationAndWhatTheOpenMemoHadSoFar() {
        String body = memo("m1", parameter("title", "Complete"), macro("memo-decision", "d1", "", "<p>One</p>")) + "\n"
                + "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"m2\">\n"
                + parameter("title", "Broken") + parameter("date", "2024-05-16") + "\n"
                + "<ac:rich-text-body>" + macro("memo-decision", "d2", "", "<p>Read in full</p>") + "\n"
                + "<ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"a1\"><ac:rich-text-body><p>Cut off in th";

        ParsedPage page = parser.parse(body);

        assertEquals(2, page.memos().size());
        assertEquals(List.of(new Decision("d1", "One")), page.memos().get(0).decisions());
        Memo broken = page.memos().get(1);
        assertEquals("Broken", broken.title());
        assertEquals(LocalDate.of(2024, 5, 16), broken.date());
        assertEquals(List.of(new Decision("d2", "Read in full")), broken.decisions());
        assertEquals(List.of(), broken.actions());
        assertEquals(2, page.problems().size());
        ParseProblem xmlError = page.problems().get(0);
        assertTrue(xmlError.message().startsWith("the page is not well-formed XML: "), xmlError.message());
        // The break is reported where the body ends: after "Cut off in th" on line 5.
        int lastLineLength = body.substring(body.lastIndexOf('\n') + 1).length();
        assertEquals(5, xmlError.line());
        assertEquals(lastLineLength + 1, xmlError.column());
        assertEquals(new ParseProblem("memo \"Broken\": the page is not well-formed inside this memo; only the part"
                + " before the error was read and 1 unfinished item was left out", 5, lastLineLength + 1, "m2"),
                page.problems().get(1));
    }

    @Test
    void reportsAnUnknownEntityWhereItIsAndKeepsTheMemosBefore() {
        String body = memo("m1", parameter("title", "First"), "") + "\n"
                + memo("m2", parameter("title", "Second"), macro("memo-decision", "d1", "", "<p>OK</p>")) + "\n"
                + "<p>before</p>\n"
                + memo("m3", parameter("title", "Third"), macro("memo-decision", "d2", "", "<p>Bad &bogus; entity</p>"));

        ParsedPage page = parser.parse(body);

        assertEquals(List.of("First", "Second", "Third"), page.memos().stream().map(Memo::title).toList());
        assertEquals(List.of(), page.memos().get(2).decisions());
        ParseProblem xmlError = page.problems().get(0);
        assertEquals("the page is not well-formed XML: The entity \"bogus\" was referenced, but not declared.",
                xmlError.message());
        assertEquals(4, xmlError.line());
        String lastLine = body.substring(body.lastIndexOf('\n') + 1);
        assertEquals(lastLine.indexOf("&bogus;") + "&bogus;".length() + 1, xmlError.column());
        assertEquals("m3", page.problems().get(1).memoKey());
    }

    @Test
    void reportsAStrayLessThanSign() {
        ParsedPage page = parser.parse("<p>ok</p>\n<p>if a < b then</p>");

        assertEquals(1, page.problems().size());
        ParseProblem problem = page.problems().get(0);
        assertTrue(problem.message().contains("well-formed"), problem.message());
        assertEquals(2, problem.line());
        assertEquals(10, problem.column());
    }

    @Test
    void reportsColumnsOnTheFirstLineRelativeToTheBody() {
        ParsedPage page = parser.parse("<p>&oops;</p>");

        assertEquals(List.of(new ParseProblem(
                "the page is not well-formed XML: The entity \"oops\" was referenced, but not declared.", 1, 10, null)),
                page.problems());
    }

    @Test
    void refusesADoctypeSoNoEntityCanReachFilesOrUrls(@TempDir Path directory) throws IOException {
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT", StandardCharsets.UTF_8);
        String uri = secret.toUri().toString();
        List<String> attacks = List.of(
                "<!DOCTYPE p [<!ENTITY xxe SYSTEM \"" + uri + "\">]><p>&xxe;</p>",
                "<?xml version=\"1.0\"?><!DOCTYPE p SYSTEM \"" + uri + "\"><p>x</p>",
                "<p>&xxe;</p>",
                "<p>x</p></meeting-memo-storage-body><!DOCTYPE q [<!ENTITY xxe SYSTEM \"" + uri + "\">]><q>&xxe;</q>",
                memo("m1", parameter("title", "<!DOCTYPE t [<!ENTITY e SYSTEM \"" + uri + "\">]>&e;"), ""));

        for (String attack : attacks) {
            ParsedPage page = parser.parse(attack);

            assertFalse(page.problems().isEmpty(), attack);
            assertFalse(page.toString().contains("TOP-SECRET-CONTENT"), attack);
            assertTrue(page.problems().stream().allMatch(problem -> problem.line() >= 1 && problem.column() >= 1), attack);
        }
        assertEquals(1, parser.parse(attacks.get(0)).problems().get(0).line());
    }

    @Test
    void survivesTenThousandLevelsOfNesting() {
        String open = "<div>".repeat(10_000);
        String close = "</div>".repeat(10_000);
        String body = memo("m1", "", macro("memo-decision", "d1", "", open + "deep" + close));

        ParsedPage page = assertDoesNotThrow(() -> parser.parse(body));
        assertEquals(List.of(new Decision("d1", "deep")), page.memos().get(0).decisions());

        ParsedPage unclosed = assertDoesNotThrow(() -> parser.parse(memo("m2", "", open + "deep")));
        assertEquals(1, unclosed.memos().size());
        assertFalse(unclosed.problems().isEmpty());

        ParsedPage nestedMacros = assertDoesNotThrow(() -> parser.parse(
                "<ac:structured-macro ac:name=\"x\"><ac:rich-text-body>".repeat(5_000)
                        + "</ac:rich-text-body></ac:structured-macro>".repeat(5_000)));
        assertEquals(List.of(), nestedMacros.problems());
    }

    @Test
    void readsTenThousandActionsInOneMemoQuickly() {
        StringBuilder actions = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            actions.append(macro("memo-action", null, parameter("assignee", "user" + (i % 7)), "<p>Action " + i + "</p>"));
            actions.append("<ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status>"
                    + "<ac:task-body>Same task text</ac:task-body></ac:task></ac:task-list>");
        }
        String body = memo("m1", "", actions.toString());

        ParsedPage page = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse(body));

        Memo memo = page.memos().get(0);
        assertEquals(20_000, memo.actions().size());
        assertEquals(20_000, memo.actions().stream().map(MemoAction::key).distinct().count());
        assertEquals("Action 9999", memo.actions().get(19_998).text());
        assertEquals(List.of(), page.problems());
    }

    @Test
    void readsMoreEntitiesThanTheJdkAllowsByDefault() {
        String body = memo("m1", "", macro("memo-decision", "d1", "", "<p>" + "a&nbsp;".repeat(100_000) + "</p>"));

        ParsedPage page = parser.parse(body);

        assertEquals(List.of(), page.problems());
        assertEquals(199_999, page.memos().get(0).decisions().get(0).text().length());
    }

    @Test
    void reportsImpossibleDueDatesAndKeepsTheAction() {
        String body = memo("m1", parameter("title", "Weekly sync"),
                "\n" + macro("memo-action", "a1", parameter("due", "2023-02-29"), "<p>Send the minutes</p>")
                        + "\n<ac:task-list><ac:task><ac:task-id>3</ac:task-id><ac:task-body>Book the room"
                        + " <time datetime=\"2024-13-01\" /></ac:task-body></ac:task></ac:task-list>");

        ParsedPage page = parser.parse(body);

        List<MemoAction> actions = page.memos().get(0).actions();
        assertEquals(2, actions.size());
        assertNull(actions.get(0).due());
        assertNull(actions.get(1).due());
        assertEquals(List.of(
                new ParseProblem("memo \"Weekly sync\": action \"Send the minutes\": due \"2023-02-29\" is not a real"
                        + " date (expected yyyy-MM-dd)", 2, 83, "m1"),
                new ParseProblem("memo \"Weekly sync\": task \"Book the room\": due date \"2024-13-01\" is not a real"
                        + " date (expected yyyy-MM-dd)", 3, 78, "m1")),
                page.problems());
    }

    @Test
    void skipsItemsWithoutTheirRequiredContentAndSaysWhere() {
        String body = memo("m1", parameter("title", "Puutteellinen"), "\n"
                + macro("memo-guest", "g1", parameter("organisation", "Gradia"), null) + "\n"
                + macro("memo-contact", "c1", parameter("name", "&nbsp;"), "<p>notes</p>") + "\n"
                + macro("memo-decision", "d1", "", "<p> </p>") + "\n"
                + macro("memo-action", "a1", parameter("assignee", "anna"), "") + "\n"
                + "<ac:task-list><ac:task><ac:task-id>9</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body><ac:link><ri:user ri:userkey=\"k\" /></ac:link></ac:task-body></ac:task></ac:task-list>\n"
                + macro("memo-guest", "g2", parameter("name", "Valid Guest"), null));

        ParsedPage page = parser.parse(body);

        Memo memo = page.memos().get(0);
        assertEquals(List.of(new Guest("g2", "Valid Guest", null, null, null)), memo.guests());
        assertEquals(List.of(), memo.contacts());
        assertEquals(List.of(), memo.decisions());
        assertEquals(List.of(), memo.actions());
        assertEquals(List.of(
                new ParseProblem("memo \"Puutteellinen\": a guest without a name was skipped", 2, 1, "m1"),
                new ParseProblem("memo \"Puutteellinen\": a contact without a name was skipped", 3, 1, "m1"),
                new ParseProblem("memo \"Puutteellinen\": an empty decision was skipped", 4, 1, "m1"),
                new ParseProblem("memo \"Puutteellinen\": an action without text was skipped", 5, 1, "m1"),
                new ParseProblem("memo \"Puutteellinen\": an empty task was skipped", 6, 15, "m1")),
                page.problems());
    }

    @Test
    void positionsStayExactAfterCommentsCdataProcessingInstructionsAndEmoji() {
        String body = memo("m1", parameter("title", "T"), "\n"
                + "<!-- <p>not a tag</p> --><?pi <q>?><ac:structured-macro ac:name=\"code\"><ac:plain-text-body>"
                + "<![CDATA[<x> ]] > <y>]]></ac:plain-text-body></ac:structured-macro>\n"
                + "<p>😀😀 &auml;</p>" + macro("memo-decision", "d1", "", "<p></p>"));

        ParsedPage page = parser.parse(body);

        assertEquals(List.of(new ParseProblem("memo \"T\": an empty decision was skipped", 3, 17, "m1")),
                page.problems());
    }

    @Test
    void explainsAnUndeclaredPrefix() {
        ParsedPage page = parser.parse(memo("m1", parameter("title", "T"), "<p>a</p>\n<foo:widget />"));

        assertEquals("T", page.memos().get(0).title());
        assertEquals("the page is not well-formed XML: the prefix \"foo\" of \"foo:widget\" is not declared"
                + " (storage format knows ac:, ri: and at:)", page.problems().get(0).message());
        assertEquals(2, page.problems().get(0).line());
    }

    @Test
    void turnsAFailingReaderIntoAProblem() {
        Reader failing = new Reader() {
            private boolean first = true;

            @Override public int read(char[] buffer, int offset, int length) throws IOException {
                if (!first) throw new IOException("connection reset");
                first = false;
                String start = memo("m1", parameter("title", "Half"), "");
                start.getChars(0, start.length(), buffer, offset);
                return start.length();
            }

            @Override public void close() {}
        };

        ParsedPage page = parser.parse(failing);

        assertEquals(1, page.problems().size());
        assertTrue(page.problems().get(0).message().contains("connection reset"), page.problems().get(0).message());
    }

    @Test
    void neverThrowsOnRandomMarkupSoup() {
        String[] pieces = {"<p>", "</p>", "<ac:task>", "</ac:task>", "<ac:structured-macro ac:name=\"meeting-memo\">",
                "<ac:structured-macro ac:name=\"memo-action\">", "</ac:structured-macro>", "<ac:rich-text-body>",
                "</ac:rich-text-body>", "<ac:parameter ac:name=\"date\">", "</ac:parameter>", "&nbsp;", "&amp", "&#0;",
                "<![CDATA[", "]]>", "<!--", "-->", "<?pi", "?>", "<", ">", "&", "\"", "'", "ä", "\uD83D\uDE00", "\uD83D",
                "\r\n", "\r", "\u0000", "<ri:user ri:userkey=\"k\"/>", "<time datetime=\"2024-02-30\"/>", "2024-01-01",
                "<ac:task-id>", "</ac:task-id>", "<!DOCTYPE x>", "<ac:", "=", " "};
        Random random = new Random(20240516L);
        for (int round = 0; round < 500; round++) {
            StringBuilder soup = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) soup.append(pieces[random.nextInt(pieces.length)]);

            ParsedPage page = assertDoesNotThrow(() -> parser.parse(soup.toString()), soup.toString());

            assertTrue(page.problems().stream().allMatch(problem -> problem.line() >= 1 && problem.column() >= 1),
                    soup.toString());
        }
    }

    @Test
    void readsTheSameFromAReaderThatDeliversOneCharacterAtATime() {
        String body = StorageFixtures.page("edufutura-viestintatiimi.xml") + "<p>&bad;</p>";
        Reader trickle = new Reader() {
            private final StringReader delegate = new StringReader(body);

            @Override public int read(char[] buffer, int offset, int length) throws IOException {
                return delegate.read(buffer, offset, Math.min(1, length));
            }

            @Override public void close() {}
        };

        assertEquals(parser.parse(body), parser.parse(trickle));
    }
}
