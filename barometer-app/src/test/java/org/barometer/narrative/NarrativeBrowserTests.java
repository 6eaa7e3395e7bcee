package org.barometer.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.barometer.ServerTest;
import org.barometer.account.Accounts;
import org.barometer.account.Role;
import org.barometer.browser.Browser;
import org.barometer.catalogue.Issues;
import org.barometer.issue.IssueStore;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Leaving a narrative with text that is not saved asks first, in a real browser: the page's answer to the browser's
 * question "may I leave?" (its beforeunload event) while text is typed, after a preview, after saving. The question
 * itself is answered by chromedriver without showing it, so the test asks the page as the browser does.
 */
@ServerTest
class NarrativeBrowserTests {

    static final String PASSWORD = "a-long-test-password";
    static final String TEXTAREA = "textarea[name='body.trends.en']";

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    IssueStore issues;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void takeTheBrowser() {
        browser = Browser.headlessChromium();
    }

    @Test
    void leavingWithUnsavedTextAsksFirstAndSavedTextLeavesWithoutAsking() {
        issues.insert(Issues.issue(61, IssueStatus.DRAFT), List.of());
        accounts.add("analyst-russia", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        signIn("analyst-russia");

        browser.get(url("/workspace/issues/61/narrative/russia"));
        assertThat(asksBeforeLeaving()).as("nothing typed").isFalse();

        find(TEXTAREA).sendKeys("1. Trade grew, as the analyst wrote before leaving.");
        assertThat(asksBeforeLeaving()).as("text typed and not saved").isTrue();

        find(TEXTAREA).clear();
        assertThat(asksBeforeLeaving()).as("the typed text taken back").isFalse();

        find(TEXTAREA).sendKeys("1. Trade grew, as the analyst wrote before leaving.");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('form.narrative').addEventListener('submit', function (e) { e.preventDefault(); });");
        find("#save").click();
        assertThat(asksBeforeLeaving()).as("saving the form leaves without asking").isFalse();

        browser.get(url("/workspace/issues/61/narrative/russia"));
        find(TEXTAREA).sendKeys("1. Trade grew, as the analyst wrote before leaving.");
        find("#preview").click();
        waitForElement("form.narrative[data-unsaved]");
        assertThat(find(TEXTAREA).getAttribute("value")).contains("Trade grew");
        assertThat(asksBeforeLeaving()).as("a preview is not saved").isTrue();

        find("#save").click();
        waitForElement("form.narrative:not([data-unsaved])");
        assertThat(find(TEXTAREA).getAttribute("value")).contains("Trade grew");
        assertThat(asksBeforeLeaving()).as("the text was saved").isFalse();
    }

    /** What the page answers when the browser asks whether it may leave: true when it asks the reader first. */
    private boolean asksBeforeLeaving() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var leaving = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(leaving); return leaving.defaultPrevented;");
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();
        Browser.waitingUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/workspace"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void waitForElement(String css) {
        Browser.waitingUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }
}
