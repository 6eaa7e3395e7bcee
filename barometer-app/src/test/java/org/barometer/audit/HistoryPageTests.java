package org.barometer.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.barometer.WebTest;
import org.barometer.catalogue.Issues;
import org.barometer.issue.IssueStore;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The history of an issue in words of the reader's language, narrowed by relationship, person and kind of change. */
@WebTest
class HistoryPageTests {

    private static final AtomicInteger NUMBERS = new AtomicInteger(900);

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    ChangeLog changes;

    @Test
    void saysWhatChangedInAnEventFieldByFieldInEnglishAndRussian() throws Exception {
        int n = draft();
        long id = addEvent(n);
        web.perform(post(events(n) + "/" + id).with(analyst("russia")).with(csrf()).param("version", "0")
                        .param("date", "2 April").param("description", "Talks on the grain terminal resumed").param("score", "2")
                        .param("sources", "https://example.org/b"))
                .andExpect(status().is3xxRedirection());

        Document english = history(n, "", editor());
        Element changed = english.select("#history tbody tr").get(0);
        assertThat(changed.select(".line").eachText()).containsExactly(
                "Date \"1 April\" → \"2 April\"", "Score +1 → +2", "Description (English) changed",
                "Source added: https://example.org/b", "Source removed: https://example.org/a");
        assertThat(changed.select("details dd.before").text()).isEqualTo("Talks on the grain terminal began");
        assertThat(changed.select("details dd.after").text()).isEqualTo("Talks on the grain terminal resumed");
        assertThat(english.select("#history tbody tr").get(1).select(".line").text())
                .isEqualTo("Event added: 1 April, Score +1: Talks on the grain terminal began");
        assertThat(english.select("#history").text()).doesNotContain("{\"", "\"version\"");

        Document russian = history(n, "?lang=ru", editor());
        assertThat(russian.select("#history tbody tr").get(0).select(".line").eachText()).containsExactly(
                "Дата «1 April» → «2 April»", "Оценка +1 → +2", "Описание (по-английски): текст изменён",
                "Добавлен источник: https://example.org/b", "Удалён источник: https://example.org/a");
        assertThat(russian.select("#history tbody tr").get(1).select(".line").text())
                .isEqualTo("Событие добавлено: 1 April, Оценка +1: Talks on the grain terminal began");
    }

    @Test
    void saysADeletedEventInOneLine() throws Exception {
        int n = draft();
        long id = addEvent(n);
        web.perform(post(events(n) + "/" + id + "/delete").with(editor()).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());

        assertThat(history(n, "", analyst("eu")).select("#history tbody tr").get(0).select(".line").text())
                .isEqualTo("Event deleted: 1 April, Score +1: Talks on the grain terminal began");
        assertThat(history(n, "?lang=ru", analyst("eu")).select("#history tbody tr").get(0).select(".line").text())
                .isEqualTo("Событие удалено: 1 April, Оценка +1: Talks on the grain terminal began");
    }

    @Test
    void saysANarrativeChangedWithTheOldAndNewTextToOpen() throws Exception {
        int n = draft();
        narrative(n, "Trade grew.", 0);
        narrative(n, "Trade fell.", 1);

        Element line = history(n, "", editor()).select("#history tbody tr").get(0);
        assertThat(line.select(".line").text()).isEqualTo("Russia: Trends (English) changed");
        assertThat(line.select("details dd.before").text()).isEqualTo("Trade grew.");
        assertThat(line.select("details dd.after").text()).isEqualTo("Trade fell.");
        assertThat(history(n, "?lang=ru", editor()).select("#history tbody tr").get(0).select(".line").text())
                .isEqualTo("Russia: Тенденции (Английский), текст изменён");
    }

