package org.barometer.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * With a draft issue, an issue in review and an unpublished correction of the published No. 17 in the store, no
 * public page or download shows anything of them.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoDraftLeaksTests {

    static final List<String> UNPUBLISHED = List.of("DRAFT-ONLY-EVENT", "DRAFT-ONLY-TITLE", "Atlantis", "atlantis-draft",
            "REVIEW-ONLY-EVENT", "REVIEW-ONLY-TITLE", "CORRECTION-ONLY-EVENT", "DRAFT-ONLY-SECURITY", "No. 18", "No. 19");

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore store;

    @Autowired
    Revisions revisions;

    @Autowired
    SampleIssue sample;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void storeUnpublishedMaterialBesideTheSample() {
        sample.loadIntoEmptyStore();
        store.insert(issue(18, "DRAFT-ONLY-TITLE", "DRAFT-ONLY-EVENT", IssueStatus.DRAFT), List.of());
        store.insert(issue(19, "REVIEW-ONLY-TITLE", "REVIEW-ONLY-EVENT", IssueStatus.IN_REVIEW), List.of());
        IssueRef correction = revisions.copyAsCorrection(revisions.ref(17).orElseThrow(), "a correction not yet published");
        jdbc.sql("update event set description = 'CORRECTION-ONLY-EVENT', description_ru = 'CORRECTION-ONLY-EVENT', score = -3 where issue_id = ? and kind = 'relationship'")
                .param(correction.id()).update();
        // a forecast statement made in the draft: the ledger shows only those of published revisions
        jdbc.sql("insert into forecast_statement (issue_id, seq, subject, figure, comparison, threshold_low, about_issue) "
                + "values (?, 1, 'atlantis-draft', 'AGGREGATE', 'ABOVE', 0, 19)").param(revisions.ref(18).orElseThrow().id()).update();
    }

    @Test
    void noPublicPageOrDownloadShowsADraftAnIssueInReviewOrAnUnpublishedCorrection() throws Exception {
        Map<String, Integer> statuses = PublicPaths.inOrder(Map.entry("/", 200), Map.entry("/?lang=ru", 200),
                Map.entry("/issues", 200), Map.entry("/issues?lang=ru", 200), Map.entry("/relationships/russia", 200),
                Map.entry("/relationships/atlantis-draft", 404), Map.entry("/security", 200), Map.entry("/security?lang=ru", 200),
                Map.entry("/method", 200), Map.entry("/issues/17.xlsx", 200), Map.entry("/issues/18.xlsx", 404),
                Map.entry("/issues/19.xlsx", 404), Map.entry("/api/v1/issues/17/reliability", 200),
                Map.entry("/api/v1/issues/18/reliability", 404), Map.entry("/api/v1/issues/19/reliability", 404),
                Map.entry("/forecasts", 200), Map.entry("/forecasts?lang=ru", 200), Map.entry("/api/v1/forecasts", 200),
                Map.entry("/codebook", 200), Map.entry("/codebook?lang=ru", 200));
        statuses.putAll(PublicPaths.SEARCHES);
        statuses.putAll(PublicPaths.DOWNLOADS);
        for (Map.Entry<String, Integer> expected : statuses.entrySet()) {
            String path = expected.getKey();
            MvcResult result = web.perform(get(path)).andReturn();
            String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(expected.getValue());
            for (String unpublished : UNPUBLISHED) {
                assertThat(body).as(path + " shows " + unpublished).doesNotContain(unpublished);
            }
        }
    }

    @Test
    void thePublishedIssueIsShownAsPublishedDespiteItsDraftCorrection() throws Exception {
        String home = web.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Issue No. 17").contains("+23");
        String relationship = web.perform(get("/relationships/russia")).andReturn().getResponse().getContentAsString();
        assertThat(relationship).contains("Sochi");
        String security = web.perform(get("/security")).andReturn().getResponse().getContentAsString();
        assertThat(security).contains("/issues/17").doesNotContain("/issues/18").doesNotContain("/issues/19");
        assertThat(web.perform(get("/relationships/atlantis-draft")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    static Issue issue(int number, String title, String text, IssueStatus status) {
        Period period = Period.of("2020-11", "2020-12");
        Catalogue catalogue = new Catalogue(new Relationship("atlantis-draft", "Atlantis"),
                List.of(new Event(DateExpression.parse("5 November", period), text + " near Sochi", -2, text + " в Сочи", List.of())));
        SecurityCatalogue security = new SecurityCatalogue(List.of(new SecurityEvent(DateExpression.parse("6 November", period),
                "DRAFT-ONLY-SECURITY exercise", -1, -1, "DRAFT-ONLY-SECURITY учения", List.of())));
        return new Issue(number, period, title, status, null, null, List.of(catalogue), security, List.of());
    }
}
