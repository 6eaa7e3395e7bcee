package org.barometer.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
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
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revision;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.method.StatedFigure;
import org.barometer.narrative.Narratives;
import org.barometer.publicdata.PublishedData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A published issue is corrected by a new revision; the published revision stays stored, readable and public until then. */
@WebTest
class CorrectionTests {

    static final Period PERIOD = Period.of("2023-05", "2023-06");

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    Narratives narratives;

    @Autowired
    PublishedData published;

    @Autowired
    ChangeLog changes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCorrectionIsRevisionTwoADraftCopyOfEverythingWithTheNote() throws Exception {
        Issue published = publish(61);

        perform(61, "correct", "note", "The date of the border talks was wrong.").andExpect(redirectedUrl("/workspace/issues/61"));

        assertThat(revisions.ref(61).orElseThrow().revision()).isEqualTo(2);
        assertThat(issues.find(61)).contains(published.withStatus(IssueStatus.DRAFT));
        assertThat(issues.find(61, 1)).contains(published);
        assertThat(issues.findings(61, 2)).isEqualTo(issues.findings(61, 1)).isNotEmpty();
        assertThat(revisions.of(61)).extracting(Revision::revision, Revision::status, Revision::correctionNote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, IssueStatus.PUBLISHED, null),
                        org.assertj.core.groups.Tuple.tuple(2, IssueStatus.DRAFT, "The date of the border talks was wrong."));
        assertThat(narratives.of(61, 2).orElseThrow().texts()).isEqualTo(narratives.of(61, 1).orElseThrow().texts()).hasSize(2);
        assertThat(page("/workspace/issues/61")).contains("Draft", "The date of the border talks was wrong.", "Lena Invented",
                "A customs quarrel cooled the talks.");
        assertThat(changes.forIssue(61).get(0)).satisfies(change -> {
            assertThat(change.action()).isEqualTo(ChangeLog.Action.CORRECT);
            assertThat(change.revision()).isEqualTo(2);
            assertThat(change.after()).contains("\"correctionNote\":\"The date of the border talks was wrong.\"");
        });
    }

    @Test
    void theFirstRevisionStaysStoredReadableAndUnchangedWhileTheCorrectionIsEdited() throws Exception {
        Issue published = publish(62);
        perform(62, "correct", "note", "Forecast rewritten.");

        web.perform(post("/workspace/issues/62/narrative/russia").with(analyst("russia")).with(csrf())
                        .param("body.forecast.en", "Calmer months ahead.").param("version.forecast.en", "0"))
                .andExpect(status().is3xxRedirection());
        web.perform(post("/workspace/issues/62/authors/0/delete").with(editor()).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(issues.find(62, 1)).contains(published);
        assertThat(narratives.of(62, 1).orElseThrow().markdown("russia", "forecast", "en")).isEmpty();
        assertThat(narratives.of(62, 2).orElseThrow().markdown("russia", "forecast", "en")).isEqualTo("Calmer months ahead.");
        assertThat(page("/workspace/issues/62/revisions/1"))
                .contains("Published", "Lena Invented", "A customs quarrel cooled the talks.", "a later revision exists")
                .doesNotContain("Calmer months ahead.", "id=\"correct\"", "id=\"submit\"");
        assertThat(page("/workspace/issues/62/revisions/2")).contains("Calmer months ahead.").doesNotContain("Lena Invented");
    }

    @Test
    void theHomePageShowsTheFirstRevisionUntilTheCorrectionIsPublished() throws Exception {
        publish(900);
        perform(900, "correct", "note", "Title corrected.");
        // stands in for an edit of the draft revision (catalogue editing is another feature)
        jdbc.sql("update issue set title = ? where issue_number = ? and revision = 2").params("Corrected monitoring", 900).update();

        assertThat(web.perform(get("/")).andReturn().getResponse().getContentAsString())
                .contains("Issue No. 900", "Invented monitoring").doesNotContain("Corrected monitoring");
        assertThat(published.revision(900)).map(texts -> texts.narrative().revision()).contains(1);

        perform(900, "submit").andExpect(redirectedUrl("/workspace/issues/900"));
        assertThat(web.perform(get("/")).andReturn().getResponse().getContentAsString()).doesNotContain("Corrected monitoring");
        Checklist.publish(web, 900, editor()).andExpect(redirectedUrl("/workspace/issues/900"));

        assertThat(web.perform(get("/")).andReturn().getResponse().getContentAsString())
                .contains("Corrected monitoring").doesNotContain("Invented monitoring");
        assertThat(published.revision(900)).map(texts -> texts.narrative().revision()).contains(2);
        assertThat(issues.find(900, 1).orElseThrow().title()).isEqualTo("Invented monitoring");
        assertThat(revisions.of(900)).extracting(Revision::status).containsExactly(IssueStatus.PUBLISHED, IssueStatus.PUBLISHED);
    }

    @Test
    void onlyAPublishedIssueIsCorrectedOnlyByTheEditorAndOnlyWithANote() throws Exception {
        publish(63);

        web.perform(post("/workspace/issues/63/correct").with(analyst("russia")).with(csrf()).param("note", "Mine"))
                .andExpect(status().isForbidden());
        perform(63, "correct", "note", " ").andExpect(redirectedUrl("/workspace/issues/63"));
        assertThat(revisions.of(63)).hasSize(1);

        perform(63, "correct", "note", "First correction.");
        perform(63, "correct", "note", "Second, while the first is a draft.").andExpect(status().isConflict());

        assertThat(revisions.of(63)).hasSize(2);
    }

    /** An issue with events, security events, stated figures, an author and narratives, taken through review to published. */
    private Issue publish(int number) throws Exception {
        Catalogue russia = new Catalogue(Relationship.named("Russia"), List.of(
                new Event(DateExpression.parse("4 May", PERIOD), "Border talks resume", 2, "Переговоры о границе возобновлены",
                        List.of("https://example.org/talks")),
                new Event(DateExpression.parse("Mid-June", PERIOD), "A customs quarrel", -1)));
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(DateExpression.parse("June", PERIOD), "An invented exercise", -1, -2)));
        Issue draft = new Issue(number, PERIOD, "Invented monitoring", IssueStatus.DRAFT, null, null, List.of(russia), security,
                List.of(new StatedFigure("russia", Figure.AGGREGATE, "+2")));
        issues.insert(draft, draft.findings());
        web.perform(post("/workspace/issues/" + number + "/authors").with(editor()).with(csrf()).param("name", "Lena Invented"))
                .andExpect(status().is3xxRedirection());
        web.perform(post("/workspace/issues/" + number + "/narrative/russia").with(analyst("russia")).with(csrf())
                        .param("body.trends.en", "A customs quarrel cooled the talks.").param("version.trends.en", "0")
                        .param("body.trends.ru", "Таможенный спор охладил переговоры.").param("version.trends.ru", "0"))
                .andExpect(status().is3xxRedirection());
        perform(number, "submit").andExpect(status().is3xxRedirection());
        Checklist.publish(web, number, editor()).andExpect(status().is3xxRedirection());
        return draft.withStatus(IssueStatus.PUBLISHED);
    }

    private ResultActions perform(int number, String action, String... params) throws Exception {
        var request = post("/workspace/issues/" + number + "/" + action).with(editor()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return web.perform(request);
    }

    private String page(String path) throws Exception {
        return web.perform(get(path).with(editor())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
