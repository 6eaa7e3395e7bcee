package org.barometer.readiness;

import static org.assertj.core.api.Assertions.assertThat;
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

import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.catalogue.Issues;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each part of an issue marked by its owner: an analyst their own parts, the editor any part; the editor sends one part
 * back with a comment; every part ready sends the issue to review by itself; a part sent back in review brings it back.
 */
@WebTest
class ReadinessTests {

    private static final AtomicInteger NUMBERS = new AtomicInteger(70);

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    Readiness readiness;

    @Autowired
    ChangeLog changes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnalystMarksTheirOwnPartReadyWithANoteAndEveryoneSeesIt() throws Exception {
        int n = draft();

        mark(n, "russia", "ready", analyst("russia"), "note", "Sources checked twice.").andExpect(redirectedUrl("/workspace/issues/" + n + "#parts"));

        assertThat(state(n, "russia")).extracting(PartState::state, PartState::note, PartState::changedBy)
                .containsExactly(PartState.State.READY, "Sources checked twice.", "analyst-russia");
        assertThat(state(n, "eu").state()).isEqualTo(PartState.State.IN_PROGRESS);
        assertThat(text("/workspace/issues/" + n, analyst("eu"), "#part-russia")).contains("Ready", "Sources checked twice.", "analyst-russia");
        assertThat(text("/workspace/issues/" + n + "/history", editor(), "body")).contains("Russia: marked ready", "Note: Sources checked twice.");
        assertThat(revisions.ref(n).orElseThrow().status()).isEqualTo(IssueStatus.DRAFT);
    }

    @Test
    void anAnalystMayNotMarkSomeoneElsesPartNorTheForeword() throws Exception {
        int n = draft();
        int logged = changes.forIssue(n).size();

        mark(n, "eu", "ready", analyst("russia")).andExpect(status().isForbidden());
        mark(n, "security", "ready", analyst("russia")).andExpect(status().isForbidden());
        mark(n, "foreword", "ready", securityAnalyst()).andExpect(status().isForbidden());
        mark(n, "russia", "send-back", analyst("russia"), "comment", "Mine is not done").andExpect(status().isForbidden());

        assertThat(rows(n)).isZero();
        assertThat(changes.forIssue(n)).hasSize(logged);
        assertThat(page("/workspace/issues/" + n, analyst("russia"))).contains("id=\"part-russia-ready\"")
                .doesNotContain("id=\"part-eu-ready\"", "id=\"part-foreword-ready\"", "id=\"part-russia-send-back\"");
    }

    @Test
    void theEditorSendsOnePartBackWithACommentAndLeavesTheOthersAlone() throws Exception {
        int n = draft();
        mark(n, "russia", "ready", analyst("russia"));
        mark(n, "eu", "ready", analyst("eu"), "note", "All in.");

        mark(n, "russia", "send-back", editor(), "comment", "The forecast needs its sources.")
                .andExpect(redirectedUrl("/workspace/issues/" + n + "#parts"));

        assertThat(state(n, "russia")).extracting(PartState::state, PartState::comment, PartState::sentBack)
                .containsExactly(PartState.State.IN_PROGRESS, "The forecast needs its sources.", true);
        assertThat(state(n, "eu")).extracting(PartState::state, PartState::note, PartState::changedBy)
                .containsExactly(PartState.State.READY, "All in.", "analyst-eu");
        assertThat(text("/workspace/issues/" + n + "/history", editor(), "body"))
                .contains("Russia: sent back by the editor", "Comment: The forecast needs its sources.");
    }

