package io.meetingmemo.it.hardening;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium that notices script it did not expect. Before any page script runs, {@code alert},
 * {@code confirm}, {@code prompt} and {@code print} are replaced (through the DevTools protocol) by
 * functions that record the call, and script errors are recorded too; a dialog that still opens fails the
 * next command. {@link #audit} then inspects the rendered page: script that ran, scripts and active
 * elements that should not be there, event-handler attributes and script URLs anywhere, and the layout
 * around the memos.
 */
final class HostileBrowser implements AutoCloseable {
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";

    private static final String HOOKS = """
            (() => {
              const log = [];
              Object.defineProperty(window, '__mmScriptRan', { value: log });
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                const hook = function (...args) { log.push(name + '(' + args.map(String).join(',').slice(0, 120) + ')'); return null; };
                try { Object.defineProperty(window, name, { value: hook, writable: false, configurable: false }); } catch (e) { log.push('cannot hook ' + name); }
              }
              window.addEventListener('error', e => { if (e instanceof ErrorEvent) log.push('script error: ' + e.message); }, true);
            })();
            """;

    /**
     * The audit: returns findings as strings, none when the page is clean. Arguments: the number of memos
     * expected (negative: any), and whether the page's blocks must be sentinels and memos only.
     */
    private static final String AUDIT = """
            const expectedMemos = arguments[0];
            const structure = arguments[1];
            const findings = [];
            const origin = location.origin;
            for (const call of (window.__mmScriptRan || ['hooks missing'])) findings.push('script ran: ' + call);
            for (const s of document.querySelectorAll('script')) {
              if (!s.src || !s.src.startsWith(origin + '/download/resources/')) findings.push('unexpected script: ' + s.outerHTML.slice(0, 160));
            }
            const main = document.getElementById('main-content');
            if (!main) return ['no #main-content'];
            const dangerous = 'iframe,frame,frameset,object,embed,applet,script,style,link,meta,base,form,textarea,select,svg,math,img,video,audio,source,marquee,details,template,noscript,isindex';
            for (const e of main.querySelectorAll(dangerous)) findings.push('active element in the page body: <' + e.tagName.toLowerCase() + '>');
            for (const e of main.querySelectorAll('input')) {
              if (!(e.type === 'checkbox' && e.disabled && e.closest('li.mm-task'))) findings.push('input that is not a task checkbox');
            }
            for (const e of main.querySelectorAll('button')) {
              // The memo's own buttons only: the status toggle, "Send minutes" and "Next meeting" (type=button, its data only in data-*).
              const next = e.classList.contains('mm-next-meeting') && e.type === 'button'
                  && Array.from(e.attributes).every(a => ['type', 'class', 'data-series', 'data-page-id'].includes(a.name));
              // "Send minutes": its data on the enclosing .mm-minutes; at most disabled, with the reason as its title.
              const minutes = e.classList.contains('mm-send-minutes') && e.type === 'button'
                  && Array.from(e.attributes).every(a => ['type', 'class', 'disabled', 'title'].includes(a.name));
              if (!e.classList.contains('mm-status-toggle') && !next && !minutes) findings.push('button that is not the status toggle, Next meeting or Send minutes: <' + e.className + '>');
            }
            for (const e of document.querySelectorAll('*')) {
              for (const a of e.attributes) {
                const n = a.name.toLowerCase();
                if (n.startsWith('on')) findings.push('event handler ' + n + ' on <' + e.tagName.toLowerCase() + '>');
                if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster'].includes(n)
                    && /^\\s*(javascript|vbscript|data|blob):/i.test(a.value)) findings.push('script URL in ' + n + ': ' + a.value.slice(0, 80));
                if (n === 'style' && main.contains(e)) findings.push('style attribute in the page body on <' + e.tagName.toLowerCase() + '>');
              }
            }
            // Layout around the memos: sentinels and memos alternate as direct children of the content, inside it.
            const kids = Array.from(main.children);
            const memos = kids.filter(k => k.matches('section.mm-memo'));
            if (expectedMemos >= 0 && memos.length !== expectedMemos) findings.push('expected ' + expectedMemos + ' memos as direct children of the content, found ' + memos.length);
            if (structure) for (const e of main.querySelectorAll('*')) {
              if (!e.closest('section.mm-memo') && !(e.tagName === 'P' && e.parentElement === main && e.textContent.startsWith('MM-SENTINEL-'))
                  && !e.closest('div.mm-render-error')) {
                findings.push('element outside the memos: <' + e.tagName.toLowerCase() + '> ' + (e.textContent || '').slice(0, 60));
              }
            }
            const box = main.getBoundingClientRect();
            let bottom = -Infinity;
            if (structure) for (const k of kids) {
              const r = k.getBoundingClientRect();
              if (r.left < box.left - 1 || r.right > box.right + 1) findings.push('<' + k.tagName.toLowerCase() + '> sticks out of the content: ' + Math.round(r.left) + '..' + Math.round(r.right) + ' outside ' + Math.round(box.left) + '..' + Math.round(box.right));
              if (structure && r.top < bottom - 1) findings.push('<' + k.tagName.toLowerCase() + '> overlaps the block above it');
              bottom = Math.max(bottom, r.bottom);
            }
            for (const m of memos) {
              const r = m.getBoundingClientRect();
              for (const e of m.querySelectorAll('*')) {
                const s = getComputedStyle(e);
                if (s.position === 'fixed' || s.position === 'sticky') findings.push('positioned ' + s.position + ' element in a memo');
              }
              if (r.height <= 0) findings.push('a memo has no height');
            }
            if (structure && document.scrollingElement.scrollWidth > window.innerWidth + 1) {
              const wide = Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                  .slice(-3).map(e => '<' + e.tagName.toLowerCase() + ' class="' + e.className + '"> ' + (e.textContent || '').slice(0, 40));
              findings.push('the page scrolls sideways: ' + document.scrollingElement.scrollWidth + ' > ' + window.innerWidth + ', widest: ' + wide.join(' | '));
            }
            for (const e of document.querySelectorAll('.host-macro-error')) findings.push('a macro failed to render: ' + e.textContent.slice(0, 160));
            const header = document.querySelectorAll('header.host-header');
            if (header.length !== 1 || header[0].getBoundingClientRect().top !== 0) findings.push('the host header is not intact');
            if (document.querySelectorAll('h1#title-text').length !== 1) findings.push('the page title is not intact');
            return findings;
            """;

    private final ChromeDriver driver;
    private final URI base;

    private HostileBrowser(ChromeDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /** Skips the calling test where chromedriver or Chromium is missing (CI installs both). */
    static HostileBrowser open(URI base) {
        Assumptions.assumeTrue(new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute(),
                "chromedriver or chromium is not installed; browser checks skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic", "--window-size=1280,900");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.DISMISS_AND_NOTIFY);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
        return new HostileBrowser(driver, base);
    }

    HostileBrowser login(String username) {
        driver.get(base.resolve("/login").toString());
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** Loads a page and returns what the audit found (empty when clean), each prefixed with the path. */
    List<String> audit(String path, int expectedMemos, boolean structure) {
        String url = base.resolve(path).toString();
        driver.get(url);
        List<String> findings = new ArrayList<>();
        if (!driver.getCurrentUrl().equals(url)) findings.add("the page navigated away to " + driver.getCurrentUrl());
        Object result = ((JavascriptExecutor) driver).executeScript(AUDIT, expectedMemos, structure);
        if (result instanceof List<?> list) list.forEach(f -> findings.add(path + ": " + f));
        return findings;
    }

    /** Text of the elements a CSS selector finds, in document order, as the reader sees them. */
    @SuppressWarnings("unchecked")
    List<String> texts(String cssSelector) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent);", cssSelector);
    }

    @Override public void close() { driver.quit(); }
}
