package org.barometer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.barometer.ServerTest;
import org.barometer.account.Accounts;
import org.barometer.account.Role;
import org.barometer.importer.SampleIssue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole issue in a real browser, as issue 12 asks: the editor creates No. 18 from No. 17 with the new-issue form; two
 * analysts each paste ten rows from a spreadsheet and mark their parts ready, the editor marks security's; the checklist
 * shows a date outside the period and the empty relationships; the editor sends Russia back with a comment, the analyst
 * reads it, dates the row again and marks the part ready; the editor submits, acknowledges two empty relationships and
 * removes a third, acknowledges the missing narrative texts and the unmarked parts a kind at a time, and publishes; the
 * home page shows No. 18 with the empty relationships not covered. Screenshots under target/screenshots/whole-issue/.
 */
@ServerTest
class WholeIssueBrowserTests {

    static final String PASSWORD = "a long test password";

    static final String COMMENT = "3 January is outside November–December: please check the date of the consultations";

    @LocalServerPort
    int port;

    @Autowired
    SampleIssue sample;

    @Autowired
    Accounts accounts;

    /** Ten rows as a spreadsheet copies them: a header, then Date, Event, Score separated by tabs. */
    static String rows(String who, List<String> dates, List<Integer> scores) {
        StringBuilder rows = new StringBuilder("Date\tEvent\tScore\n");
        for (int i = 0; i < dates.size(); i++) {
            rows.append(dates.get(i)).append('\t').append(who).append(" event number ").append(i + 1).append('\t').append(scores.get(i)).append('\n');
        }
        return rows.toString();
    }

