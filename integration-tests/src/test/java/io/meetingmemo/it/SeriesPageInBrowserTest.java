package io.meetingmemo.it;

import static io.meetingmemo.testsupport.Storage.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * In a real browser (headless Chromium): a series page lists the newest 20 memos, opens the others with Show all,
 * shows its figures and the Next meeting button, and fits a phone's width without scrolling sideways.
 */
class SeriesPageInBrowserTest {
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    @Test
    void aSeriesPageOpensTheOlderMemosWithShowAllAndFitsAPhone() throws Exception {
        LocalDate day = LocalDate.of(2026, 4, 7);
        for (int i = 1; i <= 23; i++, day = day.plusWeeks(1)) {
            test.createPage("EDUFUTURA", "Johtoryhmä " + day, SeriesPageTest.memo("jr" + i, "Johtoryhmä " + i, day.toString(), "Johtoryhmä",
                    SeriesPageTest.decision("Päätös " + i), action("jr" + i + "-a", i % 2 == 0 ? "sanna" : "mikko", day.plusWeeks(2).toString(),
                            "Selvitä asia " + i), action("jr" + i + "-b", "eeva", null, "Valmistele asia " + i)));
        }
        for (int i = 1; i <= 15; i++) SeriesPageTest.markDone(test, String.valueOf(test.pageId("EDUFUTURA",
                "Johtoryhmä " + LocalDate.of(2026, 4, 7).plusWeeks(i - 1))), "selvit%C3%A4");
        String page = test.createPage("EDUFUTURA", "Johtoryhmän kokoukset", SeriesPageTest.seriesMacro("Johtoryhmä", "5"));

        try (Browser browser = Browser.open(test.host.baseUri(), 1100, 2600)) {
            browser.login("sanna");
            browser.go("/pages/viewpage.action?pageId=" + page);
            assertEquals(20, browser.driver.findElements(By.cssSelector(".mm-series-memos > .mm-series-table .mm-series-memo")).size());
            WebElement more = browser.driver.findElement(By.cssSelector(".mm-series-more"));
            assertFalse(more.findElement(By.cssSelector(".mm-series-memo")).isDisplayed(), "the oldest memos wait behind Show all");
            more.findElement(By.tagName("summary")).click();
            browser.wait.until(d -> more.findElement(By.cssSelector(".mm-series-memo")).isDisplayed());
            assertEquals(3, more.findElements(By.cssSelector(".mm-series-memo")).size());
            assertTrue(browser.driver.findElement(By.cssSelector(".mm-series-completion")).getText().contains("33 %"),
                    "15 of 46 done: " + browser.driver.findElement(By.cssSelector(".mm-series-completion")).getText());
            assertTrue(browser.driver.findElement(By.cssSelector(".mm-next-meeting")).isDisplayed());
            assertFalse(browser.driver.findElements(By.cssSelector(".mm-series-stale-row")).isEmpty());
            browser.screenshotOf(By.cssSelector(".mm-series-page"), "series-page");
        }
        try (Browser phone = Browser.open(test.host.baseUri(), 390, 844)) {
            phone.login("sanna");
            phone.go("/pages/viewpage.action?pageId=" + page);
            Object overflow = ((JavascriptExecutor) phone.driver).executeScript(
                    "var s = document.querySelector('.mm-series-page'); return s.scrollWidth - s.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "the series page fits a phone's width");
            phone.screenshot("series-page-phone");
        }
    }
}
