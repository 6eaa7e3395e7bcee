package org.barometer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.barometer.ServerTest;
import org.barometer.account.Accounts;
import org.barometer.account.Role;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.issue.StoredEvent;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Double scoring in a real browser: the editor draws a 30% sample of No. 18's Russia catalogue for a second analyst, who
 * scores it blind (the first score is nowhere in the page's source); the editor sets the score of record of a two-point
 * disagreement and publishes; the published issue's reliability note shows alpha with the number of events.
 * Screenshots of every step are under target/screenshots/double-scoring/.
 */
@ServerTest
class DoubleScoringBrowserTests {

    static final String PASSWORD = "a long test password";

    @LocalServerPort
    int port;

    @Autowired
    SampleIssue sample;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    EventStore events;

    @Autowired
    Accounts accounts;

    @Test
    void editorSamplesSecondAnalystScoresBlindEditorDecidesAndPublishesReadersSeeAlpha() {
        sample.loadIntoEmptyStore();
        Issue published = issues.find(17).orElseThrow();
        issues.insert(new Issue(18, published.period(), published.title(), IssueStatus.DRAFT, published.bound(), published.scale(),
                published.catalogues(), published.security(), List.of()), List.of());
        accounts.add("analyst-russia", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        accounts.add("analyst-eu", PASSWORD, Role.ANALYST, Set.of("eu"), false);
        accounts.add("editor", PASSWORD, Role.EDITOR, Set.of(), false);
        Map<String, StoredEvent> russia = events.catalogue(revisions.ref(18).orElseThrow().id(), "russia").stream()
                .collect(Collectors.toMap(StoredEvent::uid, Function.identity()));

        try (Browser browser = new Browser("http://127.0.0.1:" + port, "double-scoring")) {
            browser.signIn("editor", PASSWORD);
            browser.open("/workspace/issues/18/catalogue/russia");
            browser.click(By.id("double-sample"));
            assertThat(browser.find(By.id("share")).getAttribute("value")).isEqualTo("30");
            browser.type(By.id("seed"), "18");
            browser.choose(By.id("coder"), "analyst-eu");
            browser.click(By.id("draw-sample"));
            int sampled = (int) Math.ceil(russia.size() * 0.3);
            browser.waitForCount(By.cssSelector("#events tr.sampled"), sampled);
            assertThat(browser.find(By.id("sample-facts")).getText()).contains("Share 30%", "seed 18", "analyst-eu");
            browser.screenshot("editor-drew-the-sample");
            browser.signOut();

            browser.signIn("analyst-eu", PASSWORD);
            browser.open("/workspace/second");
            browser.click(By.cssSelector("#assignments a"));
            List<String> uids = browser.driverElements(By.cssSelector("section.blind-event")).stream()
                    .map(section -> section.getAttribute("id").substring("event-".length())).toList();
            assertThat(uids).hasSize(sampled);
            String source = browser.source();
            assertThat(source).doesNotContain("analyst-russia");
            for (String uid : uids) {
                // the page carries no score of its own: every score field is empty, and no signed score appears anywhere
                assertThat(browser.find(By.id("second-" + uid + "-score")).getAttribute("value")).isEmpty();
            }
            assertThat(source).doesNotContainPattern(">\\s*[+\u2212-][0-3]\\s*<");
            browser.screenshot("second-analyst-sees-no-first-score");
            String disputed = uids.get(0);
            int first = russia.get(disputed).content().scores().get(0);
            int far = first <= 0 ? first + 2 : first - 2;
            for (String uid : uids) {
                int score = uid.equals(disputed) ? far : russia.get(uid).content().scores().get(0);
                browser.type(By.id("second-" + uid + "-score"), Integer.toString(score));
                browser.click(By.id("score-" + uid));
                browser.waitForText(By.cssSelector("p.notice"), "Score saved.");
            }
            browser.screenshot("second-analyst-scored");
            browser.signOut();

            browser.signIn("editor", PASSWORD);
            browser.open("/workspace/issues/18/double");
            assertThat(browser.find(By.id("dispute-" + disputed)).getText())
                    .contains("First score: " + first, "Second score: " + far);
            browser.type(By.id("record-" + disputed + "-score"), Integer.toString(far));
            browser.type(By.id("reason-" + disputed), "The sources support the second reading");
            browser.click(By.id("decide-" + disputed));
            assertThat(browser.waitForText(By.cssSelector("#dispute-" + disputed + " .decision"), "Decided by editor"))
                    .contains("score of record " + far);
            assertThat(browser.find(By.cssSelector("#reliability-russia .n")).getText()).isEqualTo(Integer.toString(sampled));
            browser.screenshot("editor-decided");

            browser.open("/workspace/issues/18");
            browser.click(By.id("submit"));
            browser.waitForText(By.id("status"), "In review");
            browser.click(By.id("publish"));
            By open = By.cssSelector("form[id^=ack-]");
            browser.waitForText(By.tagName("h1"), "the checklist");
            for (int left = browser.count(open); left > 0; left--) {
                browser.type(By.cssSelector("form[id^=ack-] input[name=reason]"), "Written after publication");
                browser.click(By.cssSelector("form[id^=ack-] button[type=submit]"));
                browser.waitForCount(open, left - 1);
            }
            browser.type(By.cssSelector("#confirm-publish input[name=number]"), "18");
            browser.click(By.id("publish-now"));
            assertThat(browser.waitForText(By.id("status"), "Published")).isEqualTo("Published");

            browser.open("/issues/18");
            String note = browser.find(By.id("reliability-note")).getText();
            assertThat(note).contains("Reliability of the scores", ".800");
            assertThat(browser.find(By.cssSelector("#reliability-note #reliability-russia .n")).getText()).isEqualTo(Integer.toString(sampled));
            assertThat(browser.find(By.cssSelector("#reliability-note #reliability-russia .alpha-ordinal")).getText()).matches("-?[01]\\.\\d{3}");
            browser.screenshot("readers-see-alpha");
        }
    }
}
