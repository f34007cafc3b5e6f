package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 15 in a real browser (headless Chromium): a memo's action of an owner without an account shows who follows it
 * up, in the memo's action table and in the register that loads its rows from the REST API; an assignee's item shows
 * nobody there, as it is theirs. Screenshots land in target/screenshots.
 */
class FollowUpOwnerInBrowserTest {
    private static final String PAGE = "<ac:structured-macro ac:name=\"meeting-memo\">"
            + "<ac:parameter ac:name=\"title\">Seurantakokous</ac:parameter><ac:parameter ac:name=\"date\">2026-11-23</ac:parameter>"
            + "<ac:parameter ac:name=\"series\">seuranta</ac:parameter>"
            + "<ac:parameter ac:name=\"minutes-by\"><ri:user ri:username=\"eeva\"/></ac:parameter><ac:rich-text-body>"
            + "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"owner\">Olli Ulkopuolinen</ac:parameter>"
            + "<ac:parameter ac:name=\"follow-up\"><ri:user ri:username=\"sanna\"/></ac:parameter>"
            + "<ac:parameter ac:name=\"due\">2026-12-03</ac:parameter><ac:rich-text-body><p>Lähetä tarjous</p></ac:rich-text-body></ac:structured-macro>"
            + "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"mikko\"/></ac:parameter>"
            + "<ac:parameter ac:name=\"follow-up\"><ri:user ri:username=\"sanna\"/></ac:parameter>"
            + "<ac:parameter ac:name=\"due\">2026-12-04</ac:parameter><ac:rich-text-body><p>Varaa tila</p></ac:rich-text-body></ac:structured-macro>"
            + "</ac:rich-text-body></ac:structured-macro>"
            + "<ac:structured-macro ac:name=\"action-register\"><ac:parameter ac:name=\"series\">seuranta</ac:parameter></ac:structured-macro>";

    @Test
    void theMemoAndTheRegisterShowWhoFollowsUpAnExternalOwnersItem() throws Exception {
        try (TestHost test = TestHost.startOnH2(); Browser browser = Browser.open(test.host.baseUri(), 1200, 1800)) {
            String pageId = test.createPage("EDUFUTURA", "Seurantakokous 23.11.", PAGE);
            browser.login("eeva");
            browser.go("/pages/viewpage.action?pageId=" + pageId);

            List<WebElement> memoRows = browser.driver.findElements(By.cssSelector(".mm-memo:not(.mm-register) .mm-action-row"));
            assertEquals(2, memoRows.size());
            assertTrue(memoRows.get(0).getText().contains("Olli Ulkopuolinen") && memoRows.get(0).getText().contains("Seuranta: Sanna Virtanen"),
                    memoRows.get(0).getText());
            assertTrue(memoRows.get(1).findElements(By.cssSelector(".mm-follow-up")).isEmpty(), "Mikko's own item: no follow-up shown");

            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".mm-register .mm-action-row"), 2));
            List<WebElement> registerRows = browser.driver.findElements(By.cssSelector(".mm-register .mm-action-row"));
            assertEquals("Seuranta: Sanna Virtanen", registerRows.get(0).findElement(By.cssSelector(".mm-follow-up")).getText(),
                    "under the owner, as in the memo's table");
            assertTrue(registerRows.get(1).findElements(By.cssSelector(".mm-follow-up")).isEmpty(), "Mikko's own item: no follow-up shown");
            browser.screenshot("follow-up-owner");
            browser.screenshotOf(By.cssSelector(".mm-memo:not(.mm-register) .mm-actions"), "follow-up-owner-memo-table");
            browser.screenshotOf(By.cssSelector(".mm-register"), "follow-up-owner-register");
        }
    }
}