    @Test
    void editorCreatesNo18AnalystsPasteAndMarkReadyOnePartIsSentBackAndFixedTheEditorPublishesAndReadersSeeWhatIsNotCovered() {
        sample.loadIntoEmptyStore();
        accounts.add("editor", PASSWORD, Role.EDITOR, Set.of(), false);
        accounts.add("analyst-russia", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        accounts.add("analyst-eu", PASSWORD, Role.ANALYST, Set.of("eu"), false);
        accounts.add("analyst-security", PASSWORD, Role.ANALYST, Set.of(), true);

        try (Browser browser = new Browser("http://127.0.0.1:" + port, "whole-issue")) {
            browser.signIn("editor", PASSWORD);
            browser.open("/workspace/issues/new");
            assertThat(browser.find(By.id("number")).getDomProperty("value")).isEqualTo("18");
            browser.type(By.id("title"), "Monitoring of the foreign policy of Belarus, November–December 2020");
            browser.screenshot("editor-new-issue");
            browser.click(By.id("create"));
            assertThat(browser.waitForText(By.id("status"), "Draft")).isEqualTo("Draft");
            browser.screenshot("editor-created-no-18");
            browser.signOut();

            // Russia's third row is dated outside November–December
            paste(browser, "analyst-russia", "russia", rows("Russia",
                    List.of("2 November", "4 November", "3 January", "8 November", "10 November", "12 November", "14 November", "16 November",
                            "18 November", "20 November"),
                    List.of(1, 2, -1, 1, 1, -2, 1, 1, 2, -1)));
            browser.type(By.id("part-russia-note"), "Ten events from the desk's sheet");
            browser.click(By.id("part-russia-ready"));
            assertThat(browser.waitForText(By.id("part-russia-state"), "Ready")).isEqualTo("Ready");
            browser.screenshot("russia-ready");
            browser.signOut();

            paste(browser, "analyst-eu", "eu", rows("EU",
                    List.of("1 December", "3 December", "5 December", "7 December", "9 December", "11 December", "13 December", "15 December",
                            "17 December", "19 December"),
                    List.of(-1, -2, 1, -1, -1, 1, -2, -1, 1, -1)));
            browser.click(By.id("part-eu-ready"));
            assertThat(browser.waitForText(By.id("part-eu-state"), "Ready")).isEqualTo("Ready");
            browser.signOut();

            // the security analyst has nothing this time; the editor, who may mark any part, marks it on the board
            browser.signIn("editor", PASSWORD);
            assertThat(browser.find(By.id("part-security")).getText()).contains("analyst-security", "In progress");
            browser.type(By.id("part-security-note"), "Nothing to report this time");
            browser.click(By.id("part-security-ready"));
            assertThat(browser.waitForText(By.id("part-security-state"), "Ready")).isEqualTo("Ready");
            assertThat(browser.find(By.id("part-russia")).getText()).contains("Ready", "Ten events from the desk's sheet");
            browser.screenshot("editor-board");

            // the editor looks at the checklist before anything is submitted: the date outside the period and the empty relationships
            browser.open("/workspace/issues/18/publish");
            assertThat(browser.find(By.cssSelector("li[id^=finding-date-russia-]")).getText()).contains("3 January");
            assertThat(browser.find(By.id("finding-empty-china")).getText()).contains("China");
            assertThat(browser.find(By.id("finding-empty-ukraine")).getText()).contains("Ukraine");
            browser.screenshot("editor-checklist-before-review");
            browser.open("/workspace");
            browser.type(By.id("part-russia-comment"), COMMENT);
            browser.click(By.id("part-russia-send-back"));
            assertThat(browser.waitForText(By.id("part-russia-state"), "Sent back")).isEqualTo("Sent back");
            browser.screenshot("editor-sent-russia-back");
            browser.signOut();

            browser.signIn("analyst-russia", PASSWORD);
            assertThat(browser.find(By.id("part-russia-comment-text")).getText()).isEqualTo(COMMENT);
            browser.screenshot("analyst-reads-the-comment");
            browser.open("/workspace/issues/18/catalogue/russia");
            browser.click(By.xpath("//tr[td[contains(., 'Russia event number 3')]]//a[contains(@href, '/edit')]"));
            browser.type(By.cssSelector("tr.editing input[name=date]"), "6 November");
            browser.click(By.cssSelector("tr.editing button[type=submit]"));
            browser.waitForCount(By.cssSelector("tr.editing"), 0);
            assertThat(browser.find(By.xpath("//tr[td[contains(., 'Russia event number 3')]]")).getText()).contains("6 November");
            browser.type(By.id("part-russia-note"), "Dated again: 6 November");
            browser.click(By.id("part-russia-ready"));
            assertThat(browser.waitForText(By.id("part-russia-state"), "Ready")).isEqualTo("Ready");
            browser.screenshot("russia-fixed-and-ready");
            browser.signOut();

            browser.signIn("editor", PASSWORD);
            browser.open("/workspace/issues/18");
            browser.click(By.id("submit"));
            assertThat(browser.waitForText(By.id("status"), "In review")).isEqualTo("In review");
            browser.click(By.id("publish"));
            browser.waitForText(By.tagName("h1"), "the checklist");
            assertThat(browser.count(By.cssSelector("li[id^=finding-date-]"))).as("the date was fixed").isZero();
            browser.screenshot("editor-checklist");

            acknowledge(browser, "empty-china", "No analyst for China this time");
            acknowledge(browser, "empty-us", "No analyst for the U.S. this time");
            browser.click(By.cssSelector("#remove-ukraine button[type=submit]"));
            assertThat(browser.waitForText(By.cssSelector("p.notice[role=status]"), "Ukraine"))
                    .isEqualTo("The relationship Ukraine was removed from this issue.");
            browser.screenshot("editor-acknowledged-the-empty-relationships");

            // No. 18's narrative is written after its figures: one reason for every text missing, each kept in the history
            int missing = browser.count(By.cssSelector("li[id^=finding-narrative-]"));
            assertThat(missing).isGreaterThan(20);
            browser.type(By.cssSelector("#acknowledge-kind-narrative-missing input[name=reason]"), "The texts are written after the figures");
            browser.click(By.cssSelector("#acknowledge-kind-narrative-missing button[type=submit]"));
            assertThat(browser.waitForText(By.cssSelector("p.notice[role=status]"), "Acknowledged: " + missing)).isNotEmpty();
            browser.screenshot("editor-acknowledged-every-missing-text");

            // China's, the U.S.'s and the foreword's parts were never marked: one reason for the three
            browser.type(By.cssSelector("#acknowledge-kind-part-not-ready input[name=reason]"), "Not covered, or written by the editor");
            browser.click(By.cssSelector("#acknowledge-kind-part-not-ready button[type=submit]"));
            browser.waitForText(By.cssSelector("p.notice[role=status]"), "Acknowledged: 3");

            acknowledge(browser, "empty-security", "No security event this time");
            acknowledge(browser, "authors", "The authors are named after review");
            assertThat(browser.count(By.cssSelector("form[id^=ack-], form[id^=acknowledge-kind-]"))).isZero();
            browser.screenshot("editor-nothing-open");
            browser.type(By.cssSelector("#confirm-publish input[name=number]"), "18");
            browser.click(By.id("publish-now"));
            assertThat(browser.waitForText(By.id("status"), "Published")).isEqualTo("Published");
            browser.screenshot("editor-published");

            browser.open("/workspace/issues/18/history?relationship=russia");
            assertThat(browser.find(By.id("history")).getText()).contains("Russia: sent back", "Comment: " + COMMENT);
            browser.screenshot("history-says-the-comment");
            browser.signOut();

            browser.open("/");
            assertThat(browser.waitForText(By.tagName("h2"), "Issue No. 18")).contains("Issue No. 18");
            String indices = browser.find(By.id("indices")).getText();
            assertThat(indices).contains("Russia 10 +5 +9 -4", "the EU 10 -6 +3 -9", "China Not covered in this issue",
                    "the U.S. Not covered in this issue");
            assertThat(browser.count(By.xpath("//table[@id='indices']//tr[th[contains(., 'China')]]/td[contains(@class, 'change')]")))
                    .as("no change computed for a relationship not covered").isZero();
            browser.screenshot("home-shows-no-18");
        }
    }

    /** Acknowledges one finding of the checklist with the reason given and waits for the checklist to come back without its form. */
    private static void acknowledge(Browser browser, String key, String reason) {
        browser.type(By.cssSelector("#ack-" + key + " input[name=reason]"), reason);
        browser.click(By.cssSelector("#ack-" + key + " button[type=submit]"));
        browser.waitForCount(By.id("ack-" + key), 0);
    }

    /** Signs in as the analyst, pastes the rows into their catalogue, previews them and stores all ten. */
    private static void paste(Browser browser, String analyst, String code, String rows) {
        browser.signIn(analyst, PASSWORD);
        browser.open("/workspace/issues/18/catalogue/" + code);
        browser.paste(By.id("pasted"), rows);
        browser.click(By.cssSelector("#paste-rows button[type=submit]"));
        assertThat(browser.waitForText(By.id("paste-summary"), "10 rows are ready to be stored.")).isNotEmpty();
        browser.screenshot(code + "-paste-preview");
        browser.click(By.id("confirm-paste"));
        assertThat(browser.find(By.id("events")).getText()).contains("event number 1", "event number 10");
        browser.screenshot(code + "-pasted");
    }
}
