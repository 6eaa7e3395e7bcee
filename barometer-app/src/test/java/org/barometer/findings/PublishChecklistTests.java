package org.barometer.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.barometer.Checklist;
import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
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
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The findings as the issue page and the catalogue pages show them, and the checklist before publishing: every finding
 * fixed or acknowledged with a reason, an empty relationship removed or acknowledged, then the issue's number typed.
 */
@WebTest
class PublishChecklistTests {

    static final Period PERIOD = Period.of("2023-03", "2023-04");
    static final int N = 71;

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    ChangeLog changes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theIssuePageAndTheCataloguePageShowADateOutsideThePeriodFoundNow() throws Exception {
        store(IssueStatus.DRAFT);

        Document issue = page("/workspace/issues/" + N);
        assertThat(issue.select("#findings").text()).doesNotContain("The checks found nothing")
                .contains("Russia: the date \"14 May\" is outside the period 2023-03..2023-04 (A late visit).",
                        "the EU: the catalogue has no events.", "The issue names no author.");
        assertThat(page("/workspace/issues/" + N + "/catalogue/russia").select("#findings li").eachText())
                .contains("Russia: the date \"14 May\" is outside the period 2023-03..2023-04 (A late visit).")
                .noneMatch(text -> text.contains("the EU"));
        assertThat(page("/workspace/issues/" + N + "/catalogue/russia?lang=ru").select("#findings li").eachText())
                .contains("Russia: дата «14 May» выходит за период 2023-03..2023-04 (A late visit).");
    }

    @Test
    void theIssuePagesPublishButtonLeadsToTheChecklist() throws Exception {
        store(IssueStatus.IN_REVIEW);

        assertThat(page("/workspace/issues/" + N).select("a#publish").attr("href")).isEqualTo("/workspace/issues/" + N + "/publish");
        Document checklist = page("/workspace/issues/" + N + "/publish");
        assertThat(checklist.select("h1").text()).isEqualTo("Publish issue No. " + N + ": the checklist");
        String date = "date-russia-" + eventId("14 May");
        assertThat(checklist.select("form#ack-" + date + " input[name=reason]")).hasSize(1);
        assertThat(checklist.select("form#ack-" + date + " input[name=_csrf]")).hasSize(1);
        assertThat(checklist.select("form#remove-eu")).hasSize(1);
        assertThat(checklist.select("form#remove-russia")).isEmpty();
        assertThat(checklist.select("#confirm-publish")).as("no confirmation while findings are open").isEmpty();
    }

    @Test
    void publishingIsRefusedWhileAFindingIsOpenAndChangesNothing() throws Exception {
        store(IssueStatus.IN_REVIEW);
        int logged = changes.forIssue(N).size();

        String answer = Checklist.confirm(web, N, editor(), Integer.toString(N)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(answer).select("#problems").text()).matches("Not published: findings neither fixed nor acknowledged: \\d+\\.");
        assertThat(revisions.ref(N).orElseThrow().status()).isEqualTo(IssueStatus.IN_REVIEW);
        assertThat(changes.forIssue(N)).hasSize(logged);
    }

    @Test
    void publishingIsRefusedWithAWrongNumberThenDoneWithTheRightOne() throws Exception {
        store(IssueStatus.IN_REVIEW);
        for (String key : Checklist.open(web, N, editor())) {
            Checklist.acknowledge(web, N, editor(), key, "Kept as written.").andExpect(redirectedUrl("/workspace/issues/" + N + "/publish"));
        }
        assertThat(page("/workspace/issues/" + N + "/publish").select("form#confirm-publish input[name=number]")).hasSize(1);
        assertThat(page("/workspace/issues/" + N + "/publish").select("#confirm-publish, #checklist").eachAttr("id"))
                .as("the confirmation above the acknowledged findings, not below them").containsExactly("confirm-publish", "checklist");

        for (String wrong : List.of("", "17", N + "0", "seventy-one")) {
            String answer = Checklist.confirm(web, N, editor(), wrong).andExpect(status().isUnprocessableContent())
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(answer).select("#problems").text()).isEqualTo("Not published: type the issue's number, " + N + ", to confirm.");
            assertThat(revisions.ref(N).orElseThrow().status()).isEqualTo(IssueStatus.IN_REVIEW);
        }

