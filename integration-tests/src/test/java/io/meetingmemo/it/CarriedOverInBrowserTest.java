package io.meetingmemo.it;

import static io.meetingmemo.testsupport.Storage.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * In a real browser (headless Chromium): the second memo of a series shows the first memo's open items; one is
 * closed inline from the second memo, and the first memo, "My action items" and the next memo all follow.
 */
class CarriedOverInBrowserTest {
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static String memo(String id, String date, String... actions) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"" + id + "\"><ac:parameter ac:name=\"title\">Messutiimi</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter><ac:parameter ac:name=\"series\">Messutiimi</ac:parameter>"
                + "<ac:rich-text-body>" + String.join("", actions) + "</ac:rich-text-body></ac:structured-macro>";
    }

    @Test
    void anItemClosedInTheNextMemoIsClosedEverywhere() throws Exception {
        String first = test.createPage("EDUFUTURA", "Messutiimi 3.11.", memo("bm-1", "2026-11-03",
                action("bm-1-a", "eeva", "2026-11-30", "Varaa messuosasto"), action("bm-1-b", "eeva", null, "Tilaa esitteet"),
                action("bm-1-c", "mikko", null, "Kysy tarjous standista")));
        String second = test.createPage("EDUFUTURA", "Messutiimi 10.11.", memo("bm-2", "2026-11-10"));

        try (Browser browser = Browser.open(test.host.baseUri(), 1200, 1000)) {
            browser.login("eeva");
            browser.go("/pages/viewpage.action?pageId=" + second);
            List<WebElement> carried = browser.driver.findElements(By.cssSelector(".mm-carried .mm-action-row"));
            assertEquals(3, carried.size(), "the first memo's three open items");
            WebElement booth = carried.stream().filter(r -> r.getText().contains("Varaa messuosasto")).findFirst().orElseThrow();
            String itemId = booth.getAttribute("data-item-id");
            booth.findElement(By.cssSelector(".mm-status-toggle")).sendKeys(Keys.ENTER);
            browser.wait.until(d -> d.findElement(By.cssSelector(".mm-carried .mm-action-row[data-item-id='" + itemId + "']"))
                    .getAttribute("class").contains("mm-status-done"));
            browser.screenshot("carried-over-closed");

            // The first memo shows the same item done.
            browser.go("/pages/viewpage.action?pageId=" + first);
            WebElement inFirst = browser.driver.findElement(By.cssSelector(".mm-actions:not(.mm-carried) .mm-action-row[data-item-id='" + itemId + "']"));
            assertTrue(inFirst.getAttribute("class").contains("mm-status-done"), "done in the memo where it was agreed");

            // My action items no longer lists it; the next meeting's memo carries the other two.
            browser.go("/plugins/servlet/meeting-memo/my-action-items");
            browser.wait.until(d -> !d.findElement(By.cssSelector(".mm-register-status")).getText().contains("Ladataan"));
            assertTrue(browser.driver.findElements(By.cssSelector(".mm-register .mm-action-row[data-item-id='" + itemId + "']")).isEmpty());
            String third = test.createPage("EDUFUTURA", "Messutiimi 17.11.", memo("bm-3", "2026-11-17"));
            browser.go("/pages/viewpage.action?pageId=" + third);
            assertEquals(2, browser.driver.findElements(By.cssSelector(".mm-carried .mm-action-row")).size());
        }
    }
}
