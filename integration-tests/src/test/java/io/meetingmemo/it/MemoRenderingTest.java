package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a memo looks to readers, per output type, through the preview host: interactive on screen,
 * static (no script, no buttons, still complete) in exports and email; in the reader's language; with
 * the bundled styles only where a memo is; with nothing loaded from another host.
 */
class MemoRenderingTest {
    private static final String CSS = "/download/resources/io.meetingmemo.confluence:meeting-memo-resources/meeting-memo.css";
    private static final String JS = "/download/resources/io.meetingmemo.confluence:meeting-memo-resources/meeting-memo.js";
    private static TestHost test;
    private static long seedPage;
    private static long eduPage;

    @BeforeAll
    static void start() {
        test = TestHost.startOnH2();
        seedPage = test.pageId("REITITIN", "Tapaaminen projektipäällikkö Petri Laitisen kanssa");
        eduPage = test.pageId("EDUFUTURA", "Viestintätiimin kokous 2026-11-16");
    }

    @AfterAll
    static void stop() { test.close(); }

    @Test
    void onScreenTheMemoIsInteractiveAndStyledByTheApp() throws Exception {
        String html = test.as("petri").html("/pages/viewpage.action?pageId=" + seedPage);
        assertTrue(html.contains(CSS) && html.contains(JS), "styles and script are required by the macro");
        assertTrue(html.contains("class=\"mm-status-toggle\""), "status can be changed inline");
        assertTrue(html.contains("data-item-id=\""), "rows carry the tracked item id and version");
        assertTrue(html.contains("Petri käy läpi PROksin ja koulutuspaketin ennen seuraavaa tapaamista."));
        assertTrue(html.contains("Sanoma WSOY") && html.contains("OP-Pohjola"), "contacts are shown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "word", "email"})
    void exportsAndEmailAreStaticButComplete(String outputType) throws Exception {
        String html = test.as("sanna").html("/pages/viewpage.action?pageId=" + eduPage + "&outputType=" + outputType);
        assertFalse(html.contains("<script"), "no script in " + outputType);
        assertFalse(html.contains("mm-status-toggle"), "no buttons in " + outputType);
        assertTrue(html.contains("mm-action-table"), "the action table is there");
        assertTrue(html.contains("Varaa messuosasto ja lähetä pohjapiirros tiimille."));
        assertTrue(html.contains("Valmis"), "a done item says so in words");
        assertTrue(html.contains("Myöhässä"), "an overdue item says so in words");
    }

    @Test
    void datesAndLabelsFollowTheReadersLanguage() throws Exception {
        assertTrue(test.as("petri").html("/pages/viewpage.action?pageId=" + seedPage).contains("16. toukokuuta 2012"), "Finnish");
        String swedish = test.as("anna").html("/pages/viewpage.action?pageId=" + eduPage);
        assertTrue(swedish.contains("16 november 2026"), "Swedish date");
        assertTrue(swedish.contains("Åtgärder") && swedish.contains("Deltagare"), "Swedish labels");
        String english = test.as("admin").html("/pages/viewpage.action?pageId=" + eduPage);
        assertTrue(english.contains("November 16, 2026") && english.contains("Action items"), "English");
    }

    @Test
    void aPageWithoutAMemoLoadsNothingOfTheApp() throws Exception {
        String id = test.createPage("EDUFUTURA", "Tavallinen sivu", "<p>Ei muistiota.</p><ul><li>lista</li></ul>");
        String html = test.as("admin").html("/pages/viewpage.action?pageId=" + id);
        assertFalse(html.contains("meeting-memo-resources"), "no styles or script of the app");
        assertTrue(html.contains("Ei muistiota."));
    }

    @Test
    void theAuthorIsToldWhatIsMissingOnScreenOnly() throws Exception {
        String id = test.createPage("REITITIN", "Keskeneräinen muistio",
                "<ac:structured-macro ac:name=\"meeting-memo\"><ac:parameter ac:name=\"date\">2026-02-30</ac:parameter>"
                        + "<ac:rich-text-body><p>Luonnos</p></ac:rich-text-body></ac:structured-macro>");
        String screen = test.as("petri").html("/pages/viewpage.action?pageId=" + id);
        assertTrue(screen.contains("Muistiosta puuttuu:"), "missing fields are listed");
        assertTrue(screen.contains("otsikko") && screen.contains("kelvollinen päivämäärä"));
        assertTrue(screen.contains("Luonnos"), "what the memo has is still shown");
        assertFalse(test.as("petri").html("/pages/viewpage.action?pageId=" + id + "&outputType=email").contains("Muistiosta puuttuu"));
    }

    @Test
    void memoFieldsAreEscapedNotInterpreted() throws Exception {
        String id = test.createPage("REITITIN", "Vihamielinen muistio",
                "<ac:structured-macro ac:name=\"meeting-memo\"><ac:parameter ac:name=\"title\">&lt;script&gt;alert(1)&lt;/script&gt;</ac:parameter>"
                        + "<ac:parameter ac:name=\"location\">&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</ac:parameter>"
                        + "<ac:rich-text-body><ac:structured-macro ac:name=\"memo-guest\"><ac:parameter ac:name=\"name\">&lt;b onmouseover=alert(3)&gt;x</ac:parameter></ac:structured-macro>"
                        + "</ac:rich-text-body></ac:structured-macro>");
        String html = test.as("admin").html("/pages/viewpage.action?pageId=" + id);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title is shown as text");
        assertFalse(html.contains("<script>alert"), "never as markup");
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<b onmouseover"));
    }

    @Test
    void nothingIsLoadedFromAnotherHost() throws Exception {
        List<String> external = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(test.as("sanna").html("/pages/viewpage.action?pageId=" + eduPage));
        while (m.find()) if (!m.group(1).startsWith("/") && !m.group(1).startsWith("#")) external.add(m.group(1));
        assertEquals(List.of(), external);
        String css = test.as("sanna").html(CSS);
        assertFalse(Pattern.compile("url\\(\\s*['\"]?(https?:|//)").matcher(css).find(), "stylesheet references only its own images");
    }
}
