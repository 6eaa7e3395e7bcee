package org.barometer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
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
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The editor brings back a deleted event or an earlier version of one from the history, as a new change, in a draft only. */
@WebTest
class EventRestoreTests {

    private static final AtomicInteger NUMBERS = new AtomicInteger(950);

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
    void theEditorBringsADeletedEventBackAsANewAdditionLoggedAsRestored() throws Exception {
        int n = draft();
        Entry border = border(n);
        web.perform(post(path(n, border.id()) + "/delete").with(editor()).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long deletion = changes.forIssue(n).get(0).id();

        Document history = history(n, "");
        assertThat(history.select("#history tbody tr").get(0).select("form.restore button").text())
                .isEqualTo("Restore the version before this change");
        web.perform(restore(n, deletion).with(editor()).with(csrf())).andExpect(redirectedUrl("/workspace/issues/" + n + "/history"));

        assertThat(entries(n)).extracting(Entry::description).contains("Border crossing closed for repair works");
        ChangeLog.Change restored = changes.forIssue(n).get(0);
        assertThat(restored.action()).isEqualTo(ChangeLog.Action.RESTORE);
        assertThat(restored.account()).isEqualTo("editor");
        assertThat(changes.forIssue(n)).hasSize(2);
        assertThat(history(n, "").select("#history tbody tr").get(0).select(".line").text())
                .isEqualTo("Event restored: Mid-April, Score -1: Border crossing closed for repair works");
        assertThat(history(n, "?lang=ru").select("#history tbody tr").get(0).select(".line").text())
                .isEqualTo("Событие восстановлено: Mid-April, Оценка -1: Border crossing closed for repair works");
        assertThat(history(n, "?kind=restored").select("#history td.who").eachText()).containsExactly("editor");
    }

    @Test
    void theEditorBringsBackAnEarlierVersionAsANewChangeKeepingTheHistory() throws Exception {
        int n = draft();
        Entry border = border(n);
        web.perform(post(path(n, border.id())).with(csrf()).with(analyst("russia")).param("version", "0").param("date", "Mid-April")
                .param("description", "Border crossing reopened early").param("score", "1")).andExpect(status().is3xxRedirection());
        long edit = changes.forIssue(n).get(0).id();

        web.perform(restore(n, edit).with(editor()).with(csrf())).andExpect(status().is3xxRedirection());

        Entry now = events.entry(revisions.ref(n).orElseThrow().id(), new Subject("russia", "Russia"), border.id()).orElseThrow();
        assertThat(now.description()).isEqualTo("Border crossing closed for repair works");
        assertThat(now.version()).isEqualTo(2);
        assertThat(changes.forIssue(n)).extracting(change -> change.action().key()).containsExactly("restore", "update");
        assertThat(history(n, "").select("#history tbody tr").get(0).select(".line").eachText()).containsExactly(
                "Earlier version restored:", "Score +1 → -1", "Description (English) changed");
    }

    @Test
    void anAnalystAnonymousOrAPostWithoutCsrfIsRefusedAndNothingChanges() throws Exception {
        int n = draft();
        Entry border = border(n);
        web.perform(post(path(n, border.id()) + "/delete").with(editor()).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long deletion = changes.forIssue(n).get(0).id();

        web.perform(restore(n, deletion).with(analyst("russia")).with(csrf())).andExpect(status().isForbidden());
        web.perform(restore(n, deletion).with(editor())).andExpect(status().isForbidden());
        web.perform(restore(n, deletion).with(csrf())).andExpect(status().isForbidden());

        assertThat(changes.forIssue(n)).hasSize(1);
        assertThat(entries(n)).extracting(Entry::description).doesNotContain("Border crossing closed for repair works");
        assertThat(Jsoup.parse(web.perform(get("/workspace/issues/" + n + "/history").with(analyst("russia")))
                .andReturn().getResponse().getContentAsString()).select("form.restore")).isEmpty();
    }

    @Test
    void aRevisionThatIsNotADraftIsRefusedWithAClearMessage() throws Exception {
        int n = draft();
        Entry border = border(n);
        web.perform(post(path(n, border.id()) + "/delete").with(editor()).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long deletion = changes.forIssue(n).get(0).id();
        web.perform(post("/workspace/issues/" + n + "/submit").with(editor()).with(csrf())).andExpect(status().is3xxRedirection());
        Checklist.publish(web, n, editor()).andExpect(status().is3xxRedirection());
        int logged = changes.forIssue(n).size();

        String page = web.perform(restore(n, deletion).with(editor()).with(csrf())).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#refused").text()).isEqualTo("Issue No. " + n + " is \"Published\": only a draft can be "
                + "restored to an earlier version, and nothing was changed. Start a correction to change a published issue.");
        String russian = web.perform(restore(n, deletion).param("lang", "ru").with(editor()).with(csrf())).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(russian).select("#refused").text()).startsWith("Выпуск № " + n + ": статус «Опубликован».");
        assertThat(changes.forIssue(n)).hasSize(logged);
        assertThat(entries(n)).extracting(Entry::description).doesNotContain("Border crossing closed for repair works");
        assertThat(history(n, "").select("form.restore")).isEmpty();
    }

    @Test
    void aChangeOfAnotherIssueOrAnAdditionIsNotRestored() throws Exception {
        int n = draft();
        int other = draft();
        web.perform(post("/workspace/issues/" + n + "/catalogue/russia/events").with(analyst("russia")).with(csrf())
                .param("date", "1 April").param("description", "Talks began").param("score", "1")).andExpect(status().is3xxRedirection());
        long addition = changes.forIssue(n).get(0).id();

        web.perform(restore(other, addition).with(editor()).with(csrf())).andExpect(status().isNotFound());
        web.perform(restore(n, addition).with(editor()).with(csrf())).andExpect(status().isBadRequest());
        web.perform(restore(n, 987654321L).with(editor()).with(csrf())).andExpect(status().isNotFound());
        assertThat(changes.forIssue(n)).hasSize(1);
    }

    private int draft() {
        int n = NUMBERS.incrementAndGet();
        issues.insert(Issues.issue(n, IssueStatus.DRAFT), List.of());
        return n;
    }

    private List<Entry> entries(int n) {
        return events.entries(revisions.ref(n).orElseThrow().id(), new Subject("russia", "Russia"));
    }

    private Entry border(int n) {
        return entries(n).get(1);
    }

    private static String path(int n, long id) {
        return "/workspace/issues/" + n + "/catalogue/russia/events/" + id;
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder restore(int n, long change) {
        return post("/workspace/issues/" + n + "/history/" + change + "/restore-event");
    }

    private Document history(int n, String query) throws Exception {
        return Jsoup.parse(web.perform(get("/workspace/issues/" + n + "/history" + query).with(editor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