    @Test
    void everyPartReadySendsTheIssueToReviewByItselfAndAPartSentBackBringsItBackToDraft() throws Exception {
        int n = draft();
        mark(n, "russia", "ready", analyst("russia"));
        mark(n, "eu", "ready", analyst("eu"));
        mark(n, "foreword", "ready", editor());
        assertThat(revisions.ref(n).orElseThrow().status()).isEqualTo(IssueStatus.DRAFT);

        mark(n, "security", "ready", securityAnalyst());

        assertThat(revisions.ref(n).orElseThrow().status()).isEqualTo(IssueStatus.IN_REVIEW);
        assertThat(changes.forIssue(n)).first().extracting(ChangeLog.Change::account, c -> c.entity().key(), c -> c.action().key())
                .containsExactly("analyst-security", "issue", "submit");

        mark(n, "eu", "send-back", editor(), "comment", "One event is dated wrong.");

        assertThat(revisions.ref(n).orElseThrow().status()).isEqualTo(IssueStatus.DRAFT);
        assertThat(state(n, "eu").sentBack()).isTrue();
        assertThat(List.of("russia", "security", "foreword")).allSatisfy(part -> assertThat(state(n, part).ready()).isTrue());
        web.perform(post("/workspace/issues/" + n + "/narrative/eu").with(analyst("eu")).with(csrf())
                .param("body.trends.en", "1. Dates fixed").param("version.trends.en", "0")).andExpect(status().is3xxRedirection());
        assertThat(text("/workspace/issues/" + n + "/history", editor(), "body")).contains("Issue: sent back to draft");
    }

    @Test
    void inReviewNobodyMarksAPartAndNothingChanges() throws Exception {
        int n = draft();
        web.perform(post("/workspace/issues/" + n + "/submit").with(editor()).with(csrf())).andExpect(redirectedUrl("/workspace/issues/" + n));
        int logged = changes.forIssue(n).size();

        mark(n, "russia", "ready", analyst("russia")).andExpect(status().isForbidden());
        mark(n, "russia", "ready", editor()).andExpect(status().isConflict());
        mark(n, "russia", "in-progress", editor()).andExpect(status().isConflict());

        assertThat(rows(n)).isZero();
        assertThat(changes.forIssue(n)).hasSize(logged);
        assertThat(revisions.ref(n).orElseThrow().status()).isEqualTo(IssueStatus.IN_REVIEW);
    }

    @Test
    void aSendBackWithoutACommentAnUnknownPartOrAForeignReturnPageChangeNothingHarmful() throws Exception {
        int n = draft();

        mark(n, "russia", "send-back", editor(), "comment", "   ").andExpect(redirectedUrl("/workspace/issues/" + n + "#parts"));
        mark(n, "poland", "ready", editor()).andExpect(status().isNotFound());
        web.perform(post("/workspace/issues/999/parts/russia/ready").with(editor()).with(csrf())).andExpect(status().isNotFound());
        assertThat(rows(n)).isZero();

        web.perform(post("/workspace/issues/" + n + "/parts/russia/ready").with(analyst("russia")).with(csrf())
                .param("back", "https://elsewhere.example/workspace")).andExpect(redirectedUrl("/workspace/issues/" + n + "#parts"));
        web.perform(post("/workspace/issues/" + n + "/parts/russia/in-progress").with(analyst("russia")).with(csrf())
                .param("back", "/workspace/../logout")).andExpect(redirectedUrl("/workspace/issues/" + n + "#parts"));
        web.perform(post("/workspace/issues/" + n + "/parts/russia/in-progress").with(analyst("russia")).with(csrf())
                .param("back", "/workspace/issues/" + n + "/catalogue/russia"))
                .andExpect(redirectedUrl("/workspace/issues/" + n + "/catalogue/russia#parts"));
        assertThat(state(n, "russia").state()).isEqualTo(PartState.State.IN_PROGRESS);
    }

    @Test
    void theFirstPageAfterSignInShowsAnAnalystTheirPartsWhatIsMissingAndTheEditorsComment() throws Exception {
        int n = draft();
        mark(n, "russia", "send-back", editor(), "comment", "Write the Russian trends, please.");
        web.perform(post("/workspace/issues/" + n + "/narrative/russia").with(analyst("russia")).with(csrf())
                .param("body.trends.en", "1. Trade grew").param("version.trends.en", "0")).andExpect(status().is3xxRedirection());

        String mine = text("/workspace", analyst("russia"), "#parts");
        assertThat(mine).contains("Your parts of issue No. " + n, "Sent back", "Write the Russian trends, please.",
                "Trends: not written in Russian.", "Forecast: not written in English or in Russian.");
        assertThat(page("/workspace", analyst("russia"))).contains("id=\"part-russia-ready\"", "id=\"issues\"")
                .doesNotContain("id=\"part-eu\"", "id=\"part-security\"", "id=\"part-foreword\"");

        String board = text("/workspace", editor(), "#parts");
        assertThat(board).contains("Parts of issue No. " + n, "Russia", "the EU", "Security barometer", "Foreword and acknowledgements",
                "National security, Trends: not written in English or in Russian.",
                "The editor's foreword, Foreword: not written in English or in Russian.");
        assertThat(page("/workspace", editor())).contains("id=\"part-eu-send-back\"", "id=\"part-foreword-ready\"");
    }

