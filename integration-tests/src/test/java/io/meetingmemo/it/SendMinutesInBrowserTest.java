package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Send minutes" in a real browser (headless Chromium), in Finnish: the editor's button opens the preview, which lists
 * everyone the memo names with whether they can view the page (those who cannot are unticked), shows each mail in a
 * sandboxed frame; ticking the guest and sending reloads the memo, which says to how many people the minutes went, and
 * the host's SMTP server has them; opening the preview again warns that they were already sent.
 */
class SendMinutesInBrowserTest {
    private static TestHost test;
    private static String page;

    @BeforeAll
    static void start() throws Exception {
        test = TestHost.startOnH2();
        page = test.createPage("EDUFUTURA", "Viestintätiimi 27.11.", "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"vt-1\">"
                + "<ac:parameter ac:name=\"title\">Viestintätiimi</ac:parameter><ac:parameter ac:name=\"date\">2026-11-27</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:username=\"petri\"/><ri:user ri:username=\"eeva\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"absent\">sanna</ac:parameter><ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"memo-guest\"><ac:parameter ac:name=\"name\">Liisa Kumppani</ac:parameter>"
                + "<ac:parameter ac:name=\"email\">liisa@partner.example.com</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"memo-decision\"><ac:rich-text-body><p>Uutiskirje kuukausittain</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"memo-action\"><ac:parameter ac:name=\"assignee\"><ri:user ri:username=\"eeva\"/></ac:parameter>"
                + "<ac:rich-text-body><p>Kirjoita joulukuun uutiskirje</p></ac:rich-text-body></ac:structured-macro>"
                + "</ac:rich-text-body></ac:structured-macro>");
        test.host.pages().store().restrict(Long.parseLong(page), "view", Set.of("admin", "petri", "eeva"));
        test.host.pages().store().restrict(Long.parseLong(page), "edit", Set.of("admin", "petri"));
    }

    @AfterAll
    static void stop() { if (test != null) test.close(); }

    @Test
    void theEditorPreviewsTicksTheGuestSendsAndTheMemoSaysToHowMany() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1200, 1400)) {
            browser.login("petri").go("/pages/viewpage.action?pageId=" + page);
            WebElement button = browser.driver.findElement(By.cssSelector(".mm-send-minutes"));
            assertEquals("Lähetä muistio", button.getText());
            button.click();
            browser.wait.until(d -> !d.findElements(By.cssSelector(".mm-minutes-preview .mm-minutes-recipient")).isEmpty());

            List<WebElement> rows = browser.driver.findElements(By.cssSelector(".mm-minutes-recipient"));
            List<String> names = new ArrayList<>();
            for (WebElement row : rows) names.add(row.findElement(By.cssSelector(".mm-minutes-name")).getText());
            assertEquals(List.of("Petri Laitinen", "Eeva Mäkinen", "Sanna Virtanen", "Liisa Kumppani"), names);
            WebElement sanna = rows.get(2), liisa = rows.get(3);
            assertFalse(sanna.findElement(By.cssSelector("input")).isSelected(), "sanna may not view the page: unticked");
            assertTrue(sanna.getText().contains("ei voi avata sivua"), sanna.getText());
            assertFalse(liisa.findElement(By.cssSelector("input")).isSelected());
            assertTrue(rows.get(0).findElement(By.cssSelector("input")).isSelected());
            WebElement frame = liisa.findElement(By.cssSelector("iframe.mm-minutes-frame"));
            assertEquals("", frame.getAttribute("sandbox"), "the mail is shown in a frame that runs nothing");
            assertFalse(frame.getAttribute("srcdoc").contains("viewpage"), "the guest's mail promises no link");
            assertTrue(liisa.getText().contains("Aihe: Muistio: Viestintätiimi"), "a guest reads the sender's language: " + liisa.getText());
            browser.screenshotOf(By.cssSelector(".mm-minutes-preview"), "send-minutes-preview");

            liisa.findElement(By.cssSelector("input")).click();
            browser.driver.findElement(By.cssSelector(".mm-minutes-send")).click();
            browser.wait.until(d -> !d.findElements(By.cssSelector(".mm-minutes-sent")).isEmpty());
            String sent = browser.driver.findElement(By.cssSelector(".mm-minutes-sent")).getText();
            assertTrue(sent.startsWith("Lähetetty ") && sent.endsWith(" 3 henkilölle"), sent);

            test.as("admin").json("POST", "/rest/preview/1.0/mail/flush", TestHost.JSON.createObjectNode(), 200);
            List<String> to = new ArrayList<>();
            // The minutes only: the host's reminder job may have mailed the demo's people on its own.
            for (JsonNode mail : test.as("admin").json("GET", "/rest/preview/1.0/outbox", null, 200)) {
                if (!mail.get("subject").asText().contains("Meeting Memo")) to.add(mail.at("/to/0").asText());
            }
            assertEquals(List.of("eeva@example.org", "liisa@partner.example.com", "petri@example.org"), to.stream().sorted().toList());

            browser.driver.findElement(By.cssSelector(".mm-send-minutes")).click();
            browser.wait.until(d -> !d.findElements(By.cssSelector(".mm-minutes-warning")).isEmpty());
            assertTrue(browser.driver.findElement(By.cssSelector(".mm-minutes-warning")).getText().contains("lähetettiin jo"));
            assertEquals("Lähetä uudelleen", browser.driver.findElement(By.cssSelector(".mm-minutes-send")).getText());
        }
    }
}
