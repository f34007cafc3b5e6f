package io.meetingmemo.memo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rendering memo macro finds its own memo by macro id (or by the key its parameters derive), never by
 * its position: defect 4 of the review showed every memo shifted by a nested or a hidden memo.
 */
class MemoLookupTest {
    private final StorageFormatParser parser = new StorageFormatParser();

    private static String memo(String id, String title, String body) {
        return "<ac:structured-macro ac:name=\"meeting-memo\"" + (id == null ? "" : " ac:macro-id=\"" + id + "\"") + ">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter><ac:parameter ac:name=\"date\">2026-11-20</ac:parameter>"
                + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static String action(String id, String text) {
        return "<ac:structured-macro ac:name=\"memo-action\" ac:macro-id=\"" + id + "\"><ac:rich-text-body><p>" + text
                + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    @Test
    void aNestedMemoRenderingFirstDoesNotShiftTheOthers() {
        String page = memo("m-first", "First", action("a1", "Alpha task") + memo("m-inner", "Inner", action("a2", "Inner task")))
                + memo("m-second", "Second", action("b1", "Beta task"));
        MemoLookup lookup = new MemoLookup(parser.parse(page));
        // Confluence renders the inner memo (inside First's body) before First, then Second. The parser reads a
        // nested memo as part of the memo around it, so the inner macro has no memo of its own.
        assertTrue(lookup.memoFor("m-inner", Map.of("title", "Inner")).isEmpty());
        Memo first = lookup.memoFor("m-first", Map.of("title", "First")).orElseThrow();
        assertEquals("First", first.title());
        assertEquals(List.of("Alpha task", "Inner task"), first.actions().stream().map(MemoAction::text).toList());
        Memo second = lookup.memoFor("m-second", Map.of("title", "Second")).orElseThrow();
        assertEquals("Beta task", second.actions().get(0).text());
    }

    @Test
    void aMemoThatIsParsedButNeverRenderedDoesNotShiftTheNextOne() {
        String hidden = "<ac:link><ri:page ri:content-title=\"x\"/><ac:link-body>" + memo("m-hidden", "Hidden", action("h1", "Hidden task"))
                + "</ac:link-body></ac:link>";
        MemoLookup lookup = new MemoLookup(parser.parse(hidden + memo("m-visible", "Visible", action("v1", "Visible task"))));
        Memo visible = lookup.memoFor("m-visible", Map.of("title", "Visible")).orElseThrow();
        assertEquals("Visible", visible.title());
        assertEquals("Visible task", visible.actions().get(0).text());
    }

    @Test
    void copiesOfOneMacroIdAreHandedOutInTheParsersOrder() {
        String page = memo("m1", "Weekly", action("a1", "Book the room")) + memo("m1", "Weekly copy", action("a1", "Send the agenda"));
        MemoLookup lookup = new MemoLookup(parser.parse(page));
        assertEquals("Weekly", lookup.memoFor("m1", Map.of()).orElseThrow().title());
        assertEquals("Weekly copy", lookup.memoFor("m1", Map.of()).orElseThrow().title());
        assertTrue(lookup.memoFor("m1", Map.of()).isEmpty(), "no third memo with that id");
    }

    @Test
    void aMacroIdIsMatchedAsTheParserReadsIt() {
        MemoLookup lookup = new MemoLookup(parser.parse(memo(" m-spaced\u00a0", "Spaced", action("s1", "Task"))));
        assertEquals("Spaced", lookup.memoFor(" m-spaced\u00a0", Map.of()).orElseThrow().title());
    }

    @Test
    void aMemoWithoutAMacroIdIsFoundByItsParameters() {
        String page = memo(null, "Kuukausikokous", action("a1", "Varaa sali")) + memo(null, "Ohjausryhmä", action("a2", "Lähetä esityslista"));
        MemoLookup lookup = new MemoLookup(parser.parse(page));
        Memo second = lookup.memoFor(null, Map.of("title", "Ohjausryhmä", "date", "2026-11-20")).orElseThrow();
        assertEquals("Lähetä esityslista", second.actions().get(0).text());
        Memo first = lookup.memoFor(" ", Map.of("title", " Kuukausikokous ", "date", "2026-11-20")).orElseThrow();
        assertEquals("Varaa sali", first.actions().get(0).text());
        assertTrue(lookup.memoFor(null, Map.of("title", "Changed since the page was read")).isEmpty());
    }

    @Test
    void aMacroIdWithSurroundingSpacesFindsItsMemoAsTheParserKeyedIt() {
        MemoLookup lookup = new MemoLookup(parser.parse(memo(" spaced\u3000id  ", "Spaced", action("s1", "Spaced task"))));
        Memo memo = lookup.memoFor(" spaced\u3000id  ", Map.of("title", "Spaced")).orElseThrow();
        assertEquals("Spaced task", memo.actions().get(0).text());
    }
}
