package org.barometer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages of double scoring, the codebook, the suggestions and the forecast ledger on a phone 390 CSS pixels wide, in
 * English and Russian: the reader's /forecasts, /codebook, a word search and the issue's reliability note; the second
 * coder's blind page; the suggestions beside the description an analyst types. Nothing runs off the side of the screen.
 * Screenshots are saved under target/screenshots/issue-13/.
 */
@ServerTest
class ReliabilityPhoneBrowserTests {

    private static final int WIDTH = 390;
    private static final String PASSWORD = "a long test password";

    @LocalServerPort
    int port;

    @Autowired
    SampleIssue sample;

    @Autowired
    IssueStore issues;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePagesOfIssueThirteenFitAPhoneInBothLanguages() {
        sample.loadIntoEmptyStore();
        Issue published = issues.find(17).orElseThrow();
        issues.insert(published.withNumberAndPeriod(18, published.period()).withStatus(IssueStatus.DRAFT), List.of());
        accounts.add("analyst-russia", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        accounts.add("second-coder", PASSWORD, Role.REVIEWER, Set.of(), false);
        // Russia's first six events of No. 17 scored a second time, two of them a point lower: the note and a range to show
        for (int number : new int[] {17, 18}) {
            jdbc.sql("insert into double_sample (issue_id, catalogue, share_percent, seed, second_coder, changed_by) "
                    + "select id, 'russia', 30, 7, 'second-coder', 'editor' from issue where issue_number = ?").param(number).update();
        }
        jdbc.sql("""
                insert into second_score (issue_id, event_uid, catalogue, added, coder, score, scored_at)
                select e.issue_id, e.uid, 'russia', 'DRAWN', 'second-coder', case when e.seq < 2 then e.score - 1 else e.score end, current_timestamp
                from event e join issue i on i.id = e.issue_id join relationship r on r.id = e.relationship_id
                where i.issue_number = 17 and r.code = 'russia' and e.seq < 6""").update();
        jdbc.sql("""
                insert into second_score (issue_id, event_uid, catalogue, added, coder, score, scored_at)
                select e.issue_id, e.uid, 'russia', 'DRAWN', null, null, null
                from event e join issue i on i.id = e.issue_id join relationship r on r.id = e.relationship_id
                where i.issue_number = 18 and r.code = 'russia' and e.seq < 6""").update();
        jdbc.sql("insert into codebook_anchor (relationship_code, score, event_uid, rationale, rationale_ru, chosen_by) "
                + "select 'russia', score, uid, ?, ?, 'editor' from event where id = (select min(id) from event where kind = 'relationship' "
                + "and relationship_id = (select id from relationship where code = 'russia'))")
                .params("Talks at the highest level that ended without a signed agreement, https://example.org/a-very-long-unbroken-link-to-a-source",
                        "Переговоры на высшем уровне, завершившиеся без подписанного соглашения, https://example.org/очень-длинная-ссылка-без-пробелов")
                .update();
        jdbc.sql("""
                insert into forecast_statement (issue_id, seq, subject, figure, comparison, threshold_low, threshold_high, colour, about_issue, probability)
                select id, 1, 'russia', 'AGGREGATE', 'BETWEEN', -12, 4, null, 18, '0.7' from issue where issue_number = 17 union all
                select id, 2, 'security', 'LEVEL', 'STAYS_IN', null, null, 'Yellow', 18, null from issue where issue_number = 17""").update();

        try (Browser browser = new Browser("http://127.0.0.1:" + port, "issue-13")) {
            WebDriver phone = Browser.headlessChromiumAsPhone(WIDTH);
            for (String language : List.of("en", "ru")) {
                fits(browser, phone, "/forecasts?lang=" + language, "nav.site-nav", language + "-forecasts");
                fits(browser, phone, "/codebook?lang=" + language, "nav.site-nav", language + "-codebook");
                fits(browser, phone, "/search?q=visit&lang=" + language, "#results", language + "-search-visit");
                fits(browser, phone, "/issues/17?lang=" + language, "#reliability-note", language + "-reliability-note");
                scrollTo(phone, "#reliability-note");
                browser.screenshot(language + "-reliability-note-in-view");
            }
            assertThat(browser.find(By.id("reliability-note")).getText()).contains("Надёжность оценок", "0,800");

            browser.signIn("second-coder", PASSWORD);
            for (String language : List.of("en", "ru")) {
                fits(browser, phone, "/workspace/issues/18/second/russia?lang=" + language, "section.blind-event", language + "-second-coder-blind");
            }
            browser.signOut();

            browser.signIn("analyst-russia", PASSWORD);
            for (String language : List.of("en", "ru")) {
                browser.open("/workspace/issues/18/catalogue/russia?lang=" + language);
                // the sample issue is written in English: a Russian page is shown English events
                browser.type(By.id("description-new"), "Official visit of the foreign minister");
                browser.find(By.cssSelector("#suggestions-new table.suggested"));
                scrollTo(phone, "#suggestions-new");
                assertFits(phone, "suggestions " + language);
                browser.screenshot(language + "-suggestions-beside-the-description");
            }
        }
    }

    /** Opens the page on the phone, waits for an element of it, checks that nothing runs off the side and saves a screenshot. */
    private static void fits(Browser browser, WebDriver phone, String path, String waitFor, String screenshot) {
        browser.open(path);
        browser.find(By.cssSelector(waitFor));
        assertFits(phone, path);
        browser.screenshot(screenshot);
    }

    private static void assertFits(WebDriver phone, String page) {
        JavascriptExecutor script = (JavascriptExecutor) phone;
        Browser.waitingUpTo(phone, Duration.ofSeconds(10)).until(d -> "complete".equals(script.executeScript("return document.readyState")));
        assertThat(script.executeScript(PhoneWidthBrowserTests.BEYOND_THE_EDGE, WIDTH)).as(page + ": beyond the screen's edge").asList().isEmpty();
        assertThat(((Number) script.executeScript("return window.innerWidth")).intValue()).as(page).isEqualTo(WIDTH);
        assertThat(((Number) script.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as(page + ": the page scrolls sideways").isLessThanOrEqualTo(WIDTH);
    }

    private static void scrollTo(WebDriver phone, String selector) {
        ((JavascriptExecutor) phone).executeScript("document.querySelector(arguments[0]).scrollIntoView()", selector);
    }
}
