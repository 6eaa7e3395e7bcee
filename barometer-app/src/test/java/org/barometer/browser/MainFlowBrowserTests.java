package org.barometer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.barometer.ServerTest;
import org.barometer.account.Accounts;
import org.barometer.account.Role;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueStore;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace's main flow in a real browser: an analyst signs in, adds an event, sees the index change and
 * marks their part ready; the editor signs in, sees it on the board, submits the issue for review, acknowledges each finding on the checklist and publishes it; the public home page shows the new figure.
 * Screenshots of every step are under target/screenshots/main-flow/.
 */
@ServerTest
class MainFlowBrowserTests {

    static final String PASSWORD = "a long test password";

    @LocalServerPort
    int port;

    @Autowired
    SampleIssue sample;

    @Autowired
    IssueStore issues;

    @Autowired
    Accounts accounts;

    @Test
    void analystAddsAnEventAndMarksTheirPartReadyEditorSubmitsAndPublishesReadersSeeTheNewFigure() {
        sample.loadIntoEmptyStore();
        Issue published = issues.find(17).orElseThrow();
        // No. 18 is made in Barometer from No. 17's catalogues: its figures are its catalogues' sums, it states none of its own
        issues.insert(new Issue(18, published.period(), published.title(), IssueStatus.DRAFT, published.bound(), published.scale(),
                published.catalogues(), published.security(), List.of()), List.of());
        accounts.add("analyst-russia", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        accounts.add("editor", PASSWORD, Role.EDITOR, Set.of(), false);

        try (Browser browser = new Browser("http://127.0.0.1:" + port, "main-flow")) {
            browser.signIn("analyst-russia", PASSWORD);
            assertThat(browser.currentPath()).isEqualTo("/workspace");
            browser.screenshot("analyst-signed-in");

            browser.open("/workspace/issues/18/catalogue/russia");
            assertThat(browser.waitForText(By.id("aggregate"), "+23")).contains("+23");
            browser.screenshot("russia-catalogue-before");

            browser.type(By.cssSelector("#add-event [name=date]"), "5 October");
            browser.type(By.cssSelector("#add-event [name=description]"), "Transport ministers sign a transit protocol");
            browser.type(By.cssSelector("#add-event [name=score]"), "2");
            browser.click(By.cssSelector("#add-event button[type=submit]"));
            assertThat(browser.waitForText(By.id("aggregate"), "+25")).contains("+25");
            assertThat(browser.find(By.id("events")).getText()).contains("Transport ministers sign a transit protocol");
            browser.screenshot("russia-catalogue-after");

            browser.type(By.id("part-russia-note"), "One transit protocol added");
            browser.click(By.id("part-russia-ready"));
            assertThat(browser.waitForText(By.id("part-russia-state"), "Ready")).isEqualTo("Ready");
            browser.screenshot("russia-marked-ready");
            browser.signOut();

            browser.signIn("editor", PASSWORD);
            assertThat(browser.find(By.id("part-russia")).getText()).contains("Ready", "One transit protocol added");
            browser.screenshot("editor-board");
            browser.open("/workspace/issues/18");
            browser.click(By.id("submit"));
            assertThat(browser.waitForText(By.id("status"), "In review")).isEqualTo("In review");
            browser.screenshot("submitted-for-review");
            browser.click(By.id("publish"));
            // the checklist: No. 18 has no narrative or author yet, and the EU's score of -4; the editor lets each finding stand
            By open = By.cssSelector("form[id^=ack-]");
            browser.waitForText(By.tagName("h1"), "the checklist");
            browser.screenshot("publish-checklist");
            for (int left = browser.count(open); left > 0; left--) {
                browser.type(By.cssSelector("form[id^=ack-] input[name=reason]"), "Written after publication");
                browser.click(By.cssSelector("form[id^=ack-] button[type=submit]"));
                browser.waitForCount(open, left - 1);
            }
            browser.type(By.cssSelector("#confirm-publish input[name=number]"), "18");
            browser.click(By.id("publish-now"));
            assertThat(browser.waitForText(By.id("status"), "Published")).isEqualTo("Published");
            browser.screenshot("editor-published");

            browser.open("/");
            assertThat(browser.waitForText(By.tagName("h2"), "Issue No. 18")).contains("Issue No. 18");
            assertThat(browser.find(By.id("indices")).getText()).contains("Russia 25 +25 +29 -4");
            browser.screenshot("home-shows-the-new-figure");
        }
    }
}
