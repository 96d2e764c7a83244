package io.stint.itest.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through its ChromeDriver (no driver download: both paths are
 * given), with the flags that keep it off the network, a private profile and a download folder.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getenv().getOrDefault("STINT_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("STINT_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("stint.screenshots", "target/screenshots"));

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final StintServer server;

    private Browser(StintServer server, int width, int height) throws IOException {
        this.server = server;
        this.profile = Files.createTempDirectory("stint-chromium-");
        this.downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.resolve("profile"));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("plugins.always_open_pdf_externally", true);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** A laptop-sized window on the server. */
    public static Browser open(StintServer server) throws IOException {
        return new Browser(server, 1366, 900);
    }

    /**
     * A window of the given size, e.g. a phone's 390 × 844. Headless Chromium keeps windows at least
     * 500 px wide, so the page's viewport is set to the size through the DevTools protocol as well.
     */
    public static Browser open(StintServer server, int width, int height) throws IOException {
        Browser browser = new Browser(server, width, height);
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        return browser;
    }

    /** Loads a page of the UI, e.g. {@code go("/#/timer")}. */
    public Browser go(String path) {
        driver.get(server.url(path));
        return this;
    }

    /** Signs in through the form and waits for the menu to be built. */
    public Browser signIn(String username, String password) {
        go("/");
        WebElement user = waitFor(By.id(labelledControl("Username")));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.id(labelledControl("Password")));
        pass.sendKeys(password);
        driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        // Present, not visible: at phone width the menu waits behind its button.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav-list a")));
        return this;
    }

    /** The id of the control a visible label names (labels use for=). */
    public String labelledControl(String label) {
        WebElement l = waitFor(By.xpath("//label[normalize-space(.)='" + label + "']"));
        return l.getAttribute("for");
    }

    /** The control a label names, in the given container (or the page). */
    public WebElement field(String label) {
        return driver.findElement(By.id(labelledControl(label)));
    }

    /** A button by its visible text or aria-label, waiting until it is clickable. */
    public WebElement button(String name) {
        By by = By.xpath("//button[normalize-space(.)='" + name + "' or @aria-label='" + name + "']");
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Confirms the open confirmation dialog. */
    public void confirm() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("dialog[open] button.danger"))).click();
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits for a condition; elements the page redraws meanwhile (stale) count as "not yet". */
    public <T> T waitUntil(Function<WebDriver, T> condition, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /** Waits until some element matching {@code by} shows {@code text}. */
    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** The menu entries' page ids, in order. */
    public List<String> menu() {
        return driver.findElements(By.cssSelector("#nav-list a")).stream().map(a -> a.getAttribute("data-page")).toList();
    }

    /** Saves a PNG of the window as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Waits for a finished download whose name ends with {@code suffix}. */
    public Path download(String suffix, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no *" + suffix + " downloaded within " + seconds + " s");
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            StintServer.deleteTree(profile);
        }
    }
}
