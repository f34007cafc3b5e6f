package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Finnish memo, register and "My action items" on a phone (375 px), a tablet (768 px), a desktop
 * (1280 px) and on paper. Layouts are measured, not compared as pixels: no word of a table (or of its
 * stacked cards) breaks across lines, nothing scrolls sideways, and a printed memo breaks between rows,
 * not before the memo. Screenshots and PDFs land in target/screenshots.
 */
class ResponsiveLayoutInBrowserTest {
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    /**
     * Every word of every action table cell, header fact and status button lies on one line (a word
     * broken across lines has client rectangles on two lines), and neither the page nor a memo scrolls
     * sideways. A line may break after a hyphen ("2026-11-16"), as text does anywhere; words longer than
     * 30 characters (pasted links) may break inside; that is what they need.
     */
    static final String BROKEN_WORDS = """
            const problems = [];
            const holders = Array.from(document.querySelectorAll(
                '.mm-action-table th, .mm-action-table td, .mm-fact, .mm-register-status, .host-header'));
            if (!holders.some(h => h.matches('.mm-action-table td'))) problems.push('no table cells found');
            for (const holder of holders) {
              if (holder.offsetParent === null && getComputedStyle(holder).position !== 'fixed') continue;
              const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const re = /[^\\s\u00ad-]+[\u00ad-]?/g;
                let m;
                while ((m = re.exec(n.data)) !== null) {
                  if (m[0].length > 30) continue;
                  const range = document.createRange();
                  range.setStart(n, m.index);
                  range.setEnd(n, m.index + m[0].length);
                  const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                  if (tops.size > 1) problems.push('"' + m[0] + '" breaks over ' + tops.size + ' lines in ' + holder.tagName.toLowerCase()
                      + '.' + holder.className);
                }
              }
            }
            const root = document.scrollingElement;
            if (root.scrollWidth > root.clientWidth) problems.push('the page scrolls sideways: ' + root.scrollWidth + ' > ' + root.clientWidth);
            for (const el of document.querySelectorAll('section.mm-memo, .host-header')) {
              if (el.scrollWidth > el.clientWidth + 1) problems.push(el.className + ' is ' + el.scrollWidth + ' px wide inside ' + el.clientWidth + ' px');
              const box = el.getBoundingClientRect();
              if (box.right > root.clientWidth + 1) problems.push(el.className + ' ends at ' + box.right + ' px, past ' + root.clientWidth);
            }
            for (const el of document.querySelectorAll('.host-user, .host-header button')) {
              const box = el.getBoundingClientRect();
              if (box.right > root.clientWidth + 1 || box.width === 0) problems.push(el.className + el.tagName + ' is off-screen at ' + box.left + '..' + box.right);
            }
            return problems;
            """;

    private String memoPage() { return "/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Viestintätiimin kokous 2026-11-16"); }

    private String registerPage() { return "/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Toimenpiderekisteri"); }

    private static void checkLayout(Browser browser, String what) throws Exception {
        browser.screenshot(what);
        browser.screenshotOf(By.cssSelector(".mm-actions, .mm-register"), what + "-table");
        assertEquals(List.of(), browser.js(BROKEN_WORDS), what);
    }

    private void checkAllThree(Browser browser, String size) throws Exception {
        browser.go(memoPage());
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mm-memo .mm-action-row")));
        checkLayout(browser, "memo-" + size);
        browser.go(registerPage());
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mm-register .mm-action-row time")));
        checkLayout(browser, "register-" + size);
        browser.go("/plugins/servlet/meeting-memo/my-action-items");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mm-register .mm-action-row time")));
        checkLayout(browser, "my-action-items-" + size);
    }

    @Test
    void onAPhoneWordsStayWholeAndNothingScrollsSideways() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 900)) {
            browser.login("sanna");
            browser.viewport(375, 800);
            browser.go(memoPage());
            assertEquals(375L, browser.js("return window.innerWidth"));
            checkAllThree(browser, "375");
        }
    }

    @Test
    void onATabletWordsStayWholeAndNothingScrollsSideways() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 900)) {
            browser.login("mikko");
            browser.viewport(768, 1000);
            checkAllThree(browser, "768");
        }
    }

    @Test
    void onADesktopWordsStayWholeAndNothingScrollsSideways() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 900)) {
            browser.login("anna");
            checkAllThree(browser, "1280");
        }
    }

    /** A4 portrait is 718 px wide inside Chrome's default 1 cm margins at 96 px per inch. */
    @Test
    void onPaperWordsStayWholeAndAMemoBreaksBetweenRowsNotBeforeItself() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 900)) {
            browser.login("sanna");
            browser.viewport(718, 1000);
            browser.emulateMedia(true, false);
            checkAllThree(browser, "print");

            browser.go(memoPage());
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mm-memo .mm-action-row")));
            assertEquals("auto", browser.js("return getComputedStyle(document.querySelector('section.mm-memo')).breakInside"),
                    "a memo taller than a page starts on the first page");
            for (String part : List.of(".mm-action-row", ".mm-decision", ".mm-memo-header", ".mm-fact")) {
                Object breakInside = browser.js("const e = document.querySelector(arguments[0]); return e ? getComputedStyle(e).breakInside : 'none found';", part);
                assertTrue("avoid".equals(breakInside) || "avoid-page".equals(breakInside), part + " keeps together: " + breakInside);
            }
            browser.emulateMedia(false, false);
            Path pdf = browser.printToPdf("memo-print");
            assertTrue(Files.size(pdf) > 1000, "the memo printed");
        }
    }
}
