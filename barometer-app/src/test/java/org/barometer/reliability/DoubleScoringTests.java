package org.barometer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.as;
import static org.barometer.account.TestActors.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.barometer.WebTest;
import org.barometer.account.Accounts;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.audit.ChangeLog;
import org.barometer.catalogue.Issues;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.issue.StoredEvent;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Double scoring through the workspace: the editor draws a sample and names a reviewer, who scores it blind; a
 * disagreement of two points goes to the editor, whose score of record the event takes; bad input changes nothing.
 */
@WebTest
class DoubleScoringTests {

    private static final AtomicInteger NUMBERS = new AtomicInteger(80);

    private static final RequestPostProcessor REVIEWER = as(new Actor("outside-reader", Role.REVIEWER, Set.of(), false));

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    EventStore events;

    @Autowired
    Accounts accounts;

    @Autowired
    ChangeLog changes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecondCodersPageShowsTheEventsButNeitherTheFirstScoreNorTheFirstCoder() throws Exception {
        int n = sampledDraft();
        String path = "/workspace/issues/" + n + "/second/russia";

        String page = withoutTokens(web.perform(get(path).with(REVIEWER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        jdbc.sql("update event set score = case when score > 0 then -3 else 3 end where issue_id = ? and kind = 'relationship'")
                .param(revisions.ref(n).orElseThrow().id()).update();
        String afterTheFirstScoresChanged = withoutTokens(web.perform(get(path).with(REVIEWER)).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("Ministers agree to build a joint grain terminal", "Border crossing closed for repair works",
                "https://example.org/grain", "3 March");
        assertThat(page).doesNotContain("analyst-russia");
        assertThat(afterTheFirstScoresChanged).as("nothing on the page depends on the first score").isEqualTo(page);
        assertThat(Jsoup.parse(web.perform(get(path).param("lang", "ru").with(REVIEWER)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).selectFirst("h1").text()).as("named in the page's language")
                .contains("Россия");
    }

    @Test
    void aTwoPointDisagreementGoesToTheEditorWhoseScoreOfRecordTheEventTakes() throws Exception {
        int n = sampledDraft();
        score(n, "Ministers agree", "0").andExpect(redirectedUrl("/workspace/issues/" + n + "/second/russia#event-" + uid(n, "Ministers agree")));
        score(n, "Border crossing", "-1");

        String overview = page("/workspace/issues/" + n + "/double");
        assertThat(Jsoup.parse(overview).select("[id^=dispute-]")).singleElement().satisfies(dispute ->
                assertThat(dispute.text()).contains("Ministers agree", "First score: 2", "Second score: 0"));
        assertThat(Jsoup.parse(overview).select("#reliability-russia .n").text()).isEqualTo("2");

        web.perform(post("/workspace/issues/" + n + "/double/russia/decide").with(editor()).with(csrf())
                        .param("event", uid(n, "Ministers agree")).param("score", "1").param("reason", "<script>alert(1)</script> both half right"))
                .andExpect(redirectedUrl("/workspace/issues/" + n + "/double"));

        assertThat(event(n, "Ministers agree").content().scores()).containsExactly(1);
        String decided = page("/workspace/issues/" + n + "/double");
        assertThat(decided).contains("&lt;script&gt;alert(1)&lt;/script&gt; both half right").doesNotContain("<script>alert(1)");
        assertThat(Jsoup.parse(decided).select(".decision").text()).contains("Decided by editor: score of record 1");
        Agreement expected = Agreement.of(List.of(new DoubleScore(1, 2, 0), new DoubleScore(2, -1, -1)));
        assertThat(Jsoup.parse(decided).select("#reliability-russia .alpha-ordinal").text())
                .isEqualTo(String.format(java.util.Locale.ENGLISH, "%.3f", expected.alphaOrdinal().getAsDouble()));
        assertThat(Jsoup.parse(decided).select("#reliability-eu .not-measured").text()).startsWith("Not measured");
        assertThat(Jsoup.parse(page("/workspace/issues/" + n)).select("#double-scoring-reliability #reliability-russia .alpha-ordinal").text())
                .as("the issue's page shows the editor the same alpha").isEqualTo(String.format(java.util.Locale.ENGLISH, "%.3f",
                        expected.alphaOrdinal().getAsDouble()));
        assertThat(Jsoup.parse(web.perform(get("/workspace/issues/" + n).with(analyst("russia"))).andReturn().getResponse()
                .getContentAsString()).select("#double-scoring-reliability")).as("not the analyst's").isEmpty();
        assertThat(Jsoup.parse(page("/workspace/issues/" + n + "/history")).text())
                .contains("First score was: +2", "Second score was: 0", "Score of record: +1", "both half right");
    }

    @Test
    void badScoresReasonsAndSharesChangeNothing() throws Exception {
        int n = sampledDraft();
        score(n, "Ministers agree", "0");
        int logged = changes.forIssue(n).size();

        score(n, "Border crossing", "4").andExpect(redirectedUrl("/workspace/issues/" + n + "/second/russia"));
        score(n, "Border crossing", "many");
        web.perform(post("/workspace/issues/" + n + "/double/russia/decide").with(editor()).with(csrf())
                .param("event", uid(n, "Ministers agree")).param("score", "1").param("reason", " ")).andExpect(redirectedUrl("/workspace/issues/" + n + "/double"));
        web.perform(post("/workspace/issues/" + n + "/double/russia/draw").with(editor()).with(csrf()).param("share", "150"))
                .andExpect(redirectedUrl("/workspace/issues/" + n + "/double/russia"));
        web.perform(post("/workspace/issues/" + n + "/double/russia/draw").with(editor()).with(csrf()).param("share", "30")
                .param("coder", "analyst-russia")).andExpect(redirectedUrl("/workspace/issues/" + n + "/double/russia"));

        assertThat(changes.forIssue(n)).hasSize(logged);
        assertThat(event(n, "Ministers agree").content().scores()).containsExactly(2);
        assertThat(jdbc.sql("select count(*) from second_score where issue_id = ? and scored_at is not null")
                .param(revisions.ref(n).orElseThrow().id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(Jsoup.parse(page("/workspace/issues/" + n + "/double/russia")).select("#sample-facts").text())
                .contains("Share 100%", "seed 42", "outside-reader");
    }

    @Test
    void aReviewerReachesOnlyTheirSamples() throws Exception {
        int n = sampledDraft();

        web.perform(get("/workspace").with(REVIEWER)).andExpect(redirectedUrl("/workspace/second"));
        assertThat(Jsoup.parse(web.perform(get("/workspace/second").with(REVIEWER)).andReturn().getResponse().getContentAsString())
                .select("#assignments a").eachAttr("href")).contains("/workspace/issues/" + n + "/second/russia");
        web.perform(get("/workspace/issues/" + n).with(REVIEWER)).andExpect(status().isForbidden());
        web.perform(get("/workspace/issues/" + n + "/catalogue/russia").with(REVIEWER)).andExpect(status().isForbidden());
        web.perform(get("/workspace/issues/" + n + "/double").with(REVIEWER)).andExpect(status().isForbidden());
        web.perform(get("/workspace/issues/" + n + "/second/eu").with(REVIEWER)).andExpect(status().isForbidden());
        web.perform(get("/workspace/issues/" + n + "/second/russia").with(analyst("eu"))).andExpect(status().isForbidden());
        web.perform(get("/workspace/issues/" + n + "/double").with(analyst("eu"))).andExpect(status().isForbidden());
        // the draft is not theirs to read, before or after they have scored: to them it does not exist yet
        web.perform(get("/issues/" + n).with(REVIEWER)).andExpect(status().isNotFound());
        web.perform(get("/issues/" + n + ".pdf").with(REVIEWER)).andExpect(status().isNotFound());
        score(n, "Ministers agree", "2");
        score(n, "Border crossing", "-1");
        web.perform(get("/issues/" + n).with(REVIEWER)).andExpect(status().isNotFound());
        web.perform(get("/issues/" + n + ".pdf").with(REVIEWER)).andExpect(status().isNotFound());
        web.perform(get("/issues/" + n).with(editor())).andExpect(status().isOk());
    }

    @Test
    void thePublishedIssueCarriesTheReliabilityNoteInItsPagePdfApiAndOpenData() throws Exception {
        int n = sampledDraft();
        score(n, "Ministers agree", "0");
        score(n, "Border crossing", "-1");
        web.perform(post("/workspace/issues/" + n + "/double/russia/decide").with(editor()).with(csrf())
                .param("event", uid(n, "Ministers agree")).param("score", "1").param("reason", "Half right each"));
        revisions.changeStatus(revisions.ref(n).orElseThrow(), IssueStatus.PUBLISHED);
        Agreement expected = Agreement.of(List.of(new DoubleScore(1, 2, 0), new DoubleScore(2, -1, -1)));
        String alpha = String.format(java.util.Locale.ENGLISH, "%.3f", expected.alphaOrdinal().getAsDouble());

        org.jsoup.nodes.Document page = Jsoup.parse(web.perform(get("/issues/" + n)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("#reliability-note h2").text()).isEqualTo("Reliability of the scores");
        assertThat(page.select("#reliability-note #reliability-russia .n").text()).isEqualTo("2");
        assertThat(page.select("#reliability-note #reliability-russia .alpha-ordinal").text()).isEqualTo(alpha);
        assertThat(page.select("#reliability-note #reliability-russia .range").text()).as("record +1 -1, with the second scores 0 -1")
                .isEqualTo("0 (-1 … 0)");
        assertThat(page.select("#reliability-note #reliability-eu").text()).contains("Not measured");
        assertThat(page.select("#reliability-note").text()).contains(".800", ".667");

        try (var pdf = org.apache.pdfbox.Loader.loadPDF(web.perform(get("/issues/" + n + ".pdf")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Reliability of the scores", alpha);
        }

        String api = web.perform(get("/api/v1/issues/" + n + "/reliability")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        var json = org.barometer.json.Json.read(api);
        assertThat(json.path("issue").asInt()).isEqualTo(n);
        assertThat(json.path("parts").get(0).path("part").asString()).isEqualTo("russia");
        assertThat(json.path("parts").get(0).path("events").asInt()).isEqualTo(2);
        assertThat(json.path("parts").get(0).path("alphaOrdinal").asDouble()).isEqualTo(expected.alphaOrdinal().getAsDouble());
        assertThat(json.path("parts").get(1).path("alphaOrdinal").isNull()).as("the EU, not measured").isTrue();
        web.perform(get("/api/v1/issues/" + (n + 1000) + "/reliability")).andExpect(status().isNotFound());

        assertThat(web.perform(get("/data/reliability.csv")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(n + ",1,russia,2," + expected.alphaOrdinal().getAsDouble() + ",", n + ",1,eu,0,,,,");
    }

    /** A draft of the invented issue whose whole Russia catalogue (two events) is drawn with seed 42 for the reviewer. */
    private int sampledDraft() throws Exception {
        int n = NUMBERS.incrementAndGet();
        issues.insert(Issues.issue(n, IssueStatus.DRAFT), List.of());
        if (accounts.list().stream().noneMatch(actor -> actor.username().equals("outside-reader"))) {
            accounts.add("outside-reader", "a-long-password", Role.REVIEWER, Set.of(), false);
        }
        web.perform(post("/workspace/issues/" + n + "/double/russia/draw").with(editor()).with(csrf())
                        .param("share", "100").param("seed", "42").param("coder", "outside-reader"))
                .andExpect(redirectedUrl("/workspace/issues/" + n + "/double/russia"));
        return n;
    }

    private org.springframework.test.web.servlet.ResultActions score(int n, String description, String score) throws Exception {
        return web.perform(post("/workspace/issues/" + n + "/second/russia").with(REVIEWER).with(csrf())
                .param("event", uid(n, description)).param("score", score));
    }

    private StoredEvent event(int n, String description) {
        return events.catalogue(revisions.ref(n).orElseThrow().id(), "russia").stream()
                .filter(event -> event.content().description().startsWith(description)).findFirst().orElseThrow();
    }

    private String uid(int n, String description) {
        return event(n, description).uid();
    }

    /** The page without its CSRF tokens, which are new on every request. */
    private static String withoutTokens(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("content=\"[A-Za-z0-9_-]{20,}\"", "");
    }

    private String page(String path) throws Exception {
        return web.perform(get(path).with(editor())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
