package io.meetingmemo.it;

import static io.meetingmemo.testsupport.Storage.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meetingmemo.series.domain.Cadence;
import io.meetingmemo.series.domain.Series;
import io.meetingmemo.series.domain.SeriesRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Next meeting" in a real browser (headless Chromium): from the first memo of a weekly series with three actions, one
 * click creates the second memo through the app's blueprint, dated by the cadence (a week after the first, today) with
 * the first memo's place, people and series; it shows the three items carried over, one is closed there, and the first
 * memo, the register and "My action items" follow; "Next meeting" from the second memo creates the third (a week on),
 * which shows the remaining two as having come up at 2 meetings. A page of no series offers no button, and a refusal is
 * shown to the reader, not swallowed.
 */
class NextMeetingInBrowserTest {
    private static final Pattern PAGE_ID = Pattern.compile("pageId=(\\d+)");
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static String key(String username) { return test.host.users().byUsername(username).orElseThrow().key().getStringValue(); }

    /** Clicks the memo's Next meeting button and waits for the new memo's page; returns its id. */
    private static String nextMeeting(Browser browser, String fromPageId) {
        WebElement button = browser.driver.findElement(By.cssSelector(".mm-next-meeting"));
        assertEquals("Seuraava kokous", button.getText(), "labelled in the reader's language");
        assertEquals(fromPageId, button.getAttribute("data-page-id"));
        button.click();
        browser.wait.until(d -> {
            Matcher m = PAGE_ID.matcher(d.getCurrentUrl());
            return m.find() && !m.group(1).equals(fromPageId);
        });
        Matcher m = PAGE_ID.matcher(browser.driver.getCurrentUrl());
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void theNextMemoOfASeriesInOneClickCarriesItsOpenItems() throws Exception {
        LocalDate first = LocalDate.now().minusDays(7);
        LocalDate today = LocalDate.now();
        test.host.app().get("seriesRepository", SeriesRepository.class).save(new Series("Markkinointi", "Markkinointitiimi", "EDUFUTURA",
                null, "Neuvotteluhuone Kuusi", List.of(), List.of(), Cadence.WEEKLY, 0));
        String folder = test.createPage("EDUFUTURA", "Markkinointitiimin kokoukset", "<p>Kokoukset</p>");
        ObjectNode page = TestHost.newPage("EDUFUTURA", "Markkinointi " + first,
                "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"mk-1\"><ac:parameter ac:name=\"title\">Markkinointi</ac:parameter>"
                        + "<ac:parameter ac:name=\"date\">" + first + "</ac:parameter><ac:parameter ac:name=\"time\">13:00-14:00</ac:parameter>"
                        + "<ac:parameter ac:name=\"location\">Kahvio</ac:parameter><ac:parameter ac:name=\"series\">Markkinointi</ac:parameter>"
                        + "<ac:parameter ac:name=\"attendees\"><ri:user ri:userkey=\"" + key("eeva") + "\"/><ri:user ri:userkey=\"" + key("sanna") + "\"/></ac:parameter>"
                        + "<ac:parameter ac:name=\"absent\"><ri:user ri:userkey=\"" + key("mikko") + "\"/></ac:parameter><ac:rich-text-body>"
                        + action("mk-1-a", "eeva", null, "Varaa messuosasto") + action("mk-1-b", "eeva", null, "Tilaa esitteet")
                        + action("mk-1-c", "eeva", null, "Kysy tarjous standista") + "</ac:rich-text-body></ac:structured-macro>");
        page.putArray("ancestors").addObject().put("id", folder);
        String memo1 = test.as("admin").json("POST", "/rest/api/content", page, 200).get("id").asText();
        String register = test.createPage("EDUFUTURA", "Markkinoinnin toimenpiteet",
                "<ac:structured-macro ac:name=\"action-register\"><ac:parameter ac:name=\"series\">Markkinointi</ac:parameter>"
                        + "<ac:parameter ac:name=\"status\">all</ac:parameter></ac:structured-macro>");

        try (Browser browser = Browser.open(test.host.baseUri(), 1200, 1000)) {
            browser.login("eeva");

            // Memo 1 → Next meeting → memo 2, filled in.
            browser.go("/pages/viewpage.action?pageId=" + memo1);
            String memo2 = nextMeeting(browser, memo1);
            assertEquals(today.toString(), browser.driver.findElement(By.cssSelector(".mm-memo-facts time")).getAttribute("datetime"),
                    "a week after the first memo: today");
            String facts = browser.driver.findElement(By.cssSelector(".mm-memo-facts")).getText();
            assertTrue(facts.contains("Kahvio") && facts.contains("13:00-14:00") && facts.contains("Markkinointi"), facts);
            assertEquals(3, browser.driver.findElements(By.cssSelector(".mm-attendees .mm-person")).size(), "attendees and absentees of memo 1");
            assertTrue(browser.driver.getTitle().contains("Markkinointi " + today), browser.driver.getTitle());
            assertEquals(Long.parseLong(folder), test.host.pages().store().find(Long.parseLong(memo2)).orElseThrow().parentId(),
                    "next to memo 1");

            // Memo 2 shows the three items; one is closed from memo 2.
            List<WebElement> carried = browser.driver.findElements(By.cssSelector(".mm-carried .mm-action-row"));
            assertEquals(3, carried.size(), "memo 1's three open items");
            WebElement booth = carried.stream().filter(r -> r.getText().contains("Varaa messuosasto")).findFirst().orElseThrow();
            String itemId = booth.getAttribute("data-item-id");
            booth.findElement(By.cssSelector(".mm-status-toggle")).sendKeys(Keys.ENTER);
            browser.wait.until(d -> d.findElement(By.cssSelector(".mm-carried .mm-action-row[data-item-id='" + itemId + "']"))
                    .getAttribute("class").contains("mm-status-done"));
            browser.screenshot("next-meeting-memo-2");

            // Memo 1, the register and My action items follow.
            browser.go("/pages/viewpage.action?pageId=" + memo1);
            assertTrue(browser.driver.findElement(By.cssSelector(".mm-actions:not(.mm-carried) .mm-action-row[data-item-id='" + itemId + "']"))
                    .getAttribute("class").contains("mm-status-done"), "done in the memo where it was agreed");
            browser.go("/pages/viewpage.action?pageId=" + register);
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".mm-register .mm-action-row"), 3));
            assertTrue(browser.driver.findElement(By.cssSelector(".mm-register .mm-action-row[data-item-id='" + itemId + "']"))
                    .getAttribute("class").contains("mm-status-done"), "done in the register");
            browser.go("/plugins/servlet/meeting-memo/my-action-items");
            browser.wait.until(d -> !d.findElement(By.cssSelector(".mm-register-status")).getText().contains("Ladataan"));
            assertTrue(browser.driver.findElements(By.cssSelector(".mm-register .mm-action-row[data-item-id='" + itemId + "']")).isEmpty(),
                    "no longer among eeva's open items");
            assertEquals(2, browser.driver.findElements(By.cssSelector(".mm-register .mm-action-row")).size());

