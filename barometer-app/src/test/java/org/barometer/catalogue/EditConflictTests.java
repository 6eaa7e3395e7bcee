package org.barometer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Two people changing the same event: the second never silently overwrites the first, and chooses what stays. */
@WebTest
class EditConflictTests {

    static final String EDITORS_TEXT = "Ministers sign the grain terminal contract";
    static final String ANALYSTS_TEXT = "Ministers agree on the terminal site";

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    Entries events;

    @Autowired
    ChangeLog changes;

    @Test
    void ofTwoSavingTheSameVersionAtOnceExactlyOneSucceedsAndTheOtherSeesBothVersions() throws Exception {
        issues.insert(Issues.issue(31, IssueStatus.DRAFT), List.of());
        long terminal = terminal(31).id();
        CountDownLatch bothHaveRead = new CountDownLatch(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<MvcResult> editor = two.submit(() -> readThenSave(31, terminal, editor(), EDITORS_TEXT, bothHaveRead));
            Future<MvcResult> analyst = two.submit(() -> readThenSave(31, terminal, analyst("russia"), ANALYSTS_TEXT, bothHaveRead));
            List<MvcResult> results = List.of(editor.get(30, TimeUnit.SECONDS), analyst.get(30, TimeUnit.SECONDS));

            assertThat(results).extracting(result -> result.getResponse().getStatus()).containsExactlyInAnyOrder(302, 409);
            MvcResult won = results.stream().filter(result -> result.getResponse().getStatus() == 302).findFirst().orElseThrow();
            MvcResult lost = results.stream().filter(result -> result.getResponse().getStatus() == 409).findFirst().orElseThrow();
            String winnersText = won == results.get(0) ? EDITORS_TEXT : ANALYSTS_TEXT;
            String losersText = won == results.get(0) ? ANALYSTS_TEXT : EDITORS_TEXT;

            Entry stored = terminal(31);
            assertThat(stored.description()).isEqualTo(winnersText);
            assertThat(stored.version()).isEqualTo(1);
            assertThat(changes.forEntity(ChangeLog.Entity.EVENT, terminal)).hasSize(1);
            Document conflict = Pages.html(lost);
            assertThat(conflict.select("#versions td.mine").eachText()).contains(losersText);
            assertThat(conflict.select("#versions td.stored").eachText()).contains(winnersText);
            assertThat(conflict.getElementById("last-change").text())
                    .contains(won == results.get(0) ? "editor" : "analyst-russia").contains("changed");
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aSaveFromAStaleVersionIsAConflictAndKeepingOnesOwnSavesItOverTheStoredOne() throws Exception {
        issues.insert(Issues.issue(32, IssueStatus.DRAFT), List.of());
        long terminal = terminal(32).id();
        web.perform(save(32, terminal, 0, EDITORS_TEXT).with(editor())).andExpect(status().is3xxRedirection());

        Document conflict = Pages.html(web.perform(save(32, terminal, 0, ANALYSTS_TEXT).with(analyst("russia")))
                .andExpect(status().isConflict()).andReturn());

        assertThat(terminal(32).description()).isEqualTo(EDITORS_TEXT);
        assertThat(conflict.getElementById("conflict-explanation").text()).contains("version 0", "version 1");
        assertThat(conflict.select("#versions td.mine").eachText()).contains(ANALYSTS_TEXT);
        assertThat(conflict.select("#versions td.stored").eachText()).contains(EDITORS_TEXT);
        assertThat(conflict.getElementById("last-change").text()).contains("editor");
        assertThat(conflict.getElementById("take-stored").attr("href")).isEqualTo("/workspace/issues/32/catalogue/russia");

        Element keepMine = conflict.getElementById("keep-mine");
        assertThat(keepMine.selectFirst("[name=version]").val()).isEqualTo("1");
        assertThat(keepMine.selectFirst("[name=description]").text()).isEqualTo(ANALYSTS_TEXT);
        web.perform(post(keepMine.attr("action")).with(csrf()).with(analyst("russia"))
                        .param("version", keepMine.selectFirst("[name=version]").val())
                        .param("date", keepMine.selectFirst("[name=date]").val())
                        .param("description", keepMine.selectFirst("[name=description]").text())
                        .param("score", keepMine.selectFirst("[name=score]").val()))
                .andExpect(status().is3xxRedirection());
        assertThat(terminal(32).description()).isEqualTo(ANALYSTS_TEXT);
        assertThat(terminal(32).version()).isEqualTo(2);
    }

    @Test
    void deletingAnEventChangedMeanwhileIsAConflictToo() throws Exception {
        issues.insert(Issues.issue(33, IssueStatus.DRAFT), List.of());
        long terminal = terminal(33).id();
        web.perform(save(33, terminal, 0, EDITORS_TEXT).with(editor())).andExpect(status().is3xxRedirection());

        Document conflict = Pages.html(web.perform(delete(33, terminal, 0).with(analyst("russia")))
                .andExpect(status().isConflict()).andReturn());

        assertThat(terminal(33).description()).isEqualTo(EDITORS_TEXT);
        assertThat(conflict.select("#versions td.stored").eachText()).contains(EDITORS_TEXT);
        Element anyway = conflict.getElementById("delete-anyway");
        assertThat(anyway.selectFirst("[name=version]").val()).isEqualTo("1");
        web.perform(delete(33, terminal, 1).with(analyst("russia"))).andExpect(status().is3xxRedirection());
        assertThat(events.entry(revisions.ref(33).orElseThrow().id(), russia(), terminal)).isEmpty();
    }

    @Test
    void savingAnEventDeletedMeanwhileOffersToAddItAgain() throws Exception {
        issues.insert(Issues.issue(34, IssueStatus.DRAFT), List.of());
        long terminal = terminal(34).id();
        web.perform(delete(34, terminal, 0).with(editor())).andExpect(status().is3xxRedirection());

        Document conflict = Pages.html(web.perform(save(34, terminal, 0, ANALYSTS_TEXT).with(analyst("russia")))
                .andExpect(status().isConflict()).andReturn());

        assertThat(conflict.getElementById("conflict-explanation").text()).contains("deleted");
        assertThat(conflict.getElementById("last-change").text()).contains("editor", "deleted");
        assertThat(conflict.getElementById("keep-mine").attr("action")).isEqualTo("/workspace/issues/34/catalogue/russia/events");
        assertThat(events.entries(revisions.ref(34).orElseThrow().id(), russia())).extracting(Entry::description)
                .containsExactly("Border crossing closed for repair works");
    }

    @Test
    void withHtmxAConflictReplacesTheCatalogue() throws Exception {
        issues.insert(Issues.issue(35, IssueStatus.DRAFT), List.of());
        long terminal = terminal(35).id();
        web.perform(save(35, terminal, 0, EDITORS_TEXT).with(editor())).andExpect(status().is3xxRedirection());

        MvcResult result = web.perform(save(35, terminal, 0, ANALYSTS_TEXT).with(analyst("russia")).header("HX-Request", "true"))
                .andExpect(status().isConflict())
                .andExpect(header().string("HX-Retarget", "#catalogue"))
                .andReturn();

        Document part = Pages.html(result);
        assertThat(part.select("header.site-header")).isEmpty();
        assertThat(part.getElementById("catalogue").select("#versions td.mine").eachText()).contains(ANALYSTS_TEXT);
    }

    /** Reads the version from the edit form, waits until the other has read it too, then saves. */
    @Test
    void theConflictPageMarksTheFieldsInWhichTheTwoVersionsDiffer() throws Exception {
        issues.insert(Issues.issue(38, IssueStatus.DRAFT), List.of());
        long terminal = terminal(38).id();
        web.perform(save(38, terminal, 0, EDITORS_TEXT).with(editor())).andExpect(status().is3xxRedirection());

        Document sameScore = Pages.html(web.perform(typed(38, terminal, "3 March", ANALYSTS_TEXT, "+2").with(analyst("russia")))
                .andExpect(status().isConflict()).andReturn());
        assertThat(sameScore.select("#versions tr.differs th span").eachText()).as("+2 is the stored 2").containsExactly("Description (English)");
        assertThat(sameScore.select("#versions tr.differs .differs-mark").eachText()).containsExactly("differs");
        assertThat(sameScore.getElementById("differences").text())
                .isEqualTo("Your version differs from the stored one in: Description (English).");

        Document more = Pages.html(web.perform(typed(38, terminal, "4 March", ANALYSTS_TEXT, "3")
                        .param("sources", "https://example.org/terminal").cookie(new jakarta.servlet.http.Cookie("barometer-lang", "ru")).with(analyst("russia")))
                .andExpect(status().isConflict()).andReturn());
        assertThat(more.select("#versions tr.differs th span").eachText())
                .containsExactly("Дата", "Описание (по-английски)", "Оценка", "Источники");
        assertThat(more.select("#versions tr:not(.differs) th span").eachText()).containsExactly("Описание (по-русски)");
        assertThat(more.getElementById("differences").text()).startsWith("Ваша версия отличается от сохранённой в полях: Дата,");

        Document same = Pages.html(web.perform(save(38, terminal, 0, EDITORS_TEXT).with(analyst("russia")))
                .andExpect(status().isConflict()).andReturn());
        assertThat(same.select("#versions tr.differs")).isEmpty();
        assertThat(same.getElementById("differences").text()).isEqualTo("Your version says the same as the stored one.");
    }

    private MvcResult readThenSave(int number, long id, RequestPostProcessor who, String text, CountDownLatch bothHaveRead) throws Exception {
        Document form = Pages.html(web.perform(get("/workspace/issues/" + number + "/catalogue/russia/events/" + id + "/edit").with(who))
                .andExpect(status().isOk()).andReturn());
        int version = Integer.parseInt(form.selectFirst("#event-" + id + " [name=version]").val());
        bothHaveRead.countDown();
        bothHaveRead.await(30, TimeUnit.SECONDS);
        return web.perform(save(number, id, version, text).with(who)).andReturn();
    }

    private static MockHttpServletRequestBuilder save(int number, long id, int version, String text) {
        return post("/workspace/issues/" + number + "/catalogue/russia/events/" + id).with(csrf())
                .param("version", Integer.toString(version)).param("date", "3 March").param("description", text).param("score", "2");
    }

    /** A save of what was typed, from version 0. */
    private static MockHttpServletRequestBuilder typed(int number, long id, String date, String text, String score) {
        return post("/workspace/issues/" + number + "/catalogue/russia/events/" + id).with(csrf())
                .param("version", "0").param("date", date).param("description", text).param("score", score);
    }

    private static MockHttpServletRequestBuilder delete(int number, long id, int version) {
        return post("/workspace/issues/" + number + "/catalogue/russia/events/" + id + "/delete").with(csrf())
                .param("version", Integer.toString(version));
    }

    private Entry terminal(int number) {
        return events.entries(revisions.ref(number).orElseThrow().id(), russia()).get(0);
    }

    private static Subject russia() {
        return new Subject("russia", "Russia");
    }
}
