package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a team member does in a real browser (headless Chromium): writes a memo in the editor, sees its
 * action items in the memo and in a register, ticks one done inline, sees the register and "My action
 * items" change, and exports the register as CSV. Screenshots land in target/screenshots.
 */
class RegisterInBrowserTest {
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static final String NEW_MEMO = "<ac:structured-macro ac:name=\"meeting-memo\">"
            + "<ac:parameter ac:name=\"title\">Selainkokous</ac:parameter><ac:parameter ac:name=\"date\">2026-11-23</ac:parameter>"
            + "<ac:parameter ac:name=\"series\">selain</ac:parameter>"
            + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"eeva\"/></ac:parameter><ac:rich-text-body>"
            + "<p>Sovittiin kahdesta asiasta.</p>"
            + "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"eeva\"/></ac:parameter>"
            + "<ac:parameter ac:name=\"due\">2026-12-03</ac:parameter><ac:rich-text-body><p>Kirjoita uutiskirje</p></ac:rich-text-body></ac:structured-macro>"
            + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
            + "<ac:task-body><ac:link><ri:user ri:username=\"eeva\"/></ac:link> kuvaa messuosasto <time datetime=\"2026-12-10\"/></ac:task-body></ac:task></ac:task-list>"
            + "</ac:rich-text-body></ac:structured-macro>"
            + "<ac:structured-macro ac:name=\"action-register\"><ac:parameter ac:name=\"series\">selain</ac:parameter>"
            + "<ac:parameter ac:name=\"status\">open</ac:parameter></ac:structured-macro>";

