package org.barometer.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.barometer.Checklist;
import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Relationships;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Draft, in review, published: who moves an issue along, and that every move is in the change log. */
@WebTest
class IssueLifecycleTests {

    private static final AtomicInteger NUMBERS = new AtomicInteger(40);

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;


    @Autowired

    Relationships relationships;

    @Autowired
    Revisions revisions;

    @Autowired
    ChangeLog changes;

    @Test
    void goesFromDraftToReviewBackToDraftWithACommentAndOnToPublished() throws Exception {
        int n = draft();

        perform(n, "submit", editor()).andExpect(redirectedUrl("/workspace/issues/" + n));
        assertThat(statusOf(n)).isEqualTo(IssueStatus.IN_REVIEW);

        web.perform(post("/workspace/issues/" + n + "/send-back").with(editor()).with(csrf())
                        .param("comment", "The forecast for Russia needs its sources."))
                .andExpect(redirectedUrl("/workspace/issues/" + n));
        assertThat(statusOf(n)).isEqualTo(IssueStatus.DRAFT);
        assertThat(page(n, editor())).contains("The forecast for Russia needs its sources.");

        perform(n, "submit", editor()).andExpect(redirectedUrl("/workspace/issues/" + n));
        Checklist.publish(web, n, editor()).andExpect(redirectedUrl("/workspace/issues/" + n));

        assertThat(statusOf(n)).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(revisions.of(n)).singleElement().satisfies(revision -> assertThat(revision.publishedAt()).isNotNull());
        assertThat(changes.forIssue(n)).filteredOn(change -> change.entity() == ChangeLog.Entity.ISSUE)
                .extracting(ChangeLog.Change::account, change -> change.action().key(), ChangeLog.Change::before, ChangeLog.Change::after)
                .containsExactly(
                        tuple("editor", "publish", "{\"status\":\"in-review\"}", "{\"status\":\"published\"}"),
                        tuple("editor", "submit", "{\"status\":\"draft\"}", "{\"status\":\"in-review\"}"),
                        tuple("editor", "send-back", "{\"status\":\"in-review\"}",
                                "{\"status\":\"draft\",\"comment\":\"The forecast for Russia needs its sources.\"}"),
                        tuple("editor", "submit", "{\"status\":\"draft\"}", "{\"status\":\"in-review\"}"),
                        tuple("editor", "create", null, "{\"number\":" + n + ",\"title\":\"Invented monitoring\",\"from\":\"2023-01\","
                                + "\"to\":\"2023-02\",\"status\":\"draft\",\"relationships\":[\"russia\",\"eu\"],\"scoreBound\":\"-3..+3\","
                                + "\"scale\":[\"White -1 and above\",\"Green -6..-2\",\"Yellow -12..-7\",\"Orange -17..-13\",\"Red -18 and below\"]}"));
        assertThat(web.perform(get("/workspace/issues/" + n + "/history").with(analyst("eu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Issue: submitted for review", "Issue: sent back to draft", "Comment: The forecast for Russia needs its sources.",
                        "Status: &quot;In review&quot; → &quot;Published&quot;").doesNotContain("&quot;status&quot;");
    }

    @Test
    void onlyTheEditorSubmitsAnAnalystNeitherSubmitsNorPublishesNorSendsBack() throws Exception {
        int n = draft();
        perform(n, "submit", securityAnalyst()).andExpect(status().isForbidden());
        perform(n, "submit", analyst("russia")).andExpect(status().isForbidden());
        assertThat(statusOf(n)).isEqualTo(IssueStatus.DRAFT);
        perform(n, "submit", editor()).andExpect(redirectedUrl("/workspace/issues/" + n));

        perform(n, "publish", analyst("russia")).andExpect(status().isForbidden());
        web.perform(post("/workspace/issues/" + n + "/send-back").with(analyst("russia")).with(csrf()).param("comment", "No."))
                .andExpect(status().isForbidden());

        assertThat(statusOf(n)).isEqualTo(IssueStatus.IN_REVIEW);
        assertThat(statusChanges(n)).containsExactly("submit", "create");
    }

    @Test
    void showsEachActorOnlyTheActionsTheyMayTake() throws Exception {
        int n = draft();
        assertThat(page(n, analyst("russia"))).contains("id=\"part-russia-ready\"")
                .doesNotContain("id=\"submit\"", "id=\"publish\"", "id=\"add-author\"", "id=\"part-eu-ready\"");
        assertThat(page(n, editor())).contains("id=\"submit\"");
        perform(n, "submit", editor());

        assertThat(page(n, analyst("russia"))).doesNotContain("id=\"submit\"", "id=\"publish\"", "id=\"send-back\"");
        assertThat(page(n, editor())).contains("id=\"publish\"", "id=\"send-back\"", "id=\"add-author\"").doesNotContain("id=\"correct\"");
    }

    @Test
    void refusesAMoveTheIssueIsNotInTheStatusForWithAConflict() throws Exception {
        int n = draft();

        perform(n, "publish", editor()).andExpect(status().isConflict());
        web.perform(post("/workspace/issues/" + n + "/send-back").with(editor()).with(csrf()).param("comment", "Again"))
                .andExpect(status().isConflict());

        assertThat(statusOf(n)).isEqualTo(IssueStatus.DRAFT);
        assertThat(statusChanges(n)).containsExactly("create");
    }

    @Test
    void sendingBackWithoutACommentChangesNothing() throws Exception {
        int n = draft();
        perform(n, "submit", editor());

        web.perform(post("/workspace/issues/" + n + "/send-back").with(editor()).with(csrf()).param("comment", "  "))
                .andExpect(redirectedUrl("/workspace/issues/" + n));

        assertThat(statusOf(n)).isEqualTo(IssueStatus.IN_REVIEW);
        assertThat(statusChanges(n)).containsExactly("submit", "create");
    }

    @Test
    void everyWriteToAPublishedIssueIsRefusedAndChangesNothing() throws Exception {
        int n = published();
        Issue before = issues.find(n).orElseThrow();
        int logged = changes.forIssue(n).size();

        for (RequestPostProcessor actor : List.of(editor(), analyst("russia"), securityAnalyst())) {
            perform(n, "submit", actor).andExpect(status().isForbidden());
            perform(n, "publish", actor).andExpect(status().isForbidden());
            web.perform(post("/workspace/issues/" + n + "/send-back").with(actor).with(csrf()).param("comment", "Reopen"))
                    .andExpect(status().isForbidden());
            web.perform(post("/workspace/issues/" + n + "/authors").with(actor).with(csrf()).param("name", "Late Author"))
                    .andExpect(status().isForbidden());
            perform(n, "authors/0/delete", actor).andExpect(status().isForbidden());
            web.perform(post("/workspace/issues/" + n + "/narrative/russia").with(actor).with(csrf())
                            .param("body.trends.en", "1. A late trend").param("version.trends.en", "0"))
                    .andExpect(status().isForbidden());
            web.perform(post("/workspace/issues/" + n + "/narrative/foreword").with(actor).with(csrf())
                            .param("body.text.en", "A late word").param("version.text.en", "0"))
                    .andExpect(status().isForbidden());
        }
        perform(n, "correct", analyst("russia")).andExpect(status().isForbidden());

        assertThat(issues.find(n)).contains(before);
        assertThat(revisions.of(n)).hasSize(1);
        assertThat(page(n, editor())).contains("Ann Example").doesNotContain("Late Author", "A late");
        assertThat(changes.forIssue(n)).hasSize(logged);
    }

    @Test
    void theEditorAddsAndRemovesAuthorsOfADraft() throws Exception {
        int n = draft();

        web.perform(post("/workspace/issues/" + n + "/authors").with(editor()).with(csrf())
                        .param("name", "Boris Invented").param("affiliation", "Example University").param("biography", "Studies borders."))
                .andExpect(redirectedUrl("/workspace/issues/" + n));
        perform(n, "authors/0/delete", editor()).andExpect(redirectedUrl("/workspace/issues/" + n));
        web.perform(post("/workspace/issues/" + n + "/authors").with(analyst("russia")).with(csrf()).param("name", "Not Allowed"))
                .andExpect(status().isForbidden());

        assertThat(page(n, editor())).contains("Boris Invented", "Example University").doesNotContain("Ann Example", "Not Allowed");
        assertThat(changes.forIssue(n)).extracting(change -> change.entity().key(), change -> change.action().key())
                .startsWith(tuple("author", "remove"), tuple("author", "add"));
    }

    @Test
    void anUnknownIssueIsNotFound() throws Exception {
        web.perform(get("/workspace/issues/999").with(editor())).andExpect(status().isNotFound());
        perform(999, "submit", editor()).andExpect(status().isNotFound());
    }

    @Test
    void showsTheOverviewInRussian() throws Exception {
        int n = draft();

        assertThat(web.perform(get("/workspace/issues/" + n).param("lang", "ru").with(editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Выпуск № " + n, "Черновик", "Отправить на рецензию", "Совокупный индекс", "Каталог событий безопасности");
    }

    /** A new draft, created through the form, with one author. */
    private int draft() throws Exception {
        int n = NUMBERS.incrementAndGet();
        for (String name : new String[] {"Russia", "the EU"}) {
            if (relationships.list().stream().noneMatch(r -> r.name().equals(name))) {
                web.perform(post("/workspace/relationships").with(editor()).with(csrf()).param("name", name));
            }
        }
        web.perform(post("/workspace/issues").with(editor()).with(csrf())
                        .param("number", Integer.toString(n)).param("title", "Invented monitoring")
                        .param("first", "2023-01").param("last", "2023-02").param("relationships", "russia", "eu")
                        .param("lowest", "-3").param("highest", "3").param("authors[0].name", "Ann Example"))
                .andExpect(redirectedUrl("/workspace/issues/" + n));
        return n;
    }

    private int published() throws Exception {
        int n = draft();
        perform(n, "submit", editor());
        Checklist.publish(web, n, editor());
        assertThat(statusOf(n)).isEqualTo(IssueStatus.PUBLISHED);
        return n;
    }

    private org.springframework.test.web.servlet.ResultActions perform(int n, String action, RequestPostProcessor actor) throws Exception {
        return web.perform(post("/workspace/issues/" + n + "/" + action).with(actor).with(csrf()));
    }

    /** The actions of the issue's status changes in the change log, newest first. */
    private List<String> statusChanges(int n) {
        return changes.forIssue(n).stream().filter(change -> change.entity() == ChangeLog.Entity.ISSUE).map(change -> change.action().key()).toList();
    }

    private IssueStatus statusOf(int n) {
        return revisions.ref(n).orElseThrow().status();
    }

    private String page(int n, RequestPostProcessor actor) throws Exception {
        return web.perform(get("/workspace/issues/" + n).with(actor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
