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

import org.barometer.WebTest;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebTest
class CataloguePageTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    Entries events;

    @Test
    void descriptionsWithMarkupComeBackEscapedOnTheCatalogueTheFormAndTheHistory() throws Exception {
        issues.insert(Issues.issue(41, IssueStatus.DRAFT), List.of());
        web.perform(post("/workspace/issues/41/catalogue/russia/events").with(csrf()).with(analyst("russia"))
                .param("date", "6 April").param("description", SCRIPT).param("descriptionRu", IMAGE).param("score", "1"))
                .andExpect(status().is3xxRedirection());
        Entry added = events.entries(revisions.ref(41).orElseThrow().id(), new Subject("russia", "Russia")).get(2);
        web.perform(post("/workspace/issues/41/catalogue/russia/events/" + added.id()).with(csrf()).with(analyst("russia"))
                .param("version", "0").param("date", "7 April").param("description", IMAGE).param("descriptionRu", SCRIPT).param("score", "1"))
                .andExpect(status().is3xxRedirection());

        String catalogue = body(get("/workspace/issues/41/catalogue/russia").with(analyst("russia")));
        String history = body(get("/workspace/issues/41/catalogue/russia/events/" + added.id() + "/history").with(analyst("russia")));
        String refusedForm = web.perform(post("/workspace/issues/41/catalogue/russia/events").with(csrf()).with(analyst("russia"))
                        .param("date", SCRIPT).param("description", IMAGE).param("score", "1"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        for (String page : List.of(catalogue, history, refusedForm)) {
            assertThat(page).doesNotContain("<script>alert", "<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
        }
        assertThat(catalogue).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(history).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(refusedForm).contains("cannot read the date &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;");
    }

    @Test
    void inRussianThePageSpeaksRussian() throws Exception {
        issues.insert(Issues.issue(42, IssueStatus.DRAFT), List.of());

        Document page = html(get("/workspace/issues/42/catalogue/russia").param("lang", "ru").with(analyst("russia")));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Каталог событий: Russia");
        assertThat(page.select("#totals th").eachText()).containsExactly("Совокупный индекс", "Позитивные баллы", "Негативные баллы");
        assertThat(page.select("#events thead th").eachText())
                .containsExactly("№", "Дата", "Описание (по-английски)", "Описание (по-русски)", "Оценка", "Источники", "Действия");
        assertThat(page.select("#events .missing").first().text()).isEqualTo("нет русского текста");
        assertThat(page.select("#add-event h2").text()).isEqualTo("Добавить событие");
        assertThat(page.select("#add-event button").text()).isEqualTo("Добавить событие");
        assertThat(page.select("#events .actions a").eachText()).contains("Изменить", "История");
        assertThat(page.getElementById("about").text()).contains("Редакция 1", "Черновик");

        Document security = html(get("/workspace/issues/42/security").param("lang", "ru").with(editor()));
        assertThat(security.select("#totals th").eachText()).containsExactly("Национальная безопасность", "Региональная напряжённость");
    }

    @Test
    void showsTheStatedFiguresTheCatalogueDoesNotAddUpToUntilItDoes() throws Exception {
        issues.insert(Issues.issue(43, IssueStatus.DRAFT), List.of());

        Document before = html(get("/workspace/issues/43/catalogue/russia").with(analyst("russia")));
        assertThat(before.select("#findings li").eachText()).startsWith("Russia: Aggregate index published as +3, the catalogue gives +1.")
                .contains("Russia, Trends: written in neither English nor Russian.");
        assertThat(html(get("/workspace/issues/43/catalogue/eu").with(analyst("eu"))).select("#findings li").eachText())
                .noneMatch(finding -> finding.contains("published as"));

        web.perform(post("/workspace/issues/43/catalogue/russia/events").with(csrf()).with(analyst("russia"))
                .param("date", "Late April").param("description", "Trade mission agrees on quotas").param("score", "2"))
                .andExpect(status().is3xxRedirection());

        Document after = html(get("/workspace/issues/43/catalogue/russia").with(analyst("russia")));
        assertThat(after.getElementById("aggregate").text()).isEqualTo("+3");
        assertThat(after.select("#findings li").eachText()).noneMatch(finding -> finding.contains("published as"));
    }

    @Test
    void aPublishedIssueIsShownWithoutEditControls() throws Exception {
        issues.insert(Issues.issue(44, IssueStatus.PUBLISHED), List.of());

        for (String path : List.of("/workspace/issues/44/catalogue/russia", "/workspace/issues/44/security")) {
            Document page = html(get(path).with(editor()));
            assertThat(page.getElementById("read-only").text()).isEqualTo("This issue is published: nothing in it can be changed here.");
            assertNoEditControls(page);
            assertThat(page.select("#events .actions a").eachText()).containsOnly("History");
        }
    }

    @Test
    void everyMemberReadsEveryCatalogueButOnlyThoseWhoMayChangeItSeeControls() throws Exception {
        issues.insert(Issues.issue(45, IssueStatus.DRAFT), List.of());

        Document notTheirs = html(get("/workspace/issues/45/catalogue/russia").with(analyst("eu")));
        assertThat(notTheirs.select("#events tbody tr")).hasSize(2);
        assertThat(notTheirs.getElementById("read-only").text()).isEqualTo("You can read this catalogue; its analysts and the editor change it.");
        assertNoEditControls(notTheirs);

        Document theirs = html(get("/workspace/issues/45/catalogue/russia").with(analyst("russia")));
        assertThat(theirs.getElementById("add-event")).isNotNull();
        assertThat(theirs.getElementById("read-only")).isNull();

        web.perform(get("/workspace/issues/45/catalogue/russia").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        web.perform(get("/workspace/issues/45/catalogue/ukraine").with(editor())).andExpect(status().isNotFound());
        web.perform(get("/workspace/issues/46/security").with(editor())).andExpect(status().isNotFound());
    }

    @Test
    void withoutJavaScriptTheEditFormIsAPageOfItsOwn() throws Exception {
        issues.insert(Issues.issue(47, IssueStatus.DRAFT), List.of());
        Entry drill = events.entries(revisions.ref(47).orElseThrow().id(), Subject.security()).get(0);

        Document page = html(get("/workspace/issues/47/security/events/" + drill.id() + "/edit").with(editor()));

        Element form = page.selectFirst("#event-" + drill.id() + " form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/workspace/issues/47/security/events/" + drill.id());
        assertThat(form.selectFirst("[name=_csrf]")).isNotNull();
        assertThat(form.selectFirst("[name=version]").val()).isEqualTo("0");
        assertThat(form.selectFirst("[name=date]").val()).isEqualTo("20-24 March");
        assertThat(form.selectFirst("[name=national]").val()).isEqualTo("-1");
        assertThat(form.selectFirst("[name=regional]").val()).isEqualTo("-2");
        assertThat(page.selectFirst("header.site-header")).isNotNull();
    }

    @Test
    void theHistoryOfAnEventSaysWhoChangedWhatAndKeepsADeletedEvent() throws Exception {
        issues.insert(Issues.issue(48, IssueStatus.DRAFT), List.of());
        Entry border = events.entries(revisions.ref(48).orElseThrow().id(), new Subject("russia", "Russia")).get(1);
        String path = "/workspace/issues/48/catalogue/russia/events/" + border.id();
        assertThat(html(get(path + "/history").with(analyst("eu"))).text()).contains("Not changed since the issue was imported.");

        web.perform(post(path).with(csrf()).with(analyst("russia")).param("version", "0").param("date", "Mid-April")
                .param("description", "Border crossing reopened early").param("score", "1")).andExpect(status().is3xxRedirection());
        web.perform(post(path + "/delete").with(csrf()).with(editor()).param("version", "1")).andExpect(status().is3xxRedirection());

        Document history = html(get(path + "/history").with(analyst("eu")));
        assertThat(history.select("#now").text()).contains("This event has been deleted.");
        assertThat(history.select("#history tbody tr")).hasSize(2);
        assertThat(history.select("#history td.who").eachText()).containsExactly("editor", "analyst-russia");
        assertThat(history.select("#history td.what .action").eachText()).containsExactly("deleted", "changed");
        assertThat(history.select("#history tbody tr").get(1).select("td.before").text()).contains("Border crossing closed for repair works", "-1");
        assertThat(history.select("#history tbody tr").get(1).select("td.after").text()).contains("Border crossing reopened early", "+1");
        web.perform(get("/workspace/issues/48/catalogue/eu/events/" + border.id() + "/history").with(editor())).andExpect(status().isNotFound());
    }

    @Test
    void theHistoryOfAnEventSaysEachChangeInWordsOfThePagesLanguage() throws Exception {
        issues.insert(Issues.issue(49, IssueStatus.DRAFT), List.of());
        Entry border = events.entries(revisions.ref(49).orElseThrow().id(), new Subject("russia", "Russia")).get(1);
        String path = "/workspace/issues/49/catalogue/russia/events/" + border.id();
        web.perform(post(path).with(csrf()).with(analyst("russia")).param("version", "0").param("date", "Mid-April")
                .param("description", "Border crossing reopened early").param("score", "2")
                .param("sources", "https://example.org/border")).andExpect(status().is3xxRedirection());
        web.perform(post(path + "/delete").with(csrf()).with(editor()).param("version", "1")).andExpect(status().is3xxRedirection());

        Document english = html(get(path + "/history").with(analyst("eu")));
        Document russian = html(get(path + "/history").param("lang", "ru").with(analyst("eu")));

        assertThat(english.select("#history tbody tr").get(1).select("td.what .line").eachText()).contains("Score -1 → +2",
                "Description (English) changed", "Source added: https://example.org/border");
        assertThat(english.select("#history tbody tr").get(0).select("td.what .line").text())
                .isEqualTo("Event deleted: Mid-April, Score +2: Border crossing reopened early");
        assertThat(russian.select("#history tbody tr").get(1).select("td.what .line").eachText()).contains("Оценка -1 → +2",
                "Описание (по-английски): текст изменён", "Добавлен источник: https://example.org/border");
        assertThat(english.select("#history").text() + russian.select("#history").text()).doesNotContain("{", "\"description\"");
    }

    private static void assertNoEditControls(Document page) {
        assertThat(page.getElementById("add-event")).isNull();
        assertThat(page.select("#catalogue form")).isEmpty();
        assertThat(page.select("[hx-post]")).isEmpty();
        assertThat(page.select("a[href$=/edit]")).isEmpty();
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Pages.html(web.perform(request).andExpect(status().isOk()).andReturn());
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return web.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