        Checklist.confirm(web, N, editor(), " " + N + " ").andExpect(redirectedUrl("/workspace/issues/" + N));
        assertThat(revisions.ref(N).orElseThrow().status()).isEqualTo(IssueStatus.PUBLISHED);
    }

    @Test
    void anAcknowledgementNeedsAReason() throws Exception {
        store(IssueStatus.DRAFT);

        for (String reason : List.of("", "   ")) {
            String answer = Checklist.acknowledge(web, N, editor(), "empty-eu", reason).andExpect(status().isUnprocessableContent())
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(answer).select("#problems").text()).isEqualTo("Say in a word why this finding may stand.");
        }
        String tooLong = Checklist.acknowledge(web, N, editor(), "empty-eu", "x".repeat(2_001)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(tooLong).select("#problems").text()).startsWith("The reason is too long (at most 2,000 characters)");

        assertThat(jdbc.sql("select count(*) from finding_acknowledgement").query(Integer.class).single()).isZero();
        assertThat(changes.forIssue(N)).noneMatch(change -> change.entity() == ChangeLog.Entity.FINDING);
    }

    @Test
    void anAcknowledgementIsShownWithItsReasonAndKeptInTheHistoryInWords() throws Exception {
        store(IssueStatus.DRAFT);

        Checklist.acknowledge(web, N, editor(), "empty-eu", "The EU is not covered this time.")
                .andExpect(redirectedUrl("/workspace/issues/" + N + "/publish"));

        assertThat(page("/workspace/issues/" + N + "/publish").select("#finding-empty-eu").text())
                .contains("the EU: the catalogue has no events.", "Acknowledged by editor: The EU is not covered this time.");
        assertThat(page("/workspace/issues/" + N + "/publish").select("#ack-empty-eu")).isEmpty();
        assertThat(page("/workspace/issues/" + N).select("#finding-empty-eu").text()).contains("Acknowledged by editor: The EU is not covered this time.");
        assertThat(page("/workspace/issues/" + N + "/history").select("#history").text())
                .contains("Finding: acknowledged", "Finding: the EU: the catalogue has no events.", "Reason: The EU is not covered this time.");
        assertThat(page("/workspace/issues/" + N + "/history?lang=ru").select("#history").text())
                .contains("Замечание: принято", "Причина: The EU is not covered this time.");
    }

    @Test
    void theEditorAcknowledgesEveryMissingNarrativeTextAtOnceEachKeptInTheHistoryTheEmptyRelationshipStillOpen() throws Exception {
        store(IssueStatus.IN_REVIEW);
        Document before = page("/workspace/issues/" + N + "/publish");
        int missing = before.select("li[id^=finding-narrative-]").size();
        assertThat(missing).as("no narrative written: dozens of texts missing").isGreaterThan(10);
        assertThat(before.select("#acknowledge-kind-narrative-missing label").text())
                .isEqualTo("Why all " + missing + " open findings \"Text missing\" may stand");
        assertThat(before.select("#acknowledge-kind-narrative-missing input[name=_csrf]")).hasSize(1);
        assertThat(before.select("form[id^=acknowledge-kind-]").eachAttr("id")).as("an empty catalogue is said one by one; a single finding has its own form")
                .containsExactly("acknowledge-kind-part-not-ready", "acknowledge-kind-narrative-missing");
        assertThat(before.select("#finding-empty-eu .badge").text()).isEqualTo("Empty catalogue");

        web.perform(post("/workspace/issues/" + N + "/acknowledge-kind").with(editor()).with(csrf())
                        .param("kind", "narrative-missing").param("reason", "The texts come after the figures."))
                .andExpect(redirectedUrl("/workspace/issues/" + N + "/publish"));

        Document after = page("/workspace/issues/" + N + "/publish");
        assertThat(after.select("li[id^=finding-narrative-].acknowledged")).hasSize(missing);
        assertThat(after.select("li[id^=finding-narrative-].open")).isEmpty();
        assertThat(after.select("#finding-narrative-eu-trends").text()).contains("Acknowledged by editor: The texts come after the figures.");
        assertThat(after.select("#finding-empty-eu.open")).hasSize(1);
        assertThat(after.select("#acknowledge-kind-narrative-missing")).isEmpty();
        assertThat(after.select("#checklist > li").eachAttr("class")).as("what is still to do first, what is acknowledged below")
                .startsWith("open").endsWith("acknowledged");
        assertThat(changes.forIssue(N)).filteredOn(change -> change.entity() == ChangeLog.Entity.FINDING).hasSize(missing);
        assertThat(page("/workspace/issues/" + N + "/history").select("#history").text())
                .contains("Finding: the EU, Trends: written in neither English nor Russian.", "Reason: The texts come after the figures.");
        assertThat(page("/workspace/issues/" + N + "/publish?lang=ru").select("#finding-empty-eu .badge").text()).isEqualTo("Пустой каталог");
    }

    @Test
    void acknowledgingAKindIsRefusedWithoutAReasonForEmptyCataloguesOrWhenNoneIsOpenAndChangesNothing() throws Exception {
        store(IssueStatus.DRAFT);
        int logged = changes.forIssue(N).size();

        for (String[] refused : new String[][] {
                {"narrative-missing", "", "Say in a word why this finding may stand."},
                {"narrative-missing", "   ", "Say in a word why this finding may stand."},
                {"empty-catalogue", "Not covered", "Findings of this kind are acknowledged one by one."},
                {"a-kind-never-heard-of", "Why not", "Findings of this kind are acknowledged one by one."},
                {"mismatch", "Kept", "No finding of this kind is open any more: nothing to acknowledge."}}) {
            String answer = web.perform(post("/workspace/issues/" + N + "/acknowledge-kind").with(editor()).with(csrf())
                            .param("kind", refused[0]).param("reason", refused[1]))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(answer).select("#problems").text()).as(refused[0]).isEqualTo(refused[2]);
        }

        assertThat(jdbc.sql("select count(*) from finding_acknowledgement").query(Integer.class).single()).isZero();
        assertThat(changes.forIssue(N)).hasSize(logged);
    }

    @Test
    void theEditorRemovesAnEmptyRelationshipItsTextsKeptInTheHistory() throws Exception {
        store(IssueStatus.IN_REVIEW);
        long row = revisions.ref(N).orElseThrow().id();
        jdbc.sql("insert into narrative (issue_id, subject, part, language, body) values (?, 'eu', 'trends', 'en', 'Quiet months with the EU.')")
                .param(row).update();

        var removed = web.perform(post("/workspace/issues/" + N + "/relationships/eu/remove").with(editor()).with(csrf()))
                .andExpect(redirectedUrl("/workspace/issues/" + N + "/publish")).andReturn();
        assertThat(String.valueOf(removed.getFlashMap().get("done"))).as("the notice names it by its heading, not its code")
                .contains("workflow.publish.done.removed", "[the EU]");

        assertThat(issues.find(N).orElseThrow().catalogues()).extracting(catalogue -> catalogue.relationship().code()).containsExactly("russia");
        assertThat(page("/workspace/issues/" + N + "/publish").select("li[id~=eu]")).isEmpty();
        assertThat(jdbc.sql("select count(*) from narrative where issue_id = ? and subject = 'eu'").param(row).query(Integer.class).single()).isZero();
        assertThat(changes.forIssue(N)).first().satisfies(change -> {
            assertThat(change.entity()).isEqualTo(ChangeLog.Entity.RELATIONSHIP);
            assertThat(change.action()).isEqualTo(ChangeLog.Action.REMOVE);
        });
        assertThat(page("/workspace/issues/" + N + "/history").select("#history").text())
                .contains("Relationship: removed", "Heading was: the EU", "Narrative texts was: trends (en): Quiet months with the EU.");
    }

    @Test
    void aRelationshipWithEventsIsNotRemoved() throws Exception {
        store(IssueStatus.DRAFT);
        Issue before = issues.find(N).orElseThrow();
        int logged = changes.forIssue(N).size();

        String answer = web.perform(post("/workspace/issues/" + N + "/relationships/russia/remove").with(editor()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(answer).select("#problems").text()).isEqualTo("Not removed: Russia has events; only an empty relationship can be removed.");
        web.perform(post("/workspace/issues/" + N + "/relationships/poland/remove").with(editor()).with(csrf())).andExpect(status().isNotFound());
        assertThat(issues.find(N)).contains(before);
        assertThat(changes.forIssue(N)).hasSize(logged);
    }

    @Test
    void theChecklistSpeaksRussian() throws Exception {
        store(IssueStatus.IN_REVIEW);

        Document checklist = page("/workspace/issues/" + N + "/publish?lang=ru");

        assertThat(checklist.select("h1").text()).isEqualTo("Публикация выпуска № " + N + ": проверка");
        assertThat(checklist.select("#finding-empty-eu").text()).contains("the EU: в каталоге нет событий.", "Убрать из выпуска");
        assertThat(checklist.select("#finding-authors").text()).contains("В выпуске не указан ни один автор.");
    }

    /**
     * Issue No. 71 for March and April 2023: Russia with an event dated in May, the EU without events, one security
     * event; no author and no narrative.
     */
    private void store(IssueStatus status) {
        Catalogue russia = new Catalogue(new Relationship("russia", "Russia"), List.of(
                new Event(date("3 March"), "Ministers agree to build a joint grain terminal", 2),
                new Event(date("14 May"), "A late visit", 1)));
        Catalogue eu = new Catalogue(new Relationship("eu", "the EU"), List.of());
        SecurityCatalogue security = new SecurityCatalogue(List.of(new SecurityEvent(date("April"), "Patrol flights along the frontier", 0, -1)));
        issues.insert(new Issue(N, PERIOD, "Invented monitoring", IssueStatus.DRAFT, ScoreBound.DEFAULT, null, List.of(russia, eu), security,
                List.of()), List.of());
        if (status == IssueStatus.IN_REVIEW) {
            IssueRef ref = revisions.ref(N).orElseThrow();
            revisions.changeStatus(ref, IssueStatus.IN_REVIEW);
        }
    }

    private long eventId(String written) {
        return jdbc.sql("select e.id from event e join issue i on i.id = e.issue_id where i.issue_number = ? and e.date_written = ?")
                .params(N, written).query(Long.class).single();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(web.perform(get(path).with(editor())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static DateExpression date(String written) {
        return DateExpression.parse(written, PERIOD);
    }
}