    @Test
    void theCatalogueAndNarrativePagesShowThePartAndItsButtonsToItsOwner() throws Exception {
        int n = draft();

        assertThat(page("/workspace/issues/" + n + "/catalogue/russia", analyst("russia"))).contains("id=\"part-russia-ready\"");
        assertThat(text("/workspace/issues/" + n + "/security", securityAnalyst(), "#parts h2"))
                .isEqualTo("Part of the issue: Security barometer (catalogue, security, national and regional narratives)");
        assertThat(page("/workspace/issues/" + n + "/narrative/russia", analyst("russia"))).contains("id=\"part-russia-ready\"");
        assertThat(page("/workspace/issues/" + n + "/narrative/national", securityAnalyst())).contains("id=\"part-security-ready\"");
        assertThat(page("/workspace/issues/" + n + "/security", editor())).contains("id=\"part-security-ready\"", "id=\"part-security-send-back\"");
        assertThat(page("/workspace/issues/" + n + "/catalogue/russia", analyst("eu"))).contains("id=\"part-russia-state\"")
                .doesNotContain("id=\"part-russia-ready\"");
    }

    @Test
    void saysItInRussian() throws Exception {
        int n = draft();
        mark(n, "russia", "ready", analyst("russia"), "note", "Готово.");
        mark(n, "eu", "send-back", editor(), "comment", "Нужны источники.");

        assertThat(Jsoup.parse(web.perform(get("/workspace").param("lang", "ru").with(analyst("eu"))).andReturn().getResponse()
                .getContentAsString()).select("#parts").text())
                .contains("Ваши части выпуска № " + n, "Возвращено", "Нужны источники.", "Отметить как готовое", "Чего не хватает",
                        "Тенденции: нет текста ни на английском, ни на русском.");
        assertThat(Jsoup.parse(web.perform(get("/workspace/issues/" + n + "/history").param("lang", "ru").with(editor())).andReturn()
                .getResponse().getContentAsString()).text())
                .contains("отмечена как готовая", "Примечание: Готово.", "возвращена редактором", "Комментарий: Нужны источники.");
    }

    /** A new draft covering Russia and the EU, each with events, without narratives. */
    private int draft() {
        int n = NUMBERS.incrementAndGet();
        issues.insert(Issues.issue(n, IssueStatus.DRAFT), List.of());
        return n;
    }

    private ResultActions mark(int n, String part, String action, RequestPostProcessor actor, String... field) throws Exception {
        var request = post("/workspace/issues/" + n + "/parts/" + part + "/" + action).with(actor).with(csrf());
        for (int i = 0; i + 1 < field.length; i += 2) {
            request.param(field[i], field[i + 1]);
        }
        return web.perform(request);
    }

    private PartState state(int n, String part) {
        IssueRef ref = revisions.ref(n).orElseThrow();
        return readiness.parts(ref).stream().filter(state -> state.part().equals(part)).findFirst().orElseThrow();
    }

    private int rows(int n) {
        return jdbc.sql("select count(*) from part_state p join issue i on i.id = p.issue_id where i.issue_number = ?").param(n)
                .query(Integer.class).single();
    }

    private String page(String path, RequestPostProcessor actor) throws Exception {
        return web.perform(get(path).with(actor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String text(String path, RequestPostProcessor actor, String selector) throws Exception {
        return Jsoup.parse(page(path, actor)).select(selector).text();
    }
}
