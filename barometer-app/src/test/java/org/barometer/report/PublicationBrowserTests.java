package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.barometer.ServerTest;
import org.barometer.browser.Browser;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The published No. 17 in a real Chromium, on a desktop screen and at a phone's width, where nothing may run off the
 * side of the page. Screenshots go to target/screenshots/publication/.
 */
@ServerTest
class PublicationBrowserTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots", "publication");

    @LocalServerPort
    int port;

    @Autowired
    IssueStore store;

    @Autowired
    IssueImport imports;

    @BeforeEach
    void storeTheSample() {
        ReportFixtures.sample(store, imports);
    }

    @Test
    void showsThePublicationWithItsChartsOnADesktopScreen() throws IOException {
        WebDriver browser = Browser.headlessChromium();
        browser.get("http://127.0.0.1:" + port + "/issues/17");
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("figure.chart svg")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("MINSK BAROMETER: Monitoring of foreign policy and regional security");
        List<?> charts = browser.findElements(By.cssSelector("figure.chart svg[role=img]"));
        assertThat(charts).hasSize(5);
        assertThat(browser.findElement(By.cssSelector("#summary table.indices")).getText()).contains("Russia +21* +25* −4");
        List<WebElement> rows = browser.findElements(By.cssSelector("#summary table.indices tbody tr"));
        assertThat(rows.get(0).getText()).as("a row with markers").contains("*");
        assertThat(rows.get(1).getText()).as("a row without").doesNotContain("*");
        assertThat(rows.get(0).getSize().getHeight()).as("markers do not lift their row").isEqualTo(rows.get(1).getSize().getHeight());
        screenshot(browser, "01-desktop");
        browser.findElement(By.id("relationship-russia")).getLocation();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('summary').scrollIntoView()");
        screenshot(browser, "02-desktop-summary");
    }

    @Test
    void nothingRunsOffTheSideOfThePageOnAPhone() throws IOException {
        WebDriver browser = Browser.headlessChromiumAsPhone(390);
        browser.get("http://127.0.0.1:" + port + "/issues/17");
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("figure.chart svg")));
        JavascriptExecutor script = (JavascriptExecutor) browser;

        assertThat(((Number) script.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
        assertThat(((Number) script.executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        @SuppressWarnings("unchecked")
        List<String> wider = (List<String>) script.executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('main *')]
                    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5); })
                    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
        assertThat(wider).as("elements beyond the screen's edge, also inside tables that could scroll").isEmpty();
        assertThat(browser.findElement(By.cssSelector("figure.chart svg")).getSize().getWidth()).isLessThanOrEqualTo(390);
        screenshot(browser, "03-phone");
        script.executeScript("document.getElementById('appendix-security').scrollIntoView()");
        screenshot(browser, "04-phone-security-catalogue");
    }

    private static WebDriverWait wait(WebDriver browser) {
        return Browser.waitingUpTo(browser, Duration.ofSeconds(10));
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
