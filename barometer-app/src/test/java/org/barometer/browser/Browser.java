package org.barometer.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

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
 * A real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) driven by Selenium,
 * saving a screenshot of each step under target/screenshots/.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String base;
    private final Path screenshots;
    private int step;

    /**
     * A new headless Chromium. The browser tests never skip: without Debian's chromium and chromium-driver
     * (which .ci/run installs) they fail, saying what to install.
     */
    public static WebDriver headlessChromium() {
        return start(options());
    }

    /** A headless Chromium that lays pages out as a phone this many CSS pixels wide does (touch, mobile viewport). */
    public static WebDriver headlessChromiumAsPhone(int width) {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation", java.util.Map.of(
                "deviceMetrics", java.util.Map.of("width", width, "height", 844, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"));
        return start(options);
    }

    private static ChromeOptions options() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=en-GB");
        return options;
    }

    private static WebDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new ChromeDriver(service, options);
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
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser click(By by) {
        find(by).click();
        return this;
    }

    /** Waits until the element's text contains the expected text, then gives the whole text. */
    String waitForText(By by, String expected) {
        // read the text inside the wait: a page that is being replaced may drop the element between two calls
        return new WebDriverWait(driver, Duration.ofSeconds(10))
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
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().equals(base + "/login"));
        return this;
    }

    Browser signOut() {
        click(By.cssSelector("form[action='/logout'] button"));
        // wait for the answer, or the next page opened may be overtaken by the sign-out's redirect
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("signedout"));
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
