package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The decision log in a real browser (headless Chromium): a team member writes a decision in an EduFutura memo in the
 * editor, finds it in the demo's decision log with the demo memo's decision, follows its link to the memo, downloads
 * the CSV of the same selection, and pages through a log one decision at a time with "Show more".
 */
class DecisionLogInBrowserTest {
    private static final String STUDIA = "EduFutura osallistuu Studia-messuille yhteisellä osastolla.";
    private static final String NEW_DECISION = "Kevään kampanja aloitetaan yhteisellä uutiskirjeellä.";
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static final String NEW_MEMO = "<ac:structured-macro ac:name=\"meeting-memo\">"
            + "<ac:parameter ac:name=\"title\">Viestintätiimi joulukuu</ac:parameter><ac:parameter ac:name=\"date\">2026-12-14</ac:parameter>"
            + "<ac:parameter ac:name=\"series\">edufutura-comms</ac:parameter><ac:rich-text-body>"
            + "<ac:structured-macro ac:name=\"memo-decision\"><ac:parameter ac:name=\"tags\">Kampanja, uutiskirje</ac:parameter>"
            + "<ac:rich-text-body><p>" + NEW_DECISION + "</p>"
            + "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"eeva\"/></ac:parameter>"
            + "<ac:rich-text-body><p>Kirjoita kampanjan uutiskirje</p></ac:rich-text-body></ac:structured-macro>"
            + "</ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>";

    @Test
    void aDecisionWrittenInAnEduFuturaMemoIsInTheDecisionLogLinkedToItsMemoAndInItsCsv() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1200, 1000)) {
            browser.login("sanna");
            browser.go("/pages/createpage.action?spaceKey=EDUFUTURA");
            browser.driver.findElement(By.id("content-title")).sendKeys("Viestintätiimin kokous 2026-12-14");
            WebElement body = browser.driver.findElement(By.id("storage-body"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", body, NEW_MEMO);
            browser.driver.findElement(By.id("save")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("viewpage.action"));

            browser.go("/pages/viewpage.action?pageId=" + test.pageId("EDUFUTURA", "Päätösloki"));
            By rows = By.cssSelector(".mm-decision-log .mm-decision-row");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(rows));
            List<String> texts = new ArrayList<>();
            for (WebElement row : browser.driver.findElements(rows)) texts.add(row.findElement(By.cssSelector(".mm-decision-text")).getText());
            assertEquals(NEW_DECISION, texts.get(0), "the newest meeting first: " + texts);
            assertTrue(texts.contains(STUDIA), "the demo memo's decision: " + texts);
            WebElement first = browser.driver.findElements(rows).get(0);
            assertEquals(List.of("kampanja", "uutiskirje"), first.findElements(By.cssSelector(".mm-decision-tag")).stream().map(WebElement::getText).toList());
            assertEquals("1", first.findElements(By.tagName("td")).get(5).getText(), "the action written inside it");
            browser.screenshot("decision-log");

            // The CSV link downloads the same selection.
            String csvHref = browser.driver.findElement(By.cssSelector(".mm-decision-csv")).getAttribute("href");
            HttpResponse<String> csv = test.as("sanna").send("GET", csvHref.substring(csvHref.indexOf("/rest/")), null, null);
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains(NEW_DECISION) && csv.body().contains(STUDIA), csv.body());

            // The row's link opens the memo's page at the memo.
            first.findElement(By.cssSelector("td a")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("viewpage.action") && d.getCurrentUrl().contains("#mm-memo-"));
            Object target = browser.js("return document.getElementById(decodeURIComponent(location.hash.slice(1))).querySelector('.mm-memo-title').textContent");
            assertEquals("Viestintätiimi joulukuu", target);
        }
    }

    @Test
    void showMoreLoadsTheNextDecisionsInTheLogsOrderUntilThereAreNoMore() throws Exception {
        String page = test.createPage("EDUFUTURA", "Päätökset yksi kerrallaan", "<ac:structured-macro ac:name=\"decision-log\">"
                + "<ac:parameter ac:name=\"pageSize\">1</ac:parameter></ac:structured-macro>");
        List<String> expected = new ArrayList<>();
        for (JsonNode d : test.as("eeva").json("GET", "/rest/meeting-memo/1.0/decisions?limit=200", null, 200).get("decisions")) {
            expected.add(d.get("text").asText());
        }
        assertTrue(expected.size() >= 2, expected.toString());
        try (Browser browser = Browser.open(test.host.baseUri(), 1100, 900)) {
            browser.login("eeva");
            browser.go("/pages/viewpage.action?pageId=" + page);
            By rows = By.cssSelector(".mm-decision-log .mm-decision-row");
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(rows, 1));
            By more = By.cssSelector(".mm-decision-more");
            for (int shown = 1; shown < expected.size(); shown++) {
                browser.driver.findElement(more).click();
                browser.wait.until(ExpectedConditions.numberOfElementsToBe(rows, shown + 1));
            }
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(more));
            List<String> shown = new ArrayList<>();
            for (WebElement row : browser.driver.findElements(rows)) shown.add(row.findElement(By.cssSelector(".mm-decision-text")).getText());
            assertEquals(expected, shown, "every decision eeva may view, in the log's order, one page at a time");
        }
    }
}
