package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The editor's "Insert macro" dialog in a real browser: a memo and an action item inside its body are
 * inserted through the forms the descriptor describes, saved, rendered and tracked; a required field
 * left empty blocks the insert. Also: Finnish memo and register tables keep headers and dates whole on
 * a desktop screen. Screenshots land in target/screenshots.
 */
class MacroBrowserInBrowserTest {
    private static final Pattern MACRO_ID = Pattern.compile("ac:macro-id=\"([^\"]*)\"");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static String key(String username) { return test.host.users().byUsername(username).orElseThrow().key().getStringValue(); }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    /** Sets a date input as a date picker does (typing into one depends on the browser's locale). */
    private static void pickDate(Browser browser, String id, String isoDate) {
        js(browser, "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));", id, isoDate);
    }

    private static void openMacroForm(Browser browser, String macroName) {
        browser.driver.findElement(By.id("insert-macro")).click();
        browser.wait.until(d -> (Boolean) js(browser, "return document.getElementById('macro-browser').open"));
        browser.driver.findElement(By.cssSelector(".macro-browser-item[data-macro-name='" + macroName + "']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#macro-browser-form[data-macro-name='" + macroName + "']")));
    }

    private static boolean dialogOpen(Browser browser) {
        return (Boolean) js(browser, "return document.getElementById('macro-browser').open");
    }

    @Test
    void aMemoAndAnActionItemInsideItAreInsertedThroughTheFormsThenTracked() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 1000)) {
            browser.login("eeva");
            browser.go("/pages/createpage.action?spaceKey=EDUFUTURA");
            browser.driver.findElement(By.id("content-title")).sendKeys("Lomakkeella kirjoitettu muistio");
            WebElement body = browser.driver.findElement(By.id("storage-body"));
            js(browser, "arguments[0].value = '<p>Esityslista jaettiin etukäteen.</p>\\n'; arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length)", body);

            // The list shows the app's macros in eeva's language; a search narrows it.
            browser.driver.findElement(By.id("insert-macro")).click();
            browser.wait.until(d -> dialogOpen(browser));
            List<String> names = browser.driver.findElements(By.cssSelector(".macro-browser-item")).stream()
                    .map(e -> e.getAttribute("data-macro-name")).toList();
            assertEquals(List.of("meeting-memo", "memo-guest", "memo-contact", "memo-decision", "memo-action", "action-register", "meeting-series",
                    "decision-log", "contacts"), names);
            WebElement memoItem = browser.driver.findElement(By.cssSelector(".macro-browser-item[data-macro-name='meeting-memo']"));
            assertTrue(memoItem.getText().contains("Kokousmuistio"), memoItem.getText());
            browser.driver.findElement(By.id("macro-browser-search")).sendKeys("toimenpiderekisteri");
            browser.wait.until(d -> d.findElements(By.cssSelector(".macro-browser-list li:not([hidden])")).size() == 1);
            new Select(browser.driver.findElement(By.id("macro-browser-category"))).selectByValue("communication");
            browser.wait.until(d -> d.findElement(By.cssSelector(".macro-browser-none")).isDisplayed());
            browser.driver.findElement(By.id("macro-browser-cancel")).click();
            browser.wait.until(d -> !dialogOpen(browser));

            // Insert → Meeting memo: title, date and two attendees from the user picker.
            openMacroForm(browser, "meeting-memo");
            assertEquals("Otsikko *", browser.driver.findElement(By.cssSelector("label[for='macro-param-title']")).getText());
            browser.driver.findElement(By.id("macro-param-title")).sendKeys("Lomakekokous");
            pickDate(browser, "macro-param-date", "2026-11-30");
            browser.driver.findElement(By.cssSelector("#macro-param-attendees input[value='" + key("eeva") + "']")).click();
            browser.driver.findElement(By.cssSelector("#macro-param-attendees input[value='" + key("mikko") + "']")).click();
            browser.driver.findElement(By.id("macro-param-location")).sendKeys("Agora & <etä>");
            browser.screenshot("macro-browser");
            browser.driver.findElement(By.id("macro-browser-insert")).click();
            browser.wait.until(d -> !dialogOpen(browser));

            String afterMemo = body.getAttribute("value");
            assertTrue(afterMemo.startsWith("<p>Esityslista jaettiin etukäteen.</p>\n<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\""), afterMemo);
            assertTrue(afterMemo.contains("<ac:parameter ac:name=\"attendees\"><ri:user ri:userkey=\"" + key("eeva") + "\" /><ri:user ri:userkey=\"" + key("mikko") + "\" /></ac:parameter>"), afterMemo);
            assertTrue(afterMemo.contains("<ac:parameter ac:name=\"location\">Agora &amp; &lt;etä&gt;</ac:parameter>"), "escaped: " + afterMemo);
            long caret = (Long) js(browser, "return arguments[0].selectionStart", body);
            assertEquals(afterMemo.indexOf("</ac:rich-text-body>"), caret, "the cursor waits inside the memo's body");

            // Place the cursor inside the memo's body (where it already is) and insert an action item there.
            js(browser, "const t = arguments[0]; const i = t.value.indexOf('</ac:rich-text-body>'); t.focus(); t.setSelectionRange(i, i);", body);
            openMacroForm(browser, "memo-action");
            new Select(browser.driver.findElement(By.id("macro-param-assignee"))).selectByValue(key("mikko"));
            pickDate(browser, "macro-param-due", "2026-12-04");
            browser.driver.findElement(By.id("macro-body")).sendKeys("Lähetä muistio osallistujille");
            browser.driver.findElement(By.id("macro-browser-insert")).click();
            browser.wait.until(d -> !dialogOpen(browser));

            String storage = body.getAttribute("value");
            int memoBody = storage.indexOf("<ac:rich-text-body>");
            int action = storage.indexOf("<ac:structured-macro ac:name=\"memo-action\"");
            assertTrue(memoBody > 0 && action > memoBody && action < storage.lastIndexOf("</ac:rich-text-body>"), "the action is inside the memo's body: " + storage);
            assertTrue(storage.contains("<ac:parameter ac:name=\"assignee\"><ri:user ri:userkey=\"" + key("mikko") + "\" /></ac:parameter>"), storage);
            assertTrue(storage.contains("<ac:parameter ac:name=\"due\">2026-12-04</ac:parameter>"), storage);
            assertTrue(storage.contains("<p>Lähetä muistio osallistujille</p>"), storage);
            browser.screenshot("macro-browser-inserted");

            browser.driver.findElement(By.id("save")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("viewpage.action"));
            String pageId = browser.driver.getCurrentUrl().replaceAll(".*pageId=(\\d+).*", "$1");

            // The page shows the memo with its action item.
            assertEquals("Lomakekokous", browser.driver.findElement(By.cssSelector(".mm-memo .mm-memo-title")).getText());
            List<WebElement> rows = browser.driver.findElements(By.cssSelector(".mm-memo .mm-action-row"));
            assertEquals(1, rows.size());
            assertTrue(rows.get(0).getText().contains("Lähetä muistio osallistujille") && rows.get(0).getText().contains("Mikko Koskinen"), rows.get(0).getText());
            browser.screenshot("macro-browser-saved");

            // The stored page: two macros, each with its own fresh macro id.
            String saved = test.as("eeva").json("GET", "/rest/api/content/" + pageId + "?expand=body.storage", null, 200)
                    .get("body").get("storage").get("value").asText();
            List<String> ids = new ArrayList<>();
            for (Matcher m = MACRO_ID.matcher(saved); m.find(); ) ids.add(m.group(1));
            assertEquals(2, ids.size(), saved);
            assertNotEquals(ids.get(0), ids.get(1));
            ids.forEach(id -> assertTrue(UUID.matcher(id).matches(), "a random UUID: " + id));

            // The memo and its tracked action item, as the REST API reads them.
            JsonNode memo = test.as("eeva").json("GET", "/rest/meeting-memo/1.0/pages/" + pageId + "/memos", null, 200).get("memos").get(0);
            assertEquals(ids.get(0), memo.get("key").asText());
            assertEquals("Lomakekokous", memo.get("title").asText());
            assertEquals("2026-11-30", memo.get("date").asText());
            assertEquals("Agora & <etä>", memo.get("location").asText());
            List<String> attendees = new ArrayList<>();
            memo.get("attendees").forEach(a -> attendees.add(a.get("person").get("username").asText()));
            assertEquals(List.of("eeva", "mikko"), attendees);
            JsonNode item = memo.get("actionItems").get(0);
            assertEquals(ids.get(1), item.get("key").asText());
            assertEquals("mikko", item.get("assignee").get("username").asText());
            assertEquals("2026-12-04", item.get("dueDate").asText());
            assertFalse(item.get("tracked").isNull(), "the item is tracked: " + item);

            JsonNode tracked = test.as("mikko").json("GET", "/rest/meeting-memo/1.0/action-items/" + item.get("tracked").get("id").asText(), null, 200);
            assertEquals("Lähetä muistio osallistujille", tracked.get("text").asText());
            assertEquals("mikko", tracked.get("assignee").get("username").asText());
            assertEquals("2026-12-04", tracked.get("dueDate").asText());
            assertEquals("open", tracked.get("status").asText());
        }
    }

    /** Without a browser: the editor page carries the dialog's data as an escaped attribute and loads scripts only from the host. */
    @Test
    void theEditorCarriesTheMacroDataEscapedAndLoadsTheHostsOwnScript() throws Exception {
        String html = test.as("sanna").html("/pages/createpage.action?spaceKey=EDUFUTURA");
        Matcher data = Pattern.compile("<dialog id=\"macro-browser\" class=\"host-macro-browser\" data-macros=\"([^\"<>]*)\"></dialog>").matcher(html);
        assertTrue(data.find(), html);
        String attribute = data.group(1);
        assertFalse(attribute.contains("'"), "quotes are escaped");
        JsonNode json = TestHost.JSON.readTree(attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&"));
        assertEquals("Kokousmuistio", json.get("macros").get(0).get("label").asText(), "in sanna's language");
        assertEquals(test.host.users().all().size(), json.get("users").size());
        assertTrue(html.contains("<script src=\"/preview-host/macro-browser.js\"></script>"), html);
        assertFalse(Pattern.compile("<script(?![^>]*src=\"/)").matcher(html).find(), "no inline or external script");

        var script = test.as("sanna").send("GET", "/preview-host/macro-browser.js", null, null);
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals("nosniff", script.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(script.body().contains("innerHTML"), "the dialog builds its DOM with createElement and textContent");
    }

    @Test
    void aRequiredFieldLeftEmptyBlocksInsertWithAVisibleMessage() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 900)) {
            browser.login("admin");
            browser.go("/pages/createpage.action?spaceKey=EDUFUTURA");
            WebElement body = browser.driver.findElement(By.id("storage-body"));
            String before = body.getAttribute("value");

            openMacroForm(browser, "meeting-memo");
            assertEquals("true", browser.driver.findElement(By.id("macro-param-date")).getAttribute("aria-required"));
            browser.driver.findElement(By.id("macro-param-title")).sendKeys("Without a date");
            browser.driver.findElement(By.id("macro-browser-insert")).click();

            WebElement message = browser.driver.findElement(By.cssSelector(".macro-browser-message"));
            browser.wait.until(ExpectedConditions.visibilityOf(message));
            assertEquals("Fill in: Date.", message.getText());
            assertTrue(dialogOpen(browser), "the form stays open");
            assertEquals("true", browser.driver.findElement(By.id("macro-param-date")).getAttribute("aria-invalid"));
            assertEquals("false", browser.driver.findElement(By.id("macro-param-title")).getAttribute("aria-invalid"));
            assertEquals("macro-param-date", browser.driver.switchTo().activeElement().getAttribute("id"), "the empty field has the focus");
            assertEquals(before, body.getAttribute("value"), "nothing was inserted");
            browser.screenshot("macro-browser-required");

            // A whole number is required where the descriptor says int.
            browser.driver.findElement(By.id("macro-browser-back")).click();
            browser.driver.findElement(By.cssSelector(".macro-browser-item[data-macro-name='action-register']")).click();
            WebElement pageSize = browser.driver.findElement(By.id("macro-param-pageSize"));
            assertEquals("25", pageSize.getAttribute("value"), "the descriptor's default");
            js(browser, "arguments[0].value = ''", pageSize);
            browser.driver.findElement(By.id("macro-browser-insert")).click();
            // Not required: an emptied number is left out and the register's default applies.
            browser.wait.until(d -> !dialogOpen(browser));
            String inserted = body.getAttribute("value");
            assertTrue(inserted.contains("<ac:structured-macro ac:name=\"action-register\" ac:schema-version=\"1\" ac:macro-id=\""), inserted);
            assertFalse(inserted.contains("ac:parameter"), "defaults are not written: " + inserted);
            assertFalse(inserted.contains("rich-text-body"), "the register has no body: " + inserted);
        }
    }

    /**
     * Every table header and date cell of the demo's Finnish memo and register, at 1280 px, is at least as
     * wide as its longest word (so no word breaks inside), and the page does not scroll sideways.
     */
    private static final String NARROW_CELLS = """
            const problems = [];
            const cells = Array.from(document.querySelectorAll('.mm-action-table th, .mm-action-table td'))
                .filter(c => c.tagName === 'TH' || c.querySelector('time'));
            if (cells.length === 0) problems.push('no table cells found');
            for (const cell of cells) {
              const style = getComputedStyle(cell);
              const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              const words = [];
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                for (const w of n.data.split(/\\s+/)) if (w) words.push([w, n.parentElement]);
              }
              for (const [word, parent] of words) {
                const span = document.createElement('span');
                span.textContent = word;
                span.style.position = 'absolute';
                span.style.visibility = 'hidden';
                span.style.whiteSpace = 'nowrap';
                parent.appendChild(span);
                const width = span.getBoundingClientRect().width;
                span.remove();
                if (width > inner + 0.5) problems.push('"' + word + '" is ' + width.toFixed(1) + ' px wide in a cell of ' + inner.toFixed(1) + ' px');
              }
            }
            for (const root of document.querySelectorAll('section.mm-memo')) {
              if (root.lang !== 'fi') problems.push('memo root lang is "' + root.lang + '"');
            }
            if (document.scrollingElement.scrollWidth > document.documentElement.clientWidth) {
              problems.push('the page scrolls sideways: ' + document.scrollingElement.scrollWidth + ' > ' + document.documentElement.clientWidth);
            }
            return problems;
            """;

    @Test
    void finnishMemoAndRegisterTablesKeepHeadersAndDatesWholeOnADesktopScreen() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 900)) {
            browser.login("sanna");
            assertEquals("fi", test.host.users().byUsername("sanna").orElseThrow().locale().getLanguage(), "sanna reads Finnish");

            browser.go("/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Viestintätiimin kokous 2026-11-16"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mm-memo .mm-action-row")));
            assertEquals(1280L, js(browser, "return window.innerWidth"));
            assertEquals(List.of(), js(browser, NARROW_CELLS), "memo");
            browser.screenshot("finnish-memo-1280");

            browser.go("/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Toimenpiderekisteri"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mm-register .mm-action-row time")));
            assertEquals(List.of(), js(browser, NARROW_CELLS), "register");
            browser.screenshot("finnish-register-1280");
        }
    }
}