    @Test
    void saysIssueMovesInWordsNotJson() throws Exception {
        int n = draft();
        web.perform(post("/workspace/issues/" + n + "/submit").with(editor()).with(csrf())).andExpect(status().is3xxRedirection());

        Document page = history(n, "", editor());
        assertThat(page.select("#history tbody tr").get(0).select(".line").eachText())
                .containsExactly("Issue: submitted for review", "Status: \"Draft\" → \"In review\"");
        assertThat(page.select("#history").text()).doesNotContain("{\"", "in-review");
        assertThat(history(n, "?lang=ru", editor()).select("#history tbody tr").get(0).select(".line").eachText())
                .containsExactly("Выпуск: отправлен на проверку", "Статус: «Черновик» → «На рецензии»");
    }

    @Test
    void narrowsTheHistoryByRelationshipPersonAndKind() throws Exception {
        int n = draft();
        long id = addEvent(n);
        web.perform(post(events(n) + "/" + id + "/delete").with(editor()).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        narrative(n, "Trade grew.", 0);

        assertThat(rows(n, "?kind=added")).containsExactly("analyst-russia");
        assertThat(rows(n, "?kind=deleted")).containsExactly("editor");
        assertThat(rows(n, "?person=analyst-russia")).containsExactly("analyst-russia", "analyst-russia");
        assertThat(rows(n, "?relationship=russia&kind=narrative")).containsExactly("analyst-russia");
        assertThat(rows(n, "?relationship=eu")).isEmpty();
        assertThat(history(n, "?relationship=eu", editor()).text()).contains("No change matches.");
        assertThat(rows(n, "?kind=&person=&relationship=")).hasSize(changes.forIssue(n).size());

        Document russian = history(n, "?lang=ru&kind=deleted", editor());
        assertThat(russian.select("#history-filter select[name=kind] option[selected]").text()).isEqualTo("Удалённые события");
        assertThat(russian.select("#history-filter select[name=relationship] option").eachText()).containsExactly("Все", "Russia");
        assertThat(russian.select("#history-filter select[name=relationship] option").eachAttr("value")).containsExactly("", "russia");
        assertThat(russian.select("#history-filter label span").eachText()).containsExactly("Отношения или часть", "Кто", "Вид изменения");
        assertThat(history(n, "?kind=nothing-like-this", editor()).text()).contains("No change matches.");
    }

    @Test
    void showsOldAndNewTextsEscaped() throws Exception {
        int n = draft();
        String script = "<script>alert(1)</script>";
        web.perform(post(events(n)).with(analyst("russia")).with(csrf())
                        .param("date", "1 April").param("description", script).param("score", "1").param("sources", "https://example.org/a"))
                .andExpect(status().is3xxRedirection());
        narrative(n, "<img src=x onerror=alert(1)>", 0);

        String page = web.perform(get("/workspace/issues/" + n + "/history").with(editor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;img src=x onerror=alert(1)&gt;");
    }

    private int draft() {
        int n = NUMBERS.incrementAndGet();
        issues.insert(Issues.issue(n, IssueStatus.DRAFT), List.of());
        return n;
    }

    private long addEvent(int n) throws Exception {
        web.perform(post(events(n)).with(analyst("russia")).with(csrf()).param("date", "1 April")
                        .param("description", "Talks on the grain terminal began").param("score", "1").param("sources", "https://example.org/a"))
                .andExpect(status().is3xxRedirection());
        return changes.forIssue(n).get(0).entityId();
    }

    private void narrative(int n, String body, int version) throws Exception {
        web.perform(post("/workspace/issues/" + n + "/narrative/russia").with(analyst("russia")).with(csrf())
                        .param("body.trends.en", body).param("version.trends.en", Integer.toString(version)))
                .andExpect(status().is3xxRedirection());
    }

    private static String events(int n) {
        return "/workspace/issues/" + n + "/catalogue/russia/events";
    }

    private List<String> rows(int n, String query) throws Exception {
        return history(n, query, editor()).select("#history tbody td.who").eachText();
    }

    private Document history(int n, String query, org.springframework.test.web.servlet.request.RequestPostProcessor actor) throws Exception {
        MockHttpServletRequestBuilder request = get("/workspace/issues/" + n + "/history" + query).with(actor);
        return Jsoup.parse(web.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