            // Memo 2 → Next meeting → memo 3, a week on, with the remaining two having come up at 2 meetings.
            browser.go("/pages/viewpage.action?pageId=" + memo2);
            String memo3 = nextMeeting(browser, memo2);
            assertEquals(today.plusWeeks(1).toString(), browser.driver.findElement(By.cssSelector(".mm-memo-facts time")).getAttribute("datetime"));
            List<WebElement> remaining = browser.driver.findElements(By.cssSelector(".mm-carried .mm-action-row"));
            assertEquals(2, remaining.size());
            for (WebElement row : remaining) {
                assertEquals("esillä 2 kokouksessa", row.findElement(By.cssSelector(".mm-came-up")).getText(), row.getText());
            }
            assertFalse(browser.driver.getPageSource().contains("Varaa messuosasto"), "the closed item is not carried");
            browser.screenshot("next-meeting-memo-3");
            assertTrue(!memo3.equals(memo2));
        }
    }

    @Test
    void aRefusalIsShownToTheReaderAndAMemoWithoutASeriesHasNoButton() throws Exception {
        String lone = test.createPage("EDUFUTURA", "Yksittäinen kokous", "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"yk-1\">"
                + "<ac:parameter ac:name=\"title\">Yksittäinen</ac:parameter><ac:parameter ac:name=\"date\">2026-11-20</ac:parameter>"
                + "<ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>");
        String memo = test.createPage("EDUFUTURA", "Viestintä 2026-11-20", "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"vi-1\">"
                + "<ac:parameter ac:name=\"title\">Viestintä</ac:parameter><ac:parameter ac:name=\"date\">2026-11-20</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">Viestintä</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>");
        int pages = test.host.pages().store().list("EDUFUTURA").size();
        try (Browser browser = Browser.open(test.host.baseUri(), 1200, 1000)) {
            browser.login("eeva");
            browser.go("/pages/viewpage.action?pageId=" + lone);
            assertTrue(browser.driver.findElements(By.cssSelector(".mm-next-meeting")).isEmpty(), "no series, no next meeting");
            browser.go("/pages/viewpage.action?pageId=" + lone + "&outputType=pdf");
            assertTrue(browser.driver.findElements(By.cssSelector(".mm-next-meeting")).isEmpty());
            browser.go("/pages/viewpage.action?pageId=" + memo + "&outputType=pdf");
            assertTrue(browser.driver.findElements(By.cssSelector(".mm-next-meeting")).isEmpty(), "not in exports");

            // The page moves out of reach before the click: the reader is told why, and nothing is created.
            browser.go("/pages/viewpage.action?pageId=" + memo);
            test.host.pages().store().restrict(Long.parseLong(memo), "view", java.util.Set.of("admin"));
            browser.driver.findElement(By.cssSelector(".mm-next-meeting")).click();
            WebElement message = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".mm-next-message.mm-next-error")));
            assertEquals("alert", message.getAttribute("role"));
            assertEquals("Seuraavan kokouksen muistiota ei luotu. Sivua " + memo + " ei ole, tai sinulla ei ole oikeutta nähdä sitä.",
                    message.getText());
            assertTrue(browser.driver.getCurrentUrl().contains("pageId=" + memo), "the reader stays on the memo");
            assertTrue(browser.driver.findElement(By.cssSelector(".mm-next-meeting")).isEnabled(), "and may try again");
            browser.screenshot("next-meeting-refused");
        }
        assertEquals(pages, test.host.pages().store().list("EDUFUTURA").size(), "nothing was created");
    }
}