    @Test
    void writeAMemoThenFollowItsItemsThroughRegistersAndExports() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1200, 1000)) {
            browser.login("eeva");

            // Write the memo in the editor (storage format) and save it.
            browser.go("/pages/createpage.action?spaceKey=EDUFUTURA");
            browser.driver.findElement(By.id("content-title")).sendKeys("Selainkokous 23.11.");
            WebElement body = browser.driver.findElement(By.id("storage-body"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", body, NEW_MEMO);
            browser.driver.findElement(By.id("save")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("viewpage.action"));

            // The memo shows both items; the register on the same page loads them from the REST API.
            List<WebElement> memoRows = browser.driver.findElements(By.cssSelector(".mm-memo:not(.mm-register) .mm-action-row"));
            assertEquals(2, memoRows.size());
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".mm-register .mm-action-row"), 2));
            browser.screenshot("memo-and-register");

            // Tick the first item done inline, in the register: the row updates without a page load.
            WebElement registerRow = browser.driver.findElements(By.cssSelector(".mm-register .mm-action-row")).get(0);
            String itemId = registerRow.getAttribute("data-item-id");
            registerRow.findElement(By.cssSelector(".mm-status-toggle")).sendKeys(Keys.ENTER);
            browser.wait.until(d -> d.findElement(By.cssSelector(".mm-register .mm-action-row[data-item-id='" + itemId + "']"))
                    .getAttribute("class").contains("mm-status-done"));
            assertEquals("Valmis", browser.driver.findElement(By.cssSelector(".mm-register .mm-action-row[data-item-id='" + itemId + "'] .mm-status-label")).getText());

            // After a reload the open-items register and "My action items" show one item less.
            browser.driver.navigate().refresh();
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".mm-register .mm-action-row"), 1));
            browser.go("/plugins/servlet/meeting-memo/my-action-items");
            browser.wait.until(d -> !d.findElement(By.cssSelector(".mm-register-status")).getText().contains("Ladataan"));
            List<WebElement> mine = browser.driver.findElements(By.cssSelector(".mm-register .mm-action-row"));
            assertEquals(1, mine.size(), "eeva's one remaining open item");
            assertTrue(mine.get(0).getText().contains("kuvaa messuosasto"));
            browser.screenshot("my-action-items");

            // A stale inline change is refused and the row shows what someone else did.
            String taskId = mine.get(0).getAttribute("data-item-id");
            int version = Integer.parseInt(mine.get(0).getAttribute("data-item-version"));
            test.as("admin").json("PUT", "/rest/meeting-memo/1.0/action-items/" + taskId + "/status",
                    TestHost.JSON.createObjectNode().put("status", "done").put("version", version), 200);
            mine.get(0).findElement(By.cssSelector(".mm-status-toggle")).click();
            browser.wait.until(d -> d.findElement(By.cssSelector(".mm-row-message")).getText().contains("Joku muu"));
            assertTrue(mine.get(0).getAttribute("class").contains("mm-status-done"), "the row now shows the other change");

            // The register's CSV link exports the same selection.
            String csvHref = browser.driver.findElement(By.cssSelector(".mm-register-export")).getAttribute("href");
            assertTrue(csvHref.contains("action-items.csv?status=open&assignee=me"), csvHref);
            HttpResponse<String> csv = test.as("eeva").send("GET", csvHref.substring(csvHref.indexOf("/rest/")).replace("status=open", "status=all"), null, null);
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains("Kirjoita uutiskirje") && csv.body().contains("kuvaa messuosasto"));
        }
    }

    @Test
    void theTeamRegisterHighlightsOverdueItemsAndFiltersInPlace() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1100, 800)) {
            browser.login("sanna");
            browser.go("/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Toimenpiderekisteri"));
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".mm-register .mm-action-row"), 5));
            assertTrue(browser.driver.findElement(By.cssSelector(".mm-register .mm-overdue")).getText().contains("Översätt"),
                    "the overdue item stands out");
            // Filter in place.
            browser.driver.findElement(By.cssSelector(".mm-register-filter")).sendKeys("messu");
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".mm-register .mm-action-row"), 1));
            browser.driver.findElement(By.cssSelector(".mm-register-filter")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".mm-register .mm-action-row"), 5));
            browser.screenshot("register");
        }
    }

    private String memoPage() { return "/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Viestintätiimin kokous 2026-11-16"); }

    @Test
    void anOverdueItemMarkedDoneThenReopenedShowsItsOverdueBadgeAgain() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1100, 900)) {
            browser.login("sanna");
            browser.go(memoPage());
            By row = By.xpath("//section[contains(@class,'mm-memo')]//tr[contains(@class,'mm-action-row')][contains(.,'Översätt')]");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(row));
            assertEquals(1, browser.driver.findElement(row).findElements(By.cssSelector(".mm-overdue-badge")).size(), "overdue at first");

            browser.driver.findElement(row).findElement(By.cssSelector(".mm-status-toggle")).click();
            browser.wait.until(d -> d.findElement(row).getAttribute("class").contains("mm-status-done"));
            assertEquals(0, browser.driver.findElement(row).findElements(By.cssSelector(".mm-overdue-badge")).size(), "a done item is not overdue");

            browser.driver.findElement(row).findElement(By.cssSelector(".mm-status-toggle")).click();
            browser.wait.until(d -> d.findElement(row).getAttribute("class").contains("mm-status-open"));
            assertTrue(browser.driver.findElement(row).getAttribute("class").contains("mm-overdue"));
            List<WebElement> badges = browser.driver.findElement(row).findElements(By.cssSelector(".mm-overdue-badge"));
            assertEquals(1, badges.size(), "the badge is back without a reload");
            assertEquals("Myöhässä", badges.get(0).getText());
            browser.screenshot("overdue-reopened");
        }
    }

    @Test
    void theMemoFollowsThePagesThemeNotTheSystemSetting() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1100, 900)) {
            browser.login("sanna");
            browser.emulateMedia(false, true);
            browser.go(memoPage());
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mm-memo .mm-action-row")));
            assertEquals(true, browser.js("return matchMedia('(prefers-color-scheme: dark)').matches"), "the system is dark");
            String memoBackground = "return getComputedStyle(document.querySelector('section.mm-memo')).backgroundColor";
            assertEquals("rgb(255, 255, 255)", browser.js(memoBackground), "a light page keeps a light memo");
            browser.screenshot("system-dark-page-light");

            browser.js("document.documentElement.setAttribute('data-color-mode', 'dark')");
            assertNotEquals("rgb(255, 255, 255)", browser.js(memoBackground), "Confluence's dark theme darkens the memo");
            browser.js("document.documentElement.setAttribute('data-color-mode', 'light')");
            assertEquals("rgb(255, 255, 255)", browser.js(memoBackground));
        }
    }

    @Test
    void theRegistersExportLinksFollowTheFilterAndItsCountSpeaksOfOneItemInTheSingular() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1100, 800)) {
            browser.login("sanna");
            browser.go("/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Toimenpiderekisteri"));
            browser.wait.until(d -> d.findElement(By.cssSelector(".mm-register-status")).getText().contains("näkyvissä"));
            int shown = browser.driver.findElements(By.cssSelector(".mm-register .mm-action-row")).size();
            assertTrue(shown >= 5, "the demo's open items");
            assertEquals(shown + " toimenpidettä näkyvissä", browser.driver.findElement(By.cssSelector(".mm-register-status")).getText());
            browser.driver.findElement(By.cssSelector(".mm-register-filter")).sendKeys("messuosasto");
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".mm-register .mm-action-row"), 1));
            browser.wait.until(d -> d.findElement(By.cssSelector(".mm-register-status")).getText().startsWith("1 "));
            assertEquals("1 toimenpide näkyvissä", browser.driver.findElement(By.cssSelector(".mm-register-status")).getText());
            for (WebElement link : browser.driver.findElements(By.cssSelector(".mm-register-export"))) {
                String href = link.getAttribute("href");
                assertTrue(href.endsWith("status=open&spaceKey=EDUFUTURA&q=messuosasto"), href);
                HttpResponse<String> export = test.as("sanna").send("GET", href.substring(href.indexOf("/rest/")), null, null);
                assertEquals(200, export.statusCode());
                assertTrue(export.body().contains("Varaa messuosasto"), href);
                assertFalse(export.body().contains("Översätt"), "the export holds the filtered rows only: " + href);
            }
            // Sorting reorders only what the server sorted: the register offers no sort of loaded rows.
            assertEquals(0, browser.driver.findElements(By.cssSelector(".mm-register-sort")).size(),
                    "no client-side sort that reorders only the rows loaded so far");
        }
    }

    @Test
    void whoMayOnlyViewAPageSeesNoMarkDoneButtonsExceptOnTheirOwnItems() throws Exception {
        long memo = test.pageId("EDUFUTURA", "Viestintätiimin kokous 2026-11-16");
        test.host.pages().store().restrict(memo, "edit", Set.of("sanna"));
        try (Browser browser = Browser.open(test.host.baseUri(), 1100, 900)) {
            browser.login("eeva");
            browser.go(memoPage());
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mm-memo .mm-action-row")));
            List<WebElement> memoButtons = browser.driver.findElements(By.cssSelector("section.mm-memo:not(.mm-register) .mm-status-toggle"));
            assertEquals(1, memoButtons.size(), "eeva may change only her own item in the memo");
            assertTrue(memoButtons.get(0).findElement(By.xpath("ancestor::tr")).getText().contains("kampanjasivun"));

            browser.go("/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Toimenpiderekisteri"));
            browser.wait.until(d -> d.findElement(By.cssSelector(".mm-register-status")).getText().contains("näkyvissä"));
            List<WebElement> rows = browser.driver.findElements(By.cssSelector(".mm-register .mm-action-row"));
            assertTrue(rows.size() >= 4, "the demo's open items eeva may see");
            for (WebElement r : rows) {
                boolean hers = r.getText().contains("Eeva Mäkinen");
                boolean onTheMemo = r.getText().contains("Viestintätiimin kokous");
                assertEquals(hers || !onTheMemo, !r.findElements(By.cssSelector(".mm-status-toggle")).isEmpty(),
                        "a button only where eeva may change the status: " + r.getText());
            }
            browser.screenshot("register-view-only");
        } finally {
            test.host.pages().store().restrict(memo, "edit", Set.of());
        }
    }
}
