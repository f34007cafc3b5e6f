package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A series page's settings form in a real browser (headless Chromium): someone who may edit the series renames it,
 * sets its cadence, default place and guests, and the page shows them; the next meeting's day follows the cadence.
 * A reader who may not edit sees no form.
 */
class SeriesSettingsInBrowserTest {
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    @Test
    void anEditorRenamesTheSeriesAndSetsItsCadenceOnItsPage() throws Exception {
        String memo = test.createPage("EDUFUTURA", "Asetussarja 1", "<ac:structured-macro ac:name=\"meeting-memo\">"
                + "<ac:parameter ac:name=\"title\">Asetussarja</ac:parameter><ac:parameter ac:name=\"date\">2026-11-02</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">asetussarja</ac:parameter></ac:structured-macro>");
        String page = test.createPage("EDUFUTURA", "Asetussarjan kokoukset", "<ac:structured-macro ac:name=\"meeting-series\">"
                + "<ac:parameter ac:name=\"series\">asetussarja</ac:parameter></ac:structured-macro>");
        for (String id : new String[]{memo, page}) test.host.pages().store().restrict(Long.parseLong(id), "edit", Set.of("sanna"));

        try (Browser browser = Browser.open(test.host.baseUri(), 1200, 1200)) {
            browser.login("sanna");
            browser.go("/pages/viewpage.action?pageId=" + page);
            browser.driver.findElement(By.cssSelector(".mm-series-settings > summary")).click();
            WebElement form = browser.driver.findElement(By.cssSelector(".mm-series-settings-form"));
            WebElement name = form.findElement(By.name("name"));
            name.clear();
            name.sendKeys("Viestinnän viikkopalaveri");
            new Select(form.findElement(By.name("cadence"))).selectByValue("weekly");
            form.findElement(By.name("defaultPlace")).sendKeys("Agora");
            form.findElement(By.name("defaultGuests")).sendKeys("Liisa Lahtinen (Metropolia)");
            assertTrue(form.findElement(By.name("indexHere")).isSelected(), "this page is the series' index page");
            form.findElement(By.cssSelector("button[type='submit']")).click();
            // The form reloads the page on success: elements found before the reload go stale.
            browser.wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector(".mm-series-name")).getText().equals("Viestinnän viikkopalaveri"));
            browser.screenshot("series-settings-saved");
            assertTrue(browser.driver.findElement(By.cssSelector(".mm-series-cadence")).getText().matches("Weekly|Viikoittain|Varje vecka|.*vii.*"),
                    browser.driver.findElement(By.cssSelector(".mm-series-cadence")).getText());
        }
        JsonNode series = test.as("sanna").json("GET", "/rest/meeting-memo/1.0/series/asetussarja", null, 200);
        assertEquals("Viestinnän viikkopalaveri", series.get("name").asText());
        assertEquals("weekly", series.get("cadence").asText());
        assertEquals("Agora", series.get("defaultPlace").asText());
        assertEquals("Liisa Lahtinen (Metropolia)", series.at("/defaultGuests/0").asText());
        assertEquals(Long.parseLong(page), series.get("indexPageId").asLong(), "still the index page");

        // eeva may view but not edit: no form.
        String html = test.as("eeva").html("/pages/viewpage.action?pageId=" + page);
        assertTrue(html.contains("Viestinnän viikkopalaveri") && !html.contains("mm-series-settings"), "no settings for a reader");
    }
}
