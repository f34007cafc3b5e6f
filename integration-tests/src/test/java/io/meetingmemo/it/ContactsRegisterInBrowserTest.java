package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In a real browser (headless Chromium), the contacts register the 2012 Reititin memo said was missing: the companies
 * its memo names as contacts, Sanoma WSOY and OP-Pohjola, are in the REITITIN register with nobody typing them in; the
 * Sanoma WSOY page shows the meeting it came up at and Petri's open action from that meeting; the register page on a
 * wiki page (the {@code contacts} macro) lists them too; the vCard export holds the EduFutura guests.
 */
class ContactsRegisterInBrowserTest {
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    @Test
    void theReititinMemosCompaniesAreInTheRegisterWithTheirMeetingAndPetrisOpenAction() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1100, 1600)) {
            browser.login("petri");
            browser.go("/plugins/servlet/meeting-memo/contacts?space=REITITIN");
            List<String> organisations = browser.driver.findElements(By.cssSelector(".mm-contacts-organisations tbody td:first-child a"))
                    .stream().map(WebElement::getText).toList();
            assertEquals(List.of("OP-Pohjola", "Sanoma WSOY"), organisations);
            String organisationPage = browser.driver.findElement(By.linkText("Sanoma WSOY")).getAttribute("href");
            assertTrue(organisationPage.contains("/plugins/servlet/meeting-memo/contacts?organisation="), organisationPage);
            browser.driver.get(organisationPage);
            assertTrue(!browser.driver.findElements(By.cssSelector(".mm-contact-organisation")).isEmpty(),
                    "the organisation's page at " + browser.driver.getCurrentUrl() + ": " + browser.driver.getPageSource());
            String memos = browser.driver.findElement(By.cssSelector(".mm-contact-memos")).getText();
            assertTrue(memos.contains("Reititin: tapaaminen Petri Laitisen kanssa"), memos);
            String owed = browser.driver.findElement(By.cssSelector(".mm-contact-owed")).getText();
            assertTrue(owed.contains("Petri käy läpi PROksin ja koulutuspaketin"), owed);
            assertTrue(owed.contains("Petri Laitinen"), "the action's owner, as the presenter shows people: " + owed);
            browser.screenshotOf(By.cssSelector(".mm-contact-organisation"), "contacts-organisation");

            browser.go("/pages/viewpage.action?pageId=" + test.pageId("REITITIN", "Yhteystiedot"));
            String register = browser.driver.findElement(By.cssSelector(".mm-contacts")).getText();
            assertTrue(register.contains("Sanoma WSOY") && register.contains("OP-Pohjola"), register);
            browser.screenshotOf(By.cssSelector(".mm-contacts"), "contacts-register");
        }
        JsonNode people = test.as("sanna").json("GET", "/rest/meeting-memo/1.0/people?spaceKey=EDUFUTURA", null, 200).get("people");
        assertTrue(people.toString().contains("Liisa Korhonen"), people.toString());
        String vcard = test.as("sanna").html("/rest/meeting-memo/1.0/people.vcf?spaceKey=EDUFUTURA");
        assertTrue(vcard.contains("FN:Liisa Korhonen") && vcard.contains("ORG:Jyväskylän yliopisto"), vcard);
    }
}
