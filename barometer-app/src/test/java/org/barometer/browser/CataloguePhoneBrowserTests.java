package org.barometer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.barometer.ServerTest;
import org.barometer.account.Accounts;
import org.barometer.account.Role;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace's catalogue of a draft, with the sample issue's long descriptions and sources, on a phone 390 CSS
 * pixels wide, in English and Russian: the page never scrolls sideways, each event's Score, Edit and Delete are on
 * the screen, and the edit and add forms fit. Screenshots are saved under target/screenshots/phone-catalogue/.
 */
@ServerTest
class CataloguePhoneBrowserTests {

    private static final int WIDTH = 390;
    private static final String PASSWORD = "a-long-test-password";

    @LocalServerPort
    int port;

    @Test
    void theCatalogueFitsAPhoneAndEveryEventCanBeEdited(@Autowired SampleIssue sample, @Autowired IssueStore issues,
                                                        @Autowired Accounts accounts) {
        sample.loadIntoEmptyStore();
        Issue published = issues.find(17).orElseThrow();
        Issue draft = published.withNumberAndPeriod(90, published.period()).withStatus(IssueStatus.DRAFT);
        issues.insert(withALongSourceFirst(draft), List.of());
        accounts.add("editor-phone", PASSWORD, Role.EDITOR, Set.of(), false);
        try (Browser browser = new Browser("http://127.0.0.1:" + port, "phone-catalogue")) {
            browser.signIn("editor-phone", PASSWORD);
            WebDriver phone = Browser.headlessChromiumAsPhone(WIDTH);
            browser.signIn("editor-phone", PASSWORD);
            JavascriptExecutor script = (JavascriptExecutor) phone;
            for (String language : List.of("en", "ru")) {
                for (String catalogue : List.of("catalogue/russia", "security")) {
                    String page = catalogue + " " + language;
                    browser.open("/workspace/issues/90/" + catalogue + "?lang=" + language);
                    WebElement edit = browser.find(By.cssSelector("#events tbody tr td.actions a[href$='/edit']"));
                    script.executeScript("document.querySelector('#events tbody tr').scrollIntoView()");
                    browser.screenshot(language + "-" + catalogue.replace('/', '-'));
                    assertFits(script, page);
                    WebElement row = phone.findElement(By.cssSelector("#events tbody tr"));
                    for (WebElement control : List.of(edit, row.findElement(By.cssSelector("td.actions button")), row.findElement(By.cssSelector("td.score")))) {
                        assertThat(control.isDisplayed()).as(page).isTrue();
                        assertThat(control.getRect().getX() + control.getRect().getWidth()).as(page + ": " + control.getText()).isLessThanOrEqualTo(WIDTH);
                        assertThat(control.getRect().getX()).as(page).isGreaterThanOrEqualTo(0);
                    }

                    Browser.waitingUpTo(phone, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(edit)).click();
                    script.executeScript("arguments[0].scrollIntoView()", browser.find(By.cssSelector("#events tr.editing form")));
                    assertFits(script, page + ", editing");
                    WebElement save = browser.find(By.cssSelector("#events tr.editing button[type=submit]"));
                    assertThat(save.getRect().getX() + save.getRect().getWidth()).as(page + ": Save").isLessThanOrEqualTo(WIDTH);
                    browser.screenshot(language + "-" + catalogue.replace('/', '-') + "-editing");
                    script.executeScript("document.getElementById('add-event').scrollIntoView()");
                    browser.screenshot(language + "-" + catalogue.replace('/', '-') + "-add");
                }
            }
        }
    }

    /** The issue with its first Russia event citing a long unbroken link, as pasted from a search, and a long Russian text. */
    private static Issue withALongSourceFirst(Issue issue) {
        List<Catalogue> catalogues = issue.catalogues().stream().map(catalogue -> {
            if (!catalogue.relationship().code().equals("russia")) {
                return catalogue;
            }
            List<Event> events = new ArrayList<>(catalogue.events());
            Event first = events.get(0);
            events.set(0, new Event(first.date(), first.description(), first.score(), "Длинное описание события ".repeat(8).strip(),
                    List.of("https://example.org/" + "a-very-long-path-segment-".repeat(8) + "?query=" + "x".repeat(60))));
            return new Catalogue(catalogue.relationship(), events);
        }).toList();
        return new Issue(issue.number(), issue.period(), issue.title(), issue.status(), issue.bound(), issue.scale(), catalogues,
                issue.security(), issue.stated());
    }

    private static void assertFits(JavascriptExecutor script, String page) {
        assertThat(((Number) script.executeScript("return window.innerWidth")).intValue()).as(page).isEqualTo(WIDTH);
        assertThat(((Number) script.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as(page + ": the page scrolls sideways").isLessThanOrEqualTo(WIDTH);
    }
}
