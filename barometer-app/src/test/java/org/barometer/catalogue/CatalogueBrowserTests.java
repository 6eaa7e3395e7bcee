package org.barometer.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.barometer.ServerTest;
import org.barometer.account.Accounts;
import org.barometer.account.Role;
import org.barometer.browser.Browser;
import org.barometer.issue.EventContent;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue in a real browser with htmx: checks while typing, adding, editing in place, a conflict, and
 * deleting, all without leaving the page.
 */
@ServerTest
class CatalogueBrowserTests {

    static final String PASSWORD = "a-long-test-password";

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    Entries events;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void takeTheBrowser() {
        browser = Browser.headlessChromium();
    }

    @Test
    void anAnalystWorksOnTheirCatalogueWithoutLeavingThePage() {
        openRussiaOfADraftAsItsAnalyst(51);
        ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");

        type("#add-event [name=date]", "14 May");
        waitForText("#warnings-new", "outside the issue's period");

        clear("#add-event [name=date]");
        type("#add-event [name=date]", "28 April");
        type("#add-event [name=description]", "Railway operators agree on a new timetable");
        type("#add-event [name=score]", "2");
        waitUntil(() -> find("#warnings-new").getText().isEmpty());
        find("#add-event button[type=submit]").click();
        waitForText("#aggregate", "+3");
        assertThat(find("#events tbody").getText()).contains("Railway operators agree on a new timetable");
        assertThat(find("#add-event [name=date]").getAttribute("value")).isEmpty();

        long id = events.entries(revisions.ref(51).orElseThrow().id(), new Subject("russia", "Russia")).get(2).id();
        find("#event-" + id + " a[href$='/edit']").click();
        waitForElement("#event-" + id + " form [name=description]");
        clear("#event-" + id + " [name=score]");
        type("#event-" + id + " [name=score]", "7");
        waitForText("#warnings-edit-" + id, "Score +7 is outside the bound -3..+3");
        find("#event-" + id + " button[type=submit]").click();
        waitForText("#event-" + id + " .field-error", "Score +7 is outside the issue's bound -3..+3.");

        Entry stored = events.entry(revisions.ref(51).orElseThrow().id(), new Subject("russia", "Russia"), id).orElseThrow();
        events.update(revisions.ref(51).orElseThrow().id(), new Subject("russia", "Russia"), id, stored.version(),
                new EventContent(stored.date(), "Railway operators postpone the timetable", "", List.of(), List.of(-1)));
        clear("#event-" + id + " [name=score]");
        type("#event-" + id + " [name=score]", "1");
        find("#event-" + id + " button[type=submit]").click();
        waitForText("#conflict-explanation", "it is now at version 1");
        assertThat(find("#versions").getText()).contains("Railway operators agree on a new timetable", "Railway operators postpone the timetable");
        find("#keep-mine button[type=submit]").click();
        waitForText("#aggregate", "+2");

        find("#event-" + id + " .actions button[type=submit]").click();
        browser.switchTo().alert().accept();
        waitForText("#aggregate", "+1");
        assertThat(browser.findElements(By.id("event-" + id))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
    }

    @Test
    void theCatalogueIsInDateOrderTheCursorGoesBackToDateAndEscCancelsAnEdit() {
        openRussiaOfADraftAsItsAnalyst(52);

        type("#add-event [name=date]", "1 March");
        type("#add-event [name=description]", "Trade mission opens an office");
        type("#add-event [name=score]", "1");
        find("#add-event button[type=submit]").click();
        waitForText("#aggregate", "+2");
        waitUntil(() -> "date-new".equals(browser.switchTo().activeElement().getAttribute("id")));

        browser.switchTo().activeElement().sendKeys("3 March");
        type("#add-event [name=description]", "A second event on the same day");
        type("#add-event [name=score]", "1");
        find("#add-event button[type=submit]").click();
        waitForText("#aggregate", "+3");
        waitUntil(() -> "date-new".equals(browser.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.findElements(By.cssSelector("#events tbody td.date")).stream().map(WebElement::getText).toList())
                .as("by the first day of each date, the same day as entered")
                .containsExactly("1 March", "3 March", "3 March", "Mid-April");
        assertThat(find("#events tbody tr:nth-child(3)").getText()).contains("A second event on the same day");

        long grain = events.entries(revisions.ref(52).orElseThrow().id(), new Subject("russia", "Russia")).get(0).id();
        find("#event-" + grain + " a[href$='/edit']").click();
        waitForElement("#event-" + grain + " form [name=description]");
        clear("#event-" + grain + " [name=description]");
        type("#event-" + grain + " [name=description]", "Typed but never saved");
        find("#event-" + grain + " [name=description]").sendKeys(Keys.ESCAPE);
        waitUntil(() -> browser.findElements(By.cssSelector("#event-" + grain + " form [name=description]")).isEmpty());

        assertThat(find("#event-" + grain).getText()).contains("Ministers agree to build a joint grain terminal").doesNotContain("Typed but never saved");
        assertThat(events.entry(revisions.ref(52).orElseThrow().id(), new Subject("russia", "Russia"), grain).orElseThrow().description())
                .isEqualTo("Ministers agree to build a joint grain terminal");
        waitUntil(() -> browser.switchTo().activeElement().getAttribute("href") != null
                && browser.switchTo().activeElement().getAttribute("href").endsWith("/" + grain + "/edit"));
    }

    @Test
    void aLongUnbrokenWordWrapsInsideItsCellAndTheButtonsStayOnThePage() {
        issues.insert(Issues.issue(53, IssueStatus.DRAFT), List.of());
        accounts.add("editor-53", PASSWORD, Role.EDITOR, Set.of(), false);
        long issue = revisions.ref(53).orElseThrow().id();
        Subject russia = new Subject("russia", "Russia");
        Entry first = events.entries(issue, russia).get(0);
        events.update(issue, russia, first.id(), first.version(), new EventContent(first.date(), "W".repeat(1_000), "Я".repeat(1_000),
                List.of("https://example.org/" + "a".repeat(980)), List.of(1)));
        signIn("editor-53");

        browser.get(url("/workspace/issues/53/catalogue/russia"));

        JavascriptExecutor script = (JavascriptExecutor) browser;
        assertThat(find("#event-" + first.id()).getText()).contains("WWWW");
        assertThat(((Number) script.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                .as("the page is no wider than the window").isLessThanOrEqualTo(0);
        for (WebElement button : browser.findElements(By.cssSelector("#event-" + first.id() + " .actions a, #event-" + first.id() + " .actions button"))) {
            assertThat(((Number) script.executeScript("return arguments[0].getBoundingClientRect().right", button)).doubleValue())
                    .as(button.getText() + " is on the page").isLessThanOrEqualTo(((Number) script.executeScript("return window.innerWidth")).doubleValue());
        }
    }

    @Test
    void alikePublishedEventsAppearBesideTheDescriptionWhileItIsTypedAndNothingIsFilledIn() {
        issues.insert(Issues.issue(50, IssueStatus.PUBLISHED), List.of());
        openRussiaOfADraftAsItsAnalyst(52);

        type("#add-event [name=description]", "New grain terminals");
        waitForText("#suggestions-new", "Their median score: +2");

        assertThat(find("#suggestions-new tbody").getText()).contains("50").contains("Ministers agree to build a joint grain terminal");
        assertThat(find("#add-event [name=score]").getAttribute("value")).as("nothing is filled in").isEmpty();
        assertThat(find("#add-event [name=description]").getAttribute("value")).isEqualTo("New grain terminals");
    }

    private void openRussiaOfADraftAsItsAnalyst(int number) {
        issues.insert(Issues.issue(number, IssueStatus.DRAFT), List.of());
        accounts.add("analyst-russia", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        signIn("analyst-russia");
        browser.get(url("/workspace/issues/" + number + "/catalogue/russia"));
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        type("#username", username);
        type("#password", PASSWORD);
        find("#sign-in").click();
        Browser.waitingUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/workspace"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void type(String css, String text) {
        find(css).sendKeys(text);
    }

    private void clear(String css) {
        find(css).clear();
    }

    private void waitForElement(String css) {
        Browser.waitingUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private void waitForText(String css, String text) {
        Browser.waitingUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        Browser.waitingUpTo(browser, Duration.ofSeconds(10)).until(driver -> condition.getAsBoolean());
    }
}
