package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The contacts-register picker of memo-guest's "Contacts register entry" (register-id) in the editor's macro browser,
 * in a real browser: the app's web-resource of the macro-browser context replaces the number field with a search of
 * the page's space's register (the REITITIN register the demo's "Yhteystiedot" page lists); picking an entry writes its
 * id into the macro, and the saved memo's guest is linked to that entry although the guest's name is not the entry's.
 * When the register's REST call fails, the plain number field comes back and still works. The host runs the app's
 * script through the same override API as Confluence and shows a misuse of it on the page.
 */
class RegisterPickerInBrowserTest {
    private static TestHost test;

    @BeforeAll
    static void start() { test = TestHost.startOnH2(); }

    @AfterAll
    static void stop() { test.close(); }

    /** A new page holding an empty memo, the cursor inside the memo's body, as the editor shows it. */
    private static WebElement newMemoInEditor(Browser browser, String title) {
        browser.go("/pages/createpage.action?spaceKey=REITITIN");
        browser.driver.findElement(By.id("content-title")).sendKeys(title);
        WebElement body = browser.driver.findElement(By.id("storage-body"));
        browser.js("const t = arguments[0];"
                + " t.value = '<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f\">'"
                + " + '<ac:parameter ac:name=\"title\">' + arguments[1] + '</ac:parameter><ac:parameter ac:name=\"date\">2026-11-27</ac:parameter>'"
                + " + '<ac:rich-text-body><p>Mediayhteistyö.</p>\\n</ac:rich-text-body></ac:structured-macro>';"
                + " const i = t.value.indexOf('</ac:rich-text-body>'); t.focus(); t.setSelectionRange(i, i);", body, title);
        return body;
    }

    private static void openGuestForm(Browser browser) {
        browser.driver.findElement(By.id("insert-macro")).click();
        browser.wait.until(d -> (Boolean) browser.js("return document.getElementById('macro-browser').open"));
        browser.driver.findElement(By.cssSelector(".macro-browser-item[data-macro-name='memo-guest']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#macro-browser-form[data-macro-name='memo-guest']")));
    }

    private static String scriptErrors(Browser browser) {
        return (String) browser.js("const e = document.getElementById('host-script-errors'); return e.hidden ? '' : e.textContent");
    }

    private static long registerId(String space, String name) throws Exception {
        JsonNode people = test.as("petri").json("GET", "/rest/meeting-memo/1.0/people?spaceKey=" + space + "&limit=200", null, 200).get("people");
        for (JsonNode p : people) if (p.get("name").asText().equals(name)) return p.get("id").asLong();
        throw new AssertionError(name + " is not in the " + space + " register: " + people);
    }

    @Test
    void aGuestPickedFromTheRegisterIsSavedWithTheEntrysIdAndLinkedToIt() throws Exception {
        long tiina = registerId("REITITIN", "Tiina Salminen");
        int peopleBefore = test.as("petri").json("GET", "/rest/meeting-memo/1.0/people?spaceKey=REITITIN&limit=200", null, 200).get("people").size();
        String pageId;
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 1000)) {
            browser.login("petri");
            WebElement body = newMemoInEditor(browser, "Sanoman toimittajan tapaaminen");
            openGuestForm(browser);

            // The number field is replaced by the picker; its label is the parameter's, in petri's Finnish.
            WebElement idInput = browser.driver.findElement(By.id("macro-param-register-id"));
            assertFalse(idInput.isDisplayed(), "the entry's number is not typed while the register can be searched");
            WebElement search = browser.driver.findElement(By.cssSelector("#macro-param-div-register-id .mm-register-search"));
            assertEquals("Hae rekisteristä: nimi, organisaatio tai sähköposti", search.getAttribute("placeholder"), "translated by jsI18n");
            browser.driver.findElement(By.id("macro-param-name")).sendKeys("Toimittaja Virtanen");

            search.sendKeys("salmi");
            By option = By.cssSelector("#macro-param-div-register-id .mm-register-option");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(option));
            List<WebElement> options = browser.driver.findElements(option);
            assertEquals(1, options.size(), "only the entry whose name holds the text");
            assertEquals("Tiina Salminen \u2014 Sanoma WSOY", options.get(0).getText(), "Name — Organisation");
            assertEquals(String.valueOf(tiina), options.get(0).getAttribute("data-register-id"));
            browser.screenshot("register-picker-results");
            options.get(0).click();

            assertEquals("Tiina Salminen \u2014 Sanoma WSOY", search.getAttribute("value"));
            assertEquals(String.valueOf(tiina), idInput.getAttribute("value"));
            assertTrue(browser.driver.findElements(option).stream().noneMatch(WebElement::isDisplayed), "the list closes");
            browser.screenshot("register-picker-chosen");
            browser.driver.findElement(By.id("macro-browser-insert")).click();
            browser.wait.until(d -> !(Boolean) browser.js("return document.getElementById('macro-browser').open"));

            String storage = body.getAttribute("value");
            assertTrue(storage.contains("<ac:parameter ac:name=\"name\">Toimittaja Virtanen</ac:parameter>"), storage);
            assertTrue(storage.contains("<ac:parameter ac:name=\"register-id\">" + tiina + "</ac:parameter>"), storage);
            int guest = storage.indexOf("ac:name=\"memo-guest\"");
            assertTrue(guest > storage.indexOf("<ac:rich-text-body>") && guest < storage.indexOf("</ac:rich-text-body>"), "inside the memo: " + storage);
            assertEquals("", scriptErrors(browser), "no script failed");

            browser.driver.findElement(By.id("save")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("viewpage.action"));
            pageId = browser.driver.getCurrentUrl().replaceAll(".*pageId=(\\d+).*", "$1");
        }

        String saved = test.as("petri").json("GET", "/rest/api/content/" + pageId + "?expand=body.storage", null, 200)
                .get("body").get("storage").get("value").asText();
        assertTrue(saved.contains("<ac:parameter ac:name=\"register-id\">" + tiina + "</ac:parameter>"), saved);
        // The register entry lists the new memo, where its guest appears under a name of the author's choosing.
        JsonNode person = test.as("petri").json("GET", "/rest/meeting-memo/1.0/people/" + tiina, null, 200);
        List<String> memoPages = new ArrayList<>();
        person.get("memos").forEach(m -> memoPages.add(m.get("pageId").asText()));
        assertTrue(memoPages.contains(pageId), "the entry lists the memo of page " + pageId + ": " + person.get("memos"));
        assertEquals(peopleBefore, test.as("petri").json("GET", "/rest/meeting-memo/1.0/people?spaceKey=REITITIN&limit=200", null, 200).get("people").size(),
                "the picked entry is used, no new one is added for the guest's name");
    }

    /**
     * From the keyboard: arrow down and Enter pick the entry without inserting the macro; Clear forgets it. An id
     * already stored in a macro (Confluence hands it to the field's setValue when a macro is edited) is shown by the
     * entry's name and organisation.
     */
    @Test
    void theKeyboardPicksClearForgetsAndAStoredIdShowsTheEntrysName() throws Exception {
        long tiina = registerId("REITITIN", "Tiina Salminen");
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 1000)) {
            browser.login("petri");
            newMemoInEditor(browser, "Näppäimistöllä");
            openGuestForm(browser);
            WebElement search = browser.driver.findElement(By.cssSelector("#macro-param-div-register-id .mm-register-search"));
            WebElement idInput = browser.driver.findElement(By.id("macro-param-register-id"));
            search.sendKeys("sanoma wsoy");
            By option = By.cssSelector("#macro-param-div-register-id .mm-register-option");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(option));
            search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
            assertEquals("true", browser.driver.findElement(option).getAttribute("aria-selected"));
            search.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertEquals(String.valueOf(tiina), idInput.getAttribute("value"), "matched by the organisation's name");
            assertEquals("Tiina Salminen \u2014 Sanoma WSOY", search.getAttribute("value"));
            assertTrue((Boolean) browser.js("return document.getElementById('macro-browser').open"), "Enter picked, it did not insert");

            browser.driver.findElement(By.cssSelector("#macro-param-div-register-id .mm-register-clear")).click();
            assertEquals("", idInput.getAttribute("value"));
            assertEquals("", search.getAttribute("value"));

            // Typing after a pick forgets the pick: the text no longer names that entry.
            search.sendKeys("tiina");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(option));
            browser.driver.findElement(option).click();
            search.sendKeys("x");
            assertEquals("", idInput.getAttribute("value"));

            // The override as Confluence calls it for an existing macro, then setValue with the stored id.
            browser.js("const make = AJS.MacroBrowser.getMacroJsOverride('memo-guest').fields.string['register-id'];"
                    + " const field = make({ name: 'register-id', type: { name: 'string' }, required: false, multiple: false });"
                    + " field.paramDiv[0].id = 'stored-entry'; document.body.appendChild(field.paramDiv[0]); field.setValue(arguments[0]);", String.valueOf(tiina));
            browser.wait.until(d -> "Tiina Salminen \u2014 Sanoma WSOY".equals(
                    d.findElement(By.cssSelector("#stored-entry .mm-register-search")).getAttribute("value")));
            assertEquals(String.valueOf(tiina), browser.js("return document.querySelector('#stored-entry input[type=text]').value"));

            // Memo contact has the same picker.
            browser.driver.findElement(By.id("macro-browser-back")).click();
            browser.driver.findElement(By.cssSelector(".macro-browser-item[data-macro-name='memo-contact']")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#macro-param-div-register-id .mm-register-search")));
            assertFalse(browser.driver.findElement(By.id("macro-param-register-id")).isDisplayed());
            assertEquals("", scriptErrors(browser));
        }
    }

    @Test
    void whenTheRegisterCannotBeSearchedThePlainNumberFieldStillWorks() throws Exception {
        long tiina = registerId("REITITIN", "Tiina Salminen");
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 1000)) {
            browser.login("petri");
            WebElement body = newMemoInEditor(browser, "Rekisteri ei vastaa");
            // The register's search fails as a network error would fail it.
            ChromeDriver chrome = (ChromeDriver) browser.driver;
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/rest/meeting-memo/1.0/people*")));
            openGuestForm(browser);
            browser.driver.findElement(By.id("macro-param-name")).sendKeys("Pankin rekrytoija");
            browser.driver.findElement(By.cssSelector("#macro-param-div-register-id .mm-register-search")).sendKeys("tii");

            WebElement idInput = browser.driver.findElement(By.id("macro-param-register-id"));
            browser.wait.until(ExpectedConditions.visibilityOf(idInput));
            String note = browser.driver.findElement(By.cssSelector("#macro-param-div-register-id .mm-register-unavailable")).getText();
            assertEquals("Yhteystietorekisteriä ei voi nyt hakea. Kirjoita merkinnän numero.", note);
            assertFalse(browser.driver.findElement(By.cssSelector("#macro-param-div-register-id .mm-register-search")).isDisplayed());
            browser.screenshot("register-picker-unavailable");
            idInput.sendKeys(String.valueOf(tiina));
            browser.driver.findElement(By.id("macro-browser-insert")).click();
            browser.wait.until(d -> !(Boolean) browser.js("return document.getElementById('macro-browser').open"));
            String storage = body.getAttribute("value");
            assertTrue(storage.contains("<ac:parameter ac:name=\"register-id\">" + tiina + "</ac:parameter>"), storage);
            assertEquals("", scriptErrors(browser), "a failed search is not a script error");
        }
    }

    /**
     * The host is as strict as Confluence, and stricter where Confluence would fail silently: a member of AJS the host
     * does not offer and an override of a parameter the macro lacks fail on the page; a field that is not a
     * {paramDiv, input} pair from ParameterFields stops the form with the reason, and nothing can be inserted.
     */
    @Test
    void misusingTheMacroBrowserApiFailsVisiblyInTheHost() throws Exception {
        try (Browser browser = Browser.open(test.host.baseUri(), 1280, 1000)) {
            browser.login("admin");
            browser.go("/pages/createpage.action?spaceKey=REITITIN");
            browser.js("setTimeout(function () { AJS.$('#content-title'); }, 0);");
            browser.wait.until(d -> scriptErrors(browser).contains("The preview host offers no AJS.$"));
            browser.js("setTimeout(function () { AJS.MacroBrowser.setMacroJsOverride('memo-guest', { fields: { int: { 'register-id': function () {} } } }); }, 0);");
            browser.wait.until(d -> scriptErrors(browser).contains("the macro has no parameter of type \"int\""));

            browser.js("AJS.MacroBrowser.setMacroJsOverride('memo-contact', { fields: { string: { 'register-id': function (param) {"
                    + " const div = document.createElement('div'); const input = document.createElement('input'); div.appendChild(input);"
                    + " return { paramDiv: div, input: input, setValue: function () {} }; } } } });");
            browser.driver.findElement(By.id("insert-macro")).click();
            browser.wait.until(d -> (Boolean) browser.js("return document.getElementById('macro-browser').open"));
            browser.driver.findElement(By.cssSelector(".macro-browser-item[data-macro-name='memo-contact']")).click();
            WebElement message = browser.driver.findElement(By.cssSelector(".macro-browser-message"));
            browser.wait.until(ExpectedConditions.visibilityOf(message));
            assertTrue(message.getText().contains("must return a field made by AJS.MacroBrowser.ParameterFields"), message.getText());
            assertFalse(browser.driver.findElement(By.id("macro-browser-insert")).isEnabled(), "nothing can be inserted");
            assertTrue(scriptErrors(browser).contains("memo-contact / register-id"), scriptErrors(browser));
        }
    }

    /** Without a browser: the editor loads the macro-browser context's script after the host's own, translated for the reader. */
    @Test
    void theEditorLoadsTheMacroBrowserContextsResourcesTranslatedForTheReader() throws Exception {
        String html = test.as("anna").html("/pages/createpage.action?spaceKey=REITITIN");
        String host = "<script src=\"/preview-host/macro-browser.js\"></script>";
        String picker = "<script src=\"/download/resources/io.meetingmemo.confluence:register-picker-resources/register-picker.js\"></script>";
        assertTrue(html.contains(host) && html.contains(picker) && html.indexOf(host) < html.indexOf(picker), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/download/resources/io.meetingmemo.confluence:register-picker-resources/register-picker.css\">"), html);
        assertTrue(html.contains("<meta name=\"ajs-space-key\" content=\"REITITIN\">"), html);

        String viewPage = test.as("anna").html("/pages/viewpage.action?pageId=" + test.pageId("REITITIN", "Yhteystiedot"));
        assertFalse(viewPage.contains("register-picker"), "the macro-browser context is not loaded outside the editor");

        var script = test.as("anna").send("GET", "/download/resources/io.meetingmemo.confluence:register-picker-resources/register-picker.js", null, null);
        assertEquals(200, script.statusCode());
        assertFalse(script.body().contains("AJS.I18n.getText("), "every text is translated");
        assertTrue(script.body().contains("\"S\u00f6k i registret: namn, organisation eller e-post\""), "in anna's Swedish");
        Matcher entry = Pattern.compile("AJS\\.format\\(\"Post \\{0}\",").matcher(script.body());
        assertTrue(entry.find(), "a text with an argument is left to AJS.format");
        assertTrue(script.body().contains("\"Ingen i utrymmets kontaktregister matchar.\""), script.body());
    }
}
