package org.barometer.narrative;

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

import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.catalogue.Issues;
import org.barometer.issue.IssueStore;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The editor brings a narrative text back to an earlier version from the history, as a new change, in a draft only. */
@WebTest
class NarrativeRestoreTests {

    private static final AtomicInteger NUMBERS = new AtomicInteger(980);

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Narratives narratives;

    @Autowired
    ChangeLog changes;

    @Test
    void theEditorBringsBackTheEarlierTextAsANewChange() throws Exception {
        int n = draft();
        write(n, "Trade grew.", 0);
        write(n, "Trade fell.", 1);
        long second = changes.forIssue(n).get(0).id();

        assertThat(history(n, "").select("#history tbody tr").get(0).select("form.restore button").text())
                .isEqualTo("Restore the version before this change");
        web.perform(restore(n, second).with(editor()).with(csrf())).andExpect(redirectedUrl("/workspace/issues/" + n + "/history"));

        assertThat(narratives.of(n, 1).orElseThrow().html("russia", "trends", "en")).contains("Trade grew.").doesNotContain("Trade fell.");
        assertThat(changes.forIssue(n)).extracting(change -> change.action().key()).containsExactly("restore", "edit", "edit");
        Document page = history(n, "");
        assertThat(page.select("#history tbody tr").get(0).select(".line").text())
                .isEqualTo("Russia: Trends (English) restored to an earlier version");
        assertThat(page.select("#history tbody tr").get(0).select("dd.before").text()).isEqualTo("Trade fell.");
        assertThat(page.select("#history tbody tr").get(0).select("dd.after").text()).isEqualTo("Trade grew.");
        assertThat(history(n, "?lang=ru").select("#history tbody tr").get(0).select(".line").text())
                .isEqualTo("Russia: Тенденции (Английский), восстановлена прежняя версия текста");
    }

    @Test
    void anAnalystNoCsrfOrAPublishedRevisionIsRefusedAndTheTextStays() throws Exception {
        int n = draft();
        write(n, "Trade grew.", 0);
        write(n, "Trade fell.", 1);
        long second = changes.forIssue(n).get(0).id();

        web.perform(restore(n, second).with(analyst("russia")).with(csrf())).andExpect(status().isForbidden());
        web.perform(restore(n, second).with(editor())).andExpect(status().isForbidden());
        web.perform(restore(n, second).with(csrf())).andExpect(status().isForbidden());
        web.perform(post("/workspace/issues/" + n + "/submit").with(editor()).with(csrf())).andExpect(status().is3xxRedirection());
        String refused = web.perform(restore(n, second).with(editor()).with(csrf())).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#refused").text()).startsWith("Issue No. " + n + " is \"In review\": only a draft");

        assertThat(narratives.of(n, 1).orElseThrow().html("russia", "trends", "en")).contains("Trade fell.");
        assertThat(changes.forIssue(n)).noneMatch(change -> change.action() == ChangeLog.Action.RESTORE);
        assertThat(history(n, "").select("form.restore")).isEmpty();
    }

    @Test
    void aFirstWritingHasNoEarlierTextAndAnEventChangeIsNotAText() throws Exception {
        int n = draft();
        write(n, "Trade grew.", 0);
        long first = changes.forIssue(n).get(0).id();
        web.perform(restore(n, first).with(editor()).with(csrf())).andExpect(status().isBadRequest());
        web.perform(restore(n + 1000, first).with(editor()).with(csrf())).andExpect(status().isNotFound());
        assertThat(changes.forIssue(n)).hasSize(1);
    }

    private int draft() {
        int n = NUMBERS.incrementAndGet();
        issues.insert(Issues.issue(n, IssueStatus.DRAFT), List.of());
        return n;
    }

    private void write(int n, String body, int version) throws Exception {
        web.perform(post("/workspace/issues/" + n + "/narrative/russia").with(analyst("russia")).with(csrf())
                        .param("body.trends.en", body).param("version.trends.en", Integer.toString(version)))
                .andExpect(status().is3xxRedirection());
    }

    private static MockHttpServletRequestBuilder restore(int n, long change) {
        return post("/workspace/issues/" + n + "/history/" + change + "/restore-text");
    }

    private Document history(int n, String query) throws Exception {
        return Jsoup.parse(web.perform(get("/workspace/issues/" + n + "/history" + query).with(editor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
