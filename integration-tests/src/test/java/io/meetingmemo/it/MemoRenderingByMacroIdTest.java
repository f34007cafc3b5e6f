package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.embeddedao.StatementCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each memo on a page shows its own header and actions, found by its macro id (review defect 4), and a
 * page is parsed and its items read once per render, so rendering grows linearly with the number of
 * memos (review defect 6: 1,000 memos took 15.7 s and 2,000 took 40.5 s).
 */
class MemoRenderingByMacroIdTest {
    private static final Pattern TITLE = Pattern.compile("<h2 class=\"mm-memo-title\">(.*?)</h2>");
    private static final Pattern ACTION_TEXT = Pattern.compile("<td class=\"mm-action-text\">(.*?)</td>", Pattern.DOTALL);
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    static String memo(String id, String title, String body) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter><ac:parameter ac:name=\"date\">2026-11-20</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"sanna\"/></ac:parameter>"
                + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    static String action(String id, String text) {
        return "<ac:structured-macro ac:name=\"memo-action\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"mikko\"/></ac:parameter>"
                + "<ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) found.add(m.group(1).strip());
        return found;
    }

    /** The memo sections of the view, outermost first, each with its title and the texts of its action table. */
    private static String view(String pageId) throws Exception {
        return test.as("admin").html("/pages/viewpage.action?pageId=" + pageId);
    }

    @Test
    void aNestedMemoDoesNotShiftTheTitlesAndActionsOfTheOthers() throws Exception {
        String body = memo("m-first", "First", action("a1", "Alpha task") + memo("m-inner", "Inner", action("a2", "Inner task")))
                + memo("m-second", "Second", action("b1", "Beta task"));
        String html = view(test.createPage("EDUFUTURA", "Nested memos", body));
        // Document order: First, Inner (inside First's body), Second.
        assertEquals(List.of("First", "Inner", "Second"), all(TITLE, html));
        List<String> actions = all(ACTION_TEXT, html);
        assertTrue(actions.containsAll(List.of("Alpha task", "Inner task", "Beta task")), actions.toString());
        int second = html.lastIndexOf("mm-memo-title\">Second");
        assertTrue(html.indexOf("Beta task", second) > second, "Second's own action is in Second's table");
    }

    @Test
    void aMemoHiddenInALinkBodyDoesNotGiveItsContentToTheNextMemo() throws Exception {
        String hidden = "<p><ac:link><ri:page ri:content-title=\"Elsewhere\"/><ac:link-body>"
                + memo("m-hidden", "Hidden", action("h1", "Hidden task")) + "</ac:link-body></ac:link></p>";
        String html = view(test.createPage("EDUFUTURA", "Hidden memo", hidden + memo("m-visible", "Visible", action("v1", "Visible task"))));
        int visible = html.lastIndexOf("mm-memo-title\">Visible");
        assertTrue(visible >= 0, "the visible memo has its own title: " + all(TITLE, html));
        String visibleSection = html.substring(visible);
        assertTrue(visibleSection.contains("Visible task"), "the visible memo lists its own action");
        assertTrue(!visibleSection.contains("Hidden task"), "the visible memo does not list the hidden memo's action");
    }

    @Test
    void statementsPerViewDoNotGrowWithTheNumberOfMemos() throws Exception {
        long one = statementsToView(test.createPage("EDUFUTURA", "One memo", memos("one", 1)));
        long hundred = statementsToView(test.createPage("EDUFUTURA", "A hundred memos", memos("hundred", 100)));
        System.out.printf("[render] SQL statements per view: 1 memo %d, 100 memos %d%n", one, hundred);
        assertEquals(one, hundred, "viewing a page reads its tracked items once, whatever the number of memos");
    }

    @Test
    void renderingTimeGrowsLinearlyWithTheNumberOfMemos() throws Exception {
        String small = test.createPage("REITITIN", "Many memos 500", memos("s", 500));
        String large = test.createPage("REITITIN", "Many memos 2000", memos("l", 2000));
        view(small);
        view(large); // warm-up
        double smallMs = medianMillisToView(small), largeMs = medianMillisToView(large);
        double ratio = largeMs / smallMs;
        System.out.printf("[render] 500 memos %.0f ms, 2,000 memos %.0f ms: %.2f× for 4× the memos%n", smallMs, largeMs, ratio);
        // Linear work gives 4×; one parse per memo gave 16× (the page is 4× longer and parsed 4× as often).
        assertTrue(ratio < 7, "2,000 memos render in " + ratio + "× the time of 500; linear is 4×");
    }

    private static String memos(String prefix, int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append(memo(prefix + "-m" + i, "Memo " + i, action(prefix + "-a" + i, "Task " + i)));
        }
        return body.toString();
    }

    /**
     * The statements of one view. The counter sees every thread of the host, and the host's scheduler and
     * task queues may run meanwhile; they only ever add statements, so the fewest of three views is the
     * view's own count.
     */
    private static long statementsToView(String pageId) throws Exception {
        view(pageId);
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = StatementCounter.total();
            view(pageId);
            fewest = Math.min(fewest, StatementCounter.total() - before);
        }
        return fewest;
    }

    private static double medianMillisToView(String pageId) throws Exception {
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            view(pageId);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
