package io.meetingmemo.it;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through chromedriver, logged into a preview host. */
final class Browser implements AutoCloseable {
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final WebDriver driver;
    final WebDriverWait wait;
    private final URI base;

    private Browser(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Skips the test where no chromedriver is installed (CI installs it). */
    static Browser open(URI base, int width, int height) {
        Assumptions.assumeTrue(new File(CHROMEDRIVER).canExecute(), "chromedriver is not installed; browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    Browser login(String username) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("login")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    void go(String path) { driver.get(base.resolve(path).toString()); }

    Path screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** A screenshot of the first element found, whole even where it is taller than the window. */
    Path screenshotOf(By element, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, driver.findElement(element).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    /** Lays pages out as on a device this wide (a phone at 375, a tablet at 768), whatever the window. */
    void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Styles pages for print ({@code @media print}) or for the screen again; optionally as if the system were dark. */
    void emulateMedia(boolean print, boolean systemDark) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : "screen",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", systemDark ? "dark" : "light"))));
    }

    /** Prints the current page to PDF (A4, as Chrome's print dialog would) under target/screenshots. */
    Path printToPdf(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        PrintOptions options = new PrintOptions();
        options.setPageSize(org.openqa.selenium.print.PageSize.ISO_A4);
        options.setBackground(true);
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, Base64.getDecoder().decode(((ChromeDriver) driver).print(options).getContent()));
        return file;
    }

    @Override public void close() { driver.quit(); }
}
