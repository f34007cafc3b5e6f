package io.meetingmemo.it;

import static io.meetingmemo.testsupport.Storage.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The tracker's administration page in a real browser (headless Chromium): memos that were on pages before the app
 * was installed (no page event ever reached it) get their records and items when an administrator runs the re-sync,
 * which shows its progress and ends with what it did. Only administrators reach the page or see its link.
 */
class TrackerAdminInBrowserTest {
    private static final String ADMIN_PAGE = "/plugins/servlet/meeting-memo/admin";
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    private static String memo(String id, String title, String date, String... actions) {
        return "<ac:structured-macro ac:name=\"meeting-memo\" ac:macro-id=\"" + id + "\"><ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter><ac:parameter ac:name=\"series\">vanha-sarja</ac:parameter>"
                + "<ac:rich-text-body>" + String.join("", actions) + "</ac:rich-text-body></ac:structured-macro>";
    }

    @Test
    void anAdministratorsReSyncGivesMemosFromBeforeTheInstallTheirRecordsAndShowsItsProgress() throws Exception {
        // Written straight into the page store: as if saved before the app was installed.
        for (int i = 1; i <= 3; i++) {
            test.host.pages().store().insert("REITITIN", "Vanha muistio " + i, memo("old-" + i, "Vanha " + i, "2025-0" + i + "-10",
                    action("old-" + i + "-a", "eeva", null, "Vanha tehtävä " + i)), "admin");
        }
        assertEquals(0, memos("vanha-sarja").size(), "the tracker has never seen them");

        try (Browser browser = Browser.open(test.host.baseUri(), 1200, 1000)) {
            browser.login("admin");
            browser.go(ADMIN_PAGE);
            assertTrue(browser.driver.findElements(By.cssSelector("a[href$='" + ADMIN_PAGE + "']")).size() > 0,
                    "administrators see the link to the page");
            browser.driver.findElement(By.cssSelector(".mm-resync-start")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.cssSelector(".mm-resync-start")).isEnabled()
                    && !d.findElement(By.cssSelector(".mm-resync-status")).getText().isBlank());
            String status = browser.driver.findElement(By.cssSelector(".mm-resync-status")).getText();
            browser.screenshot("tracker-admin-resync");
            assertTrue(status.matches("(?s).*(Done|Valmis|Klart).*"), status);
            var progress = browser.driver.findElement(By.cssSelector(".mm-resync-progress"));
            assertEquals(progress.getAttribute("max"), progress.getAttribute("value"), "the bar is full");
        }
        assertEquals(3, memos("vanha-sarja").size(), "the memos have their records");
        assertEquals(3, test.as("admin").json("GET", "/rest/meeting-memo/1.0/action-items?series=vanha-sarja", null, 200).get("items").size());

        // Others: 403, and no link.
        assertEquals(403, test.as("eeva").send("GET", ADMIN_PAGE, null, null).statusCode());
        assertTrue(!test.as("eeva").html("/plugins/servlet/meeting-memo/my-action-items").contains(ADMIN_PAGE), "no link for non-administrators");
    }

    private static JsonNode memos(String series) throws Exception {
        return test.as("admin").json("GET", "/rest/meeting-memo/1.0/memos?series=" + series, null, 200).get("memos");
    }
}
