package org.barometer.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The editor changes a draft's title, period and colour scale; events are dated again; nothing is overwritten silently. */
@WebTest
class IssueDetailsTests {

    static final Period LEAP = Period.of("2024-02", "2024-03");

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    ChangeLog changes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormShowsTheDetailsAsTheyAre() throws Exception {
        issues.insert(draft(60, "5 March"), List.of());

        Document form = page(get("/workspace/issues/60/details").with(editor()));

        assertThat(form.select("#title").attr("value")).isEqualTo("Typo in the titel");
        assertThat(form.select("#first").attr("value")).isEqualTo("2024-02");
        assertThat(form.select("#last").attr("value")).isEqualTo("2024-03");
        assertThat(form.select("input[name=bands[2].colour]").attr("value")).isEqualTo("Yellow");
        assertThat(form.select("input[name=was]").attr("value")).isNotBlank();
        assertThat(page(get("/workspace/issues/60").with(editor())).select("a#details").attr("href")).isEqualTo("/workspace/issues/60/details");
        assertThat(page(get("/workspace/issues/60").with(analyst("russia"))).select("a#details")).isEmpty();
    }

    @Test
    void theEditorChangesTitlePeriodAndScaleAndEveryEventIsDatedAgain() throws Exception {
        issues.insert(draft(61, "5 March"), List.of());
        String was = page(get("/workspace/issues/61/details").with(editor())).select("input[name=was]").attr("value");

        web.perform(details(61, was, "2025-02", "2025-03", "bands[0].colour", "Calm", "bands[0].lowest", "0",
                        "bands[1].colour", "Tense", "bands[1].highest", "-1"))
                .andExpect(redirectedUrl("/workspace/issues/61"));

        Issue changed = issues.find(61).orElseThrow();
        assertThat(changed.title()).isEqualTo("A corrected title");
        assertThat(changed.period()).isEqualTo(Period.of("2025-02", "2025-03"));
        assertThat(changed.scale()).isEqualTo(new ColourScale(List.of(new ColourBand("Calm", 0, null, ""), new ColourBand("Tense", null, -1, ""))));
        assertThat(changed.catalogues().get(0).events().get(0).date().start()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(changed.catalogues().get(0).events().get(0).date().written()).isEqualTo("5 March");
        assertThat(changed.security().events().get(0).date().start()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(jdbc.sql("select version from event e join issue i on i.id = e.issue_id where i.issue_number = 61 and e.kind = 'relationship'")
                .query(Integer.class).single()).as("an event whose dates changed has a new version").isEqualTo(1);
        assertThat(changes.forIssue(61)).anySatisfy(change -> {
            assertThat(change.action()).isEqualTo(ChangeLog.Action.DETAILS);
            assertThat(change.before()).contains("Typo in the titel", "2024-02", "Yellow -12..-7");
            assertThat(change.after()).contains("A corrected title", "2025-02", "Tense -1 and below");
        });
    }

    @Test
    void aDateThatCannotBeReadInTheNewPeriodChangesNothing() throws Exception {
        issues.insert(draft(62, "29 February"), List.of());
        String was = page(get("/workspace/issues/62/details").with(editor())).select("input[name=was]").attr("value");

        String refused = web.perform(details(62, was, "2023-02", "2023-03"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(refused).select("#problems li").text())
                .isEqualTo("Period: the date \"29 February\" of an event cannot be read within the new period.");
        Issue unchanged = issues.find(62).orElseThrow();
        assertThat(unchanged.title()).isEqualTo("Typo in the titel");
        assertThat(unchanged.period()).isEqualTo(LEAP);
        assertThat(unchanged.scale()).isEqualTo(ColourScale.DEFAULT);
        assertThat(changes.forIssue(62)).noneMatch(change -> change.action().equals("details"));
    }

    @Test
    void aChangeSavedInBetweenIsShownNotOverwritten() throws Exception {
        issues.insert(draft(63, "5 March"), List.of());
        String was = page(get("/workspace/issues/63/details").with(editor())).select("input[name=was]").attr("value");
        web.perform(titled(63, was, "Their title", "2024-02", "2024-04")).andExpect(redirectedUrl("/workspace/issues/63"));

        var conflict = web.perform(titled(63, was, "My title", "2024-02", "2024-03"))
                .andExpect(status().isConflict()).andReturn().getResponse();

        Document page = Jsoup.parse(conflict.getContentAsString());
        assertThat(page.select("#conflict dd").first().text()).isEqualTo("Their title");
        assertThat(page.select("#title").attr("value")).isEqualTo("My title");
        assertThat(issues.find(63).orElseThrow().title()).isEqualTo("Their title");
        String resaved = page.select("input[name=was]").attr("value");
        web.perform(titled(63, resaved, "My title", "2024-02", "2024-03")).andExpect(redirectedUrl("/workspace/issues/63"));
        assertThat(issues.find(63).orElseThrow().title()).isEqualTo("My title");
    }

    @Test
    void aScaleTheMethodRefusesAndAnEmptyTitleAreNamedAndNothingChanges() throws Exception {
        issues.insert(draft(64, "5 March"), List.of());
        String was = page(get("/workspace/issues/64/details").with(editor())).select("input[name=was]").attr("value");

        String refused = web.perform(titled(64, was, " ", "2024-02", "2024-03", "bands[0].colour", "Calm", "bands[0].lowest", "0",
                        "bands[1].colour", "Tense", "bands[1].highest", "-2"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(refused).select("#problems li").eachText()).contains("Colour scale: totals -1 have no colour: "
                + "there is a gap between Tense (-2 and below) and Calm (0 and above).");
        assertThat(Jsoup.parse(refused).select("#problems li[data-field=title]")).hasSize(1);
        assertThat(issues.find(64).orElseThrow().title()).isEqualTo("Typo in the titel");
    }

    @Test
    void onlyTheEditorChangesTheDetailsAndNobodyOfAPublishedIssue() throws Exception {
        issues.insert(draft(65, "5 March"), List.of());
        Issue published = draft(66, "5 March").withStatus(IssueStatus.PUBLISHED);
        issues.insert(published, List.of());

        web.perform(get("/workspace/issues/65/details").with(analyst("russia"))).andExpect(status().isForbidden());
        web.perform(details(65, "anything", "2024-02", "2024-03").with(analyst("russia"))).andExpect(status().isForbidden());
        web.perform(get("/workspace/issues/66/details").with(editor())).andExpect(status().isForbidden());
        web.perform(get("/workspace/issues/67/details").with(editor())).andExpect(status().isNotFound());
        assertThat(issues.find(65).orElseThrow().title()).isEqualTo("Typo in the titel");
    }

    /** A draft with one event of Russia dated as written and a security event in "February", the default scale. */
    static Issue draft(int number, String russiaDate) {
        Catalogue russia = new Catalogue(new Relationship("russia", "Russia"),
                List.of(new Event(DateExpression.parse(russiaDate, LEAP), "Talks", 1)));
        SecurityCatalogue security = new SecurityCatalogue(List.of(new SecurityEvent(DateExpression.parse("February", LEAP), "Drill", -1, -2)));
        return new Issue(number, LEAP, "Typo in the titel", IssueStatus.DRAFT, ScoreBound.DEFAULT, ColourScale.DEFAULT, List.of(russia),
                security, List.of());
    }

    private MockHttpServletRequestBuilder details(int number, String was, String first, String last, String... fields) {
        return titled(number, was, "A corrected title", first, last, fields);
    }

    private MockHttpServletRequestBuilder titled(int number, String was, String title, String first, String last, String... fields) {
        MockHttpServletRequestBuilder request = post("/workspace/issues/" + number + "/details").with(editor()).with(csrf())
                .param("was", was).param("title", title).param("first", first).param("last", last);
        if (fields.length == 0) {
            for (int i = 0; i < ColourScale.DEFAULT.bands().size(); i++) {
                ColourBand band = ColourScale.DEFAULT.bands().get(i);
                request.param("bands[" + i + "].colour", band.colour())
                        .param("bands[" + i + "].lowest", band.lowest() == null ? "" : band.lowest().toString())
                        .param("bands[" + i + "].highest", band.highest() == null ? "" : band.highest().toString())
                        .param("bands[" + i + "].meaning", band.meaning());
            }
        }
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(web.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
