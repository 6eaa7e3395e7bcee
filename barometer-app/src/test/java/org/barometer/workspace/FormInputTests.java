package org.barometer.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.WebTest;
import org.barometer.account.TestActors;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueStore;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every form of the workspace is held to the input rules: a character XML cannot carry, a text longer than its column
 * or an indexed row beyond the last a form may have is refused with a 400 page naming the field, and nothing is kept;
 * no form answers 500.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormInputTests {

    static final String ISSUE = "/workspace/issues/60";

    @Autowired
    MockMvc web;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void theSampleIssueAndADraft(@Autowired SampleIssue sample, @Autowired IssueStore issues) {
        sample.loadIntoEmptyStore();
        Issue published = issues.find(17).orElseThrow();
        issues.insert(published.withNumberAndPeriod(60, published.period()).withStatus(IssueStatus.DRAFT), List.of());
    }

    String refused(MockHttpServletRequestBuilder request) throws Exception {
        return refused(request, TestActors.editor());
    }

    String refused(MockHttpServletRequestBuilder request, RequestPostProcessor actor) throws Exception {
        String html = web.perform(request.with(actor).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select("main").text();
    }

    int events() {
        return jdbc.sql("select count(*) from event").query(Integer.class).single();
    }

    @Test
    void aDateLongerThanItsColumnIsRefusedNamingTheFieldAndTheLimit() throws Exception {
        int before = events();

        String page = refused(post(ISSUE + "/catalogue/russia/events").param("date", "5 October" + " ".repeat(95) + "2020")
                .param("description", "Talks").param("score", "1"));

        assertThat(page).contains("\"Date\"", "at most 100");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void everyTextLongerThanItsLimitIsRefusedNamingTheFieldAndTheLimitAndNothingIsKept() throws Exception {
        int before = events();
        String link = "https://example.org/" + "a".repeat(981);
        Map<MockHttpServletRequestBuilder, String> forms = new LinkedHashMap<>();
        forms.put(post(ISSUE + "/catalogue/russia/events").param("date", "5 October").param("description", "Talks ".repeat(8_334)).param("score", "1"),
                "\"Description (English)\" is 50004 characters long; at most 1000 are allowed");
        forms.put(post(ISSUE + "/catalogue/russia/events").param("date", "5 October").param("description", "Talks").param("descriptionRu", "я".repeat(1_001))
                .param("score", "1"), "\"Description (Russian)\" is 1001 characters long; at most 1000 are allowed");
        forms.put(post(ISSUE + "/security/events").param("date", "6 October").param("description", "Drills")
                .param("sources", "https://example.org/short\r\n" + link).param("national", "0").param("regional", "-1"),
                "\"Sources\" is 1001 characters long; at most 1000 are allowed");
        forms.put(post(ISSUE + "/narrative/russia").param("body.trends.en", "Trend\r\n" + "t".repeat(100_000)).param("version.trends.en", "0"),
                "\"Trends (English)\" is 100006 characters long; at most 100000 are allowed");
        forms.put(post(ISSUE + "/authors").param("name", "A. Author").param("affiliation", "Minsk").param("biography", "b".repeat(5_001)),
                "\"Biography\" is 5001 characters long; at most 5000 are allowed");
        forms.put(post(ISSUE + "/send-back").param("comment", "c".repeat(5_001)), "\"Comment\" is 5001 characters long; at most 5000 are allowed");
        forms.put(post("/workspace/issues/17/correct").param("note", "n".repeat(2_001)), "\"Correction note\" is 2001 characters long; at most 2000 are allowed");
        forms.put(post("/workspace/issues").param("number", "163").param("title", "Long meaning").param("first", "2021-01").param("last", "2021-02")
                .param("relationships", "russia").param("lowest", "-3").param("highest", "3")
                .param("bands[0].colour", "red").param("bands[0].lowest", "-3").param("bands[0].highest", "3").param("bands[0].meaning", "m".repeat(1_001)),
                "\"Meaning in row 1\" is 1001 characters long; at most 1000 are allowed");
        for (Map.Entry<MockHttpServletRequestBuilder, String> form : forms.entrySet()) {
            assertThat(refused(form.getKey())).contains(form.getValue(), "Nothing was changed");
        }

        assertThat(events()).isEqualTo(before);
        Map<String, Integer> limits = Map.of("narrative.body", 100_000, "issue_author.biography", 5_000, "review_comment.body", 5_000,
                "issue.correction_note", 2_000, "colour_band.meaning", 1_000);
        limits.forEach((column, limit) -> {
            String[] table = column.split("\\.");
            assertThat(jdbc.sql("select count(*) from " + table[0] + " where char_length(" + table[1] + ") > " + limit).query(Integer.class).single())
                    .as(column).isZero();
        });
        assertThat(jdbc.sql("select count(*) from issue where issue_number = 163 or issue_number = 17 and revision > 1").query(Integer.class).single()).isZero();
    }

    @Test
    void aRussianPageSaysTheRefusalInRussianNamingTheFieldAndTheLimit() throws Exception {
        int before = events();
        Map<MockHttpServletRequestBuilder, String> forms = new LinkedHashMap<>();
        forms.put(post(ISSUE + "/catalogue/russia/events").param("date", "5 October").param("description", "d".repeat(1_234)).param("score", "1"),
                "поле «Описание (по-английски)» превышает предел в 1000 знаков (длина — 1234)");
        forms.put(post(ISSUE + "/security/events").param("date", "6 October").param("description", "Drills").param("descriptionRu", "Учения\u000B")
                .param("national", "0").param("regional", "-1"), "поле «Описание (по-русски)» содержит управляющий символ U+000B, который нельзя сохранить");
        forms.put(post(ISSUE + "/narrative/russia").param("body.trends.ru", "т".repeat(100_001)).param("version.trends.ru", "0"),
                "поле «Тенденции (Русский)» превышает предел в 100000 знаков (длина — 100001)");
        forms.put(post(ISSUE + "/authors").param("name", "А. Автор").param("affiliation", "м".repeat(501)).param("biography", ""),
                "поле «Место работы» превышает предел в 500 знаков (длина — 501)");
        forms.put(post("/workspace/issues").param("number", "164").param("title", "Т".repeat(501)).param("first", "2021-01").param("last", "2021-02")
                .param("relationships", "russia").param("lowest", "-3").param("highest", "3"), "поле «Название» превышает предел в 500 знаков");
        forms.put(post("/workspace/issues").param("number", "164").param("title", "Долгое значение").param("first", "2021-01").param("last", "2021-02")
                .param("relationships", "russia").param("lowest", "-3").param("highest", "3").param("bands[1].colour", "красный\u0001"),
                "поле «Цвет, строка 2» содержит управляющий символ U+0001");
        for (Map.Entry<MockHttpServletRequestBuilder, String> form : forms.entrySet()) {
            assertThat(refused(form.getKey().param("lang", "ru"))).contains(form.getValue(), "Ничего не изменено").doesNotContain("characters", "allowed");
        }
        assertThat(refused(post("/workspace/accounts").param("username", "б".repeat(81)).param("password", "a long password").param("role", "EDITOR")
                .param("lang", "ru"), TestActors.admin())).contains("поле «Имя пользователя» превышает предел в 80 знаков (длина — 81)");

        assertThat(events()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from issue where issue_number = 164").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from issue_author where name = 'А. Автор'").query(Integer.class).single()).isZero();
    }

    @Test
    void anEnglishPageNamesTheFieldByItsLabel() throws Exception {
        assertThat(refused(post(ISSUE + "/catalogue/russia/events").param("date", "5 October").param("description", "d".repeat(1_234)).param("score", "1")))
                .contains("The form was not accepted: the field \"Description (English)\" is 1234 characters long; at most 1000 are allowed. Nothing was changed.");
    }

    @Test
    void aTextAtItsLimitIsKept() throws Exception {
        web.perform(post(ISSUE + "/authors").param("name", "A. Limit").param("affiliation", "Minsk").param("biography", "б".repeat(5_000))
                .with(TestActors.editor()).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select char_length(biography) from issue_author where name = 'A. Limit'").query(Integer.class).single()).isEqualTo(5_000);
    }

    @Test
    void everyFormStatesTheLimitsOfItsTextsAndLongWordsWrapInTables() throws Exception {
        Document created = page("/workspace/issues/new");
        assertThat(created.select("input[name=bands[0].meaning]").attr("maxlength")).isEqualTo("1000");
        Document draft = page(ISSUE);
        assertThat(draft.select("#author-biography").attr("maxlength")).isEqualTo("5000");
        assertThat(page("/workspace/issues/17").select("textarea#note").attr("maxlength")).isEqualTo("2000");
        Document catalogue = page(ISSUE + "/catalogue/russia");
        assertThat(catalogue.select("textarea[name=description]")).isNotEmpty().allSatisfy(e -> assertThat(e.attr("maxlength")).isEqualTo("1000"));
        assertThat(catalogue.select("textarea[name=descriptionRu]")).isNotEmpty().allSatisfy(e -> assertThat(e.attr("maxlength")).isEqualTo("1000"));
        assertThat(catalogue.text()).contains("up to 1,000 characters each");
        Document narrative = page(ISSUE + "/narrative/russia");
        assertThat(narrative.select("textarea[name^=body.]")).isNotEmpty().allSatisfy(e -> assertThat(e.attr("maxlength")).isEqualTo("100000"));
        assertThat(narrative.select("#narrative-limit").text()).isEqualTo("Each text holds up to 100,000 characters.");

        assertThat(web.perform(get("/css/barometer.css")).andReturn().getResponse().getContentAsString()).contains("td { overflow-wrap: anywhere; }");
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(web.perform(get(path).with(TestActors.editor())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void anAuthorRowBeyondTheLastAFormMayHaveIsRefused() throws Exception {
        String page = refused(post("/workspace/issues").param("number", "161").param("title", "Many authors")
                .param("first", "2021-01").param("last", "2021-02").param("relationships", "russia")
                .param("lowest", "-3").param("highest", "3").param("authors[256].name", "A. Author"));

        assertThat(page).contains("authors[256]");
        assertThat(jdbc.sql("select count(*) from issue where issue_number = 161").query(Integer.class).single()).isZero();
    }

    @Test
    void aControlCharacterIsRefusedInEveryFormAndNothingIsKept() throws Exception {
        String text = "Talks\u000B held";
        List<MockHttpServletRequestBuilder> forms = List.of(
                post(ISSUE + "/catalogue/russia/events").param("date", "5 October").param("description", "Talks").param("descriptionRu", text).param("score", "1"),
                post(ISSUE + "/security/events").param("date", "6 October").param("description", text).param("national", "0").param("regional", "-1"),
                post(ISSUE + "/narrative/russia").param("body.trends.en", text).param("version.trends.en", "0"),
                post(ISSUE + "/narrative/foreword").param("body.signature.en", text).param("version.signature.en", "0"),
                post(ISSUE + "/authors").param("name", "A. Author").param("affiliation", "Minsk").param("biography", text),
                post(ISSUE + "/details").param("title", text).param("first", "2020-09").param("last", "2020-10"),
                post(ISSUE + "/send-back").param("comment", text),
                post("/workspace/issues/17/correct").param("note", text),
                post("/workspace/issues").param("number", "162").param("title", text).param("first", "2021-01").param("last", "2021-02")
                        .param("relationships", "russia").param("lowest", "-3").param("highest", "3"),
                post("/workspace/relationships").param("name", "the Baltic\u0001 States"));
        for (MockHttpServletRequestBuilder form : forms) {
            assertThat(refused(form)).contains("control character U+000", "Nothing was changed");
        }
        assertThat(refused(post("/workspace/accounts").param("username", "bob\u000B").param("password", "a long password")
                .param("role", "EDITOR"), TestActors.admin())).contains("\"User name\"");

        for (String column : List.of("event.description", "event.description_ru", "narrative.body", "issue_author.biography",
                "issue.title", "issue.correction_note", "review_comment.body", "relationship.name", "account.username")) {
            String[] table = column.split("\\.");
            assertThat(jdbc.sql("select count(*) from " + table[0] + " where " + table[1] + " like ?").param("%\u000B%").query(Integer.class).single())
                    .as(column).isZero();
        }
        assertThat(jdbc.sql("select count(*) from issue where issue_number in (17, 162) and revision > 1 or issue_number = 162")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theErrorAddressAskedForItselfIsNotFound() throws Exception {
        web.perform(get("/error")).andExpect(status().isNotFound());
        web.perform(get("/error").with(TestActors.editor())).andExpect(status().isNotFound());
    }
}
