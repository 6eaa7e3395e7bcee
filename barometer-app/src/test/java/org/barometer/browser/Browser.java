package org.barometer.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * A real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) driven by Selenium,
 * saving a screenshot of each step under target/screenshots/.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM_BINARY = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String base;
    private final Path screenshots;
    private int step;

    /**
     * The headless Chromium of this test run, started on first use and quit when the JVM exits: on a blank page, with
     * no cookies, nothing cached and a desktop's window, whatever the test before did with it. The browser tests never
     * skip: without Debian's chromium and chromium-driver (which .ci/run installs) they fail, saying what to install.
     */
    public static WebDriver headlessChromium() {
        if (!new File(CHROMIUM_BINARY).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        ChromeDriver chromium = Shared.CHROMIUM;
        chromium.get("about:blank");
        chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chromium.executeCdpCommand("Network.clearBrowserCache", Map.of());
        chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chromium.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        chromium.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", Shared.USER_AGENT));
        return chromium;
    }

    /**
     * The same Chromium laying pages out as a phone this many CSS pixels wide does (touch, mobile viewport, a phone's
     * user agent), as chromedriver's mobile emulation does, until the next test takes the browser.
     */
    public static WebDriver headlessChromiumAsPhone(int width) {
        ChromeDriver chromium = (ChromeDriver) headlessChromium();
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 2.0, "mobile", true));
        chromium.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        chromium.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent",
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"));
        return chromium;
    }

    /**
     * Waits up to this long for a condition, looking again every 20 ms: at WebDriverWait's default of every half
     * second, each wait for an answer lasted half a second when the answer took a tenth.
     */
    public static WebDriverWait waitingUpTo(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(20));
    }

    /** Chromium starts in about two seconds; one for all the browser tests of a run. */
    private static final class Shared {
        static final ChromeDriver CHROMIUM = start();
        static final String USER_AGENT = (String) CHROMIUM.executeScript("return navigator.userAgent");

        private static ChromeDriver start() {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM_BINARY);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,1000", "--lang=en-GB");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
            ChromeDriver chromium = new ChromeDriver(service, options);
            Runtime.getRuntime().addShutdownHook(new Thread(chromium::quit));
            return chromium;
        }
    }

    Browser(String base, String name) {
        this.driver = headlessChromium();
        this.base = base;
        this.screenshots = Path.of("target", "screenshots", name);
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement find(By by) {
        return waitingUpTo(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** The page's source as the browser has it now. */
    String source() {
        return driver.getPageSource();
    }

    java.util.List<org.openqa.selenium.WebElement> driverElements(By by) {
        return driver.findElements(by);
    }

    /** Chooses an option of a select by its value. */
    Browser choose(By by, String value) {
        new org.openqa.selenium.support.ui.Select(find(by)).selectByValue(value);
        return this;
    }

    Browser click(By by) {
        find(by).click();
        return this;
    }

    /** Puts the text into a field as pasting it does: the whole text at once, tabs and line breaks kept. */
    Browser paste(By by, String text) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", find(by), text);
        return this;
    }

    /** How many elements the page has now that match, without waiting. */
    int count(By by) {
        return driver.findElements(by).size();
    }

    /** Waits until the page has this many elements that match (a form posted, the page that answers it loaded). */
    void waitForCount(By by, int count) {
        waitingUpTo(driver, Duration.ofSeconds(10)).until(d -> d.findElements(by).size() == count);
    }

    /** Waits until the element's text contains the expected text, then gives the whole text. */
    String waitForText(By by, String expected) {
        // read the text inside the wait: a page that is being replaced may drop the element between two calls
        return waitingUpTo(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    String text = d.findElement(by).getText();
                    return text.contains(expected) ? text : null;
                });
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Saves a numbered screenshot of the page as it is now. */
    Path screenshot(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
        try {
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    Browser signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("sign-in"));
        // a busy machine may still be checking the password when click() returns: wait for the answer
        waitingUpTo(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().equals(base + "/login"));
        return this;
    }

    Browser signOut() {
        click(By.cssSelector("form[action='/logout'] button"));
        // wait for the answer, or the next page opened may be overtaken by the sign-out's redirect
        waitingUpTo(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("signedout"));
        return this;
    }

    /** Leaves the browser to the next test on a blank page, signed out of everything. */
    @Override
    public void close() {
        headlessChromium();
    }
}
