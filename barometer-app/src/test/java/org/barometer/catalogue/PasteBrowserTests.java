package org.barometer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.barometer.ServerTest;
import org.barometer.account.Accounts;
import org.barometer.account.Role;
import org.barometer.browser.Browser;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
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
 * Ten rows pasted, or a sheet uploaded, into a catalogue in a real browser: previewed, corrected, confirmed, and then in
 * the catalogue; a paste or a file too large is refused before it is sent, and a file sent anyway by the server.
 */
@ServerTest
class PasteBrowserTests {

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
    void anAnalystPastesTenRowsPreviewsThemAndStoresThemAll() {
        issues.insert(Issues.issue(80, IssueStatus.DRAFT), List.of());
        accounts.add("analyst-russia", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        signIn("analyst-russia");
        browser.get(url("/workspace/issues/80/catalogue/russia"));

        StringBuilder rows = new StringBuilder("Date\tEvent\tScore\n");
        for (int day = 1; day <= 10; day++) {
            rows.append(day).append(" April\tPasted event number ").append(day).append('\t').append(day == 7 ? "+5" : day % 2 == 0 ? "1" : "-1").append('\n');
        }
        paste("#pasted", rows.toString());
        find("#paste-rows button[type=submit]").click();

        waitForElement("#pasted");
        assertThat(browser.findElements(By.cssSelector("#pasted tbody tr"))).hasSize(10);
        assertThat(find("#line-8 .problems").getText()).isEqualTo("Line 8: Score +5 is outside the issue's bound -3..+3.");
        assertThat(find("#line-2 .means").getText()).isEqualTo("2023-04-01");
        assertThat(find("#confirm-paste").isEnabled()).isFalse();

        paste("#pasted-again", rows.toString().replace("\t+5\n", "\t+3\n"));
        find("#preview-again").click();
        waitForText("#paste-summary", "10 rows are ready to be stored.");
        find("#confirm-paste").click();

        Browser.waitingUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/catalogue/russia#events"));
        assertThat(find("#events tbody").getText()).contains("Pasted event number 1", "Pasted event number 10");
        assertThat(events.entries(revisions.ref(80).orElseThrow().id(), new Subject("russia", "Russia"))).hasSize(12);
        assertThat(find("#aggregate").getText()).as("+1 stored before, +4 pasted").isEqualTo("+5");
    }

    @Test
    void aTenMegabytePasteIsRefusedInTheBrowserWithItsReasonAndNeverSent() {
        issues.insert(Issues.issue(81, IssueStatus.DRAFT), List.of());
        accounts.add("analyst-russia", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        signIn("analyst-russia");
        browser.get(url("/workspace/issues/81/catalogue/russia"));

        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '5 March\\tTalks\\t1\\n'.repeat(700000);", find("#pasted"));
        find("#paste-rows button[type=submit]").click();

        assertThat(find("#paste-rows .paste-too-large").getText())
                .isEqualTo("The paste is larger than 1 MB; nothing has been stored. Paste fewer rows at a time.");
        assertThat(browser.getCurrentUrl()).endsWith("/workspace/issues/81/catalogue/russia");
        assertThat(events.entries(revisions.ref(81).orElseThrow().id(), new Subject("russia", "Russia"))).hasSize(2);
    }

    @Test
    void anAnalystUploadsASheetPreviewsItsRowsAndStoresThemAll() throws IOException {
        issues.insert(Issues.issue(82, IssueStatus.DRAFT), List.of());
        accounts.add("analyst-russia", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        Path sheet = Files.createTempFile("desk-", ".xlsx");
        Files.write(sheet, Sheets.workbook("Sheet1", List.of(List.of("Date", "Event", "Score"),
                List.of(LocalDate.of(2023, 4, 3), "Uploaded talks", 2), List.of("Mid-April", "Uploaded visit", -1))));
        signIn("analyst-russia");
        browser.get(url("/workspace/issues/82/catalogue/russia"));

        find("#upload-file").sendKeys(sheet.toString());
        find("#upload-rows button[type=submit]").click();

        waitForText("#paste-summary", "2 rows are ready to be stored.");
        assertThat(find("#line-2 .date").getText()).isEqualTo("3 April");
        assertThat(find("#upload-source").getText()).startsWith("Rows read from " + sheet.getFileName());
        find("#confirm-paste").click();
        Browser.waitingUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/catalogue/russia#events"));
        assertThat(find("#events tbody").getText()).contains("Uploaded talks", "Uploaded visit");
        assertThat(events.entries(revisions.ref(82).orElseThrow().id(), new Subject("russia", "Russia"))).hasSize(4);
        Files.delete(sheet);
    }

    @Test
    void aTenMegabyteFileIsRefusedInTheBrowserAndSentAnywayByTheServerWithTheFormLimitsPage() throws IOException {
        issues.insert(Issues.issue(83, IssueStatus.DRAFT), List.of());
        accounts.add("analyst-russia", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        Path large = Files.createTempFile("large-", ".xlsx");
        Files.write(large, new byte[10_000_000]);
        signIn("analyst-russia");
        browser.get(url("/workspace/issues/83/catalogue/russia"));

        find("#upload-file").sendKeys(large.toString());
        find("#upload-rows button[type=submit]").click();
        assertThat(find("#upload-rows .upload-too-large").getText())
                .isEqualTo("The file is larger than 2 MB; nothing has been stored. Upload fewer rows at a time.");
        assertThat(browser.getCurrentUrl()).endsWith("/workspace/issues/83/catalogue/russia");

        // as a browser without the script would send it
        ((JavascriptExecutor) browser).executeScript("arguments[0].removeAttribute('data-max-bytes');", find("#upload-file"));
        find("#upload-rows button[type=submit]").click();
        // over the server's limit for every post: the site's 413 page, as for any form (system/OversizedForms)
        waitForText("main", "The form is larger than 2 MB");
        assertThat(find("main").getText()).contains("nothing was stored");
        assertThat(events.entries(revisions.ref(83).orElseThrow().id(), new Subject("russia", "Russia"))).hasSize(2);
        Files.delete(large);
    }

    /** Puts the text into a field as pasting it does: the whole text at once, tabs and line breaks kept. */
    private void paste(String css, String text) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", find(css), text);
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

    private void waitForText(String css, String text) {
        Browser.waitingUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }
}
