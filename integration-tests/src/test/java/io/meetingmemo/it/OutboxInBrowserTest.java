package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The host's Outbox in a real browser (headless Chromium) after the reminder run on demo data: the host administrator
 * moves the clock to 1 December 2026, 7:30, runs the due jobs, and the Outbox shows each reminder the SMTP server
 * received, its HTML in a sandboxed frame beside its text. The screenshot is the README's (docs/images/outbox.png).
 */
class OutboxInBrowserTest {
    @Test
    void theOutboxShowsTheRemindersOfTheDemoDataAfterTheClockPassesTheReminderHour() throws Exception {
        try (TestHost test = TestHost.startOnH2();
             Browser browser = Browser.open(test.host.baseUri(), 1280, 1000)) {
            TestHost.Client admin = test.as("admin");
            admin.json("POST", "/rest/preview/1.0/clock", TestHost.JSON.createObjectNode().put("now", "2026-12-01T07:30"), 200);
            admin.json("POST", "/rest/preview/1.0/scheduler/run-due", TestHost.JSON.createObjectNode(), 200);
            admin.json("POST", "/rest/preview/1.0/mail/flush", TestHost.JSON.createObjectNode(), 200);

            browser.login("admin").go("/preview-host/outbox");
            List<WebElement> mails = browser.driver.findElements(By.cssSelector(".outbox-mail"));
            assertFalse(mails.isEmpty(), "the demo data's reminders are in the Outbox");
            String first = mails.get(0).getText();
            assertTrue(first.contains("List-Unsubscribe"), first);
            WebElement frame = mails.get(0).findElement(By.cssSelector("iframe"));
            assertTrue(frame.getAttribute("sandbox") != null, "the mail's HTML runs nothing");
            Path shot = browser.screenshot("outbox");
            assertTrue(java.nio.file.Files.size(shot) > 10_000, shot.toString());
        }
    }
}
