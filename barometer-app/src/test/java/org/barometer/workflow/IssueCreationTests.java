package org.barometer.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Relationships;
import org.barometer.issue.Revision;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Relationship;
import org.barometer.method.ScoreBound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The editor creates an issue from the configured relationships; a form with a mistake stores nothing. */
@WebTest
class IssueCreationTests {

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

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void configureRelationships() throws Exception {
        for (String name : new String[] {"Russia", "the EU"}) {
            if (relationships.list().stream().noneMatch(r -> r.name().equals(name))) {
                web.perform(post("/workspace/relationships").with(editor()).with(csrf()).param("name", name))
                        .andExpect(redirectedUrl("/workspace/relationships"));
            }
        }
    }

    @Test
    void theEditorAddsARelationshipToTheConfiguredList() throws Exception {
        web.perform(post("/workspace/relationships").with(editor()).with(csrf()).param("name", "the Baltic States"))
                .andExpect(redirectedUrl("/workspace/relationships"));

        assertThat(relationships.list()).contains(new Relationship("baltic-states", "the Baltic States"));
        assertThat(page(get("/workspace/relationships").with(analyst("russia")))).contains("the Baltic States", "baltic-states");
    }

    @Test
    void refusesARelationshipWhoseCodeIsTakenOrKeptForSecurity() throws Exception {
        int before = relationships.list().size();

        web.perform(post("/workspace/relationships").with(editor()).with(csrf()).param("name", "The EU"))
                .andExpect(status().isUnprocessableContent());
        web.perform(post("/workspace/relationships").with(editor()).with(csrf()).param("name", "Regional"))
                .andExpect(status().isUnprocessableContent());
        web.perform(post("/workspace/relationships").with(analyst("russia")).with(csrf()).param("name", "Japan"))
                .andExpect(status().isForbidden());

        assertThat(relationships.list()).hasSize(before);
    }

    @Test
    void createsADraftWithItsRelationshipsBoundScaleAndAuthors() throws Exception {
        web.perform(valid(21)
                        .param("authors[0].name", "Vera Example").param("authors[0].affiliation", "Institute of Tests")
                        .param("authors[0].biography", "Writes about trade.")
                        .param("authors[1].name", "").param("authors[1].affiliation", "").param("authors[1].biography", ""))
                .andExpect(redirectedUrl("/workspace/issues/21"));

        Issue issue = issues.find(21).orElseThrow();
        assertThat(issue.status()).isEqualTo(IssueStatus.DRAFT);
        assertThat(issue.title()).isEqualTo("Invented monitoring");
        assertThat(issue.period().first()).isEqualTo(YearMonth.of(2022, 3));
        assertThat(issue.period().last()).isEqualTo(YearMonth.of(2022, 4));
        assertThat(issue.catalogues()).extracting(Catalogue::relationship)
                .containsExactly(new Relationship("russia", "Russia"), new Relationship("eu", "the EU"));
        assertThat(issue.bound()).isEqualTo(ScoreBound.DEFAULT);
        assertThat(issue.scale()).isEqualTo(ColourScale.DEFAULT);
        assertThat(revisions.of(21)).singleElement().extracting(Revision::revision).isEqualTo(1);
        assertThat(changes.forIssue(21)).extracting(change -> change.entity().key(), change -> change.action().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("author", "add"), org.assertj.core.groups.Tuple.tuple("issue", "create"));
        assertThat(page(get("/workspace/issues/21").with(editor())))
                .contains("Vera Example", "Institute of Tests", "Writes about trade.", "Draft", "Invented monitoring",
                        "/workspace/issues/21/catalogue/russia", "/workspace/issues/21/narrative/eu", "/workspace/issues/21/security");
    }

    @Test
    void refusesATakenNumberAndStoresNothing() throws Exception {
        web.perform(valid(22)).andExpect(redirectedUrl("/workspace/issues/22"));
        int logged = changes.forIssue(22).size();

        String page = web.perform(valid(22, "title", "A second try"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Number: issue No. 22 already exists.").contains("value=\"A second try\"");
        assertThat(issues.find(22).orElseThrow().title()).isEqualTo("Invented monitoring");
        assertThat(revisions.of(22)).hasSize(1);
        assertThat(changes.forIssue(22)).hasSize(logged);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsAndStoresNothing() throws Exception {
        String page = web.perform(valid(23, "first", "2022-05", "last", "2022-04"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Last month: the period ends (2022-04) before it starts (2022-05).");
        assertNothingStored(23);
    }

    @Test
    void refusesAMonthThatIsNotAMonthAndStoresNothing() throws Exception {
        String page = web.perform(valid(24, "first", "March"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("First month: &quot;March&quot; is not a month (YYYY-MM).");
        assertNothingStored(24);
    }

    @Test
    void refusesAnIssueWithoutARelationshipAndStoresNothing() throws Exception {
        String page = web.perform(post("/workspace/issues").with(editor()).with(csrf())
                        .param("number", "25").param("title", "No relationship").param("first", "2022-03").param("last", "2022-04")
                        .param("lowest", "-3").param("highest", "3"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Relationships: choose at least one relationship.").contains("value=\"No relationship\"");
        assertNothingStored(25);
    }

    @Test
    void refusesAnAuthorWithoutANameAndStoresNothing() throws Exception {
        String page = web.perform(valid(26).param("authors[0].affiliation", "Somewhere"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Authors: author 1 needs a name.");
        assertNothingStored(26);
    }

    @Test
    void addsAndRemovesAuthorRowsWithoutCreatingTheIssue() throws Exception {
        String added = page(valid(27).param("authors[0].name", "First Person").param("action", "add-author"));
        assertThat(added).contains("authors[1].name").doesNotContain("authors[2].name").contains("value=\"First Person\"");

        String removed = page(valid(27)
                .param("authors[0].name", "First Person").param("authors[1].name", "Second Person").param("action", "remove-author-0"));
        assertThat(removed).contains("value=\"Second Person\"").doesNotContain("First Person");
        assertNothingStored(27);
    }

    @Test
    void onlyTheEditorCreatesIssues() throws Exception {
        web.perform(get("/workspace/issues/new").with(analyst("russia"))).andExpect(status().isForbidden());
        web.perform(valid(28).with(analyst("russia"))).andExpect(status().isForbidden());

        assertNothingStored(28);
        assertThat(page(get("/workspace/issues/new").with(editor())))
                .contains("Russia", "the EU", "name=\"bands[2].colour\" maxlength=\"40\" size=\"8\" value=\"Yellow\"", "value=\"-12\"", "value=\"-7\"");
    }

    @Test
    void theFormStartsFromTheScaleOfTheLatestPublishedIssue() throws Exception {
        ColourScale revised = new ColourScale(List.of(new ColourBand("Quiet", 0, null, "Nothing to watch"),
                new ColourBand("Uneasy", -9, -1, "Watch closely"), new ColourBand("Grave", null, -10, "Act")));
        Issue published = new Issue(90, org.barometer.method.Period.of("2030-01", "2030-02"), "Revised scale", IssueStatus.PUBLISHED,
                ScoreBound.DEFAULT, revised, List.of(), org.barometer.method.SecurityCatalogue.EMPTY, List.of());
        issues.insert(published, List.of());
        try {
            String form = page(get("/workspace/issues/new").with(editor()));
            assertThat(form).contains("value=\"Quiet\"", "value=\"Uneasy\"", "value=\"-9\"", "value=\"Grave\"", "value=\"-10\"")
                    .doesNotContain("value=\"Yellow\"");

            web.perform(valid(31)).andExpect(redirectedUrl("/workspace/issues/31"));
            assertThat(issues.find(31).orElseThrow().scale()).as("a form without band rows takes the scale in force").isEqualTo(revised);
        } finally {
            issues.delete(90);
        }
    }

    @Test
    void createsAnIssueWithTheScaleTheEditorTyped() throws Exception {
        web.perform(valid(32, "bands[0].colour", "Calm", "bands[0].lowest", "0", "bands[0].highest", "", "bands[0].meaning", "Nothing to watch",
                        "bands[1].colour", "Tense", "bands[1].lowest", "\u22125", "bands[1].highest", "-1", "bands[1].meaning", "Watch",
                        "bands[2].colour", "", "bands[2].lowest", "", "bands[2].highest", "", "bands[2].meaning", "",
                        "bands[3].colour", "Alarming", "bands[3].lowest", "", "bands[3].highest", "-6", "bands[3].meaning", "Act"))
                .andExpect(redirectedUrl("/workspace/issues/32"));

        assertThat(issues.find(32).orElseThrow().scale()).isEqualTo(new ColourScale(List.of(new ColourBand("Calm", 0, null, "Nothing to watch"),
                new ColourBand("Tense", -5, -1, "Watch"), new ColourBand("Alarming", null, -6, "Act"))));
        assertThat(changes.forIssue(32)).anySatisfy(change -> assertThat(change.after()).contains("Tense -5..-1"));
    }

    @Test
    void refusesAScaleThatLeavesATotalWithoutAColourAndStoresNothing() throws Exception {
        String page = web.perform(valid(33, "bands[0].colour", "Calm", "bands[0].lowest", "0",
                        "bands[1].colour", "Tense", "bands[1].lowest", "-5", "bands[1].highest", "-2",
                        "bands[2].colour", "Alarming", "bands[2].highest", "-6"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Colour scale: totals -1 have no colour: there is a gap between Tense (-5..-2) and Calm (0 and above).")
                .contains("value=\"Tense\"");
        assertNothingStored(33);
    }

    @Test
    void refusesABandWhoseTotalIsNotAWholeNumberOrWhoseNameIsMissing() throws Exception {
        String page = web.perform(valid(34, "bands[0].colour", "Calm", "bands[0].lowest", "minus five",
                        "bands[1].colour", "", "bands[1].highest", "-6", "bands[1].meaning", "Act"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Colour scale: band 1: &quot;minus five&quot; is not a whole number (leave it empty for an open end).")
                .contains("Colour scale: band 2 needs a colour name.");
        assertNothingStored(34);
    }

    @Test
    void addsAndRemovesBandRowsWithoutCreatingTheIssue() throws Exception {
        String added = page(valid(35, "bands[0].colour", "Calm", "action", "add-band"));
        assertThat(added).contains("bands[1].colour").doesNotContain("bands[2].colour").contains("value=\"Calm\"");

        String removed = page(valid(35, "bands[0].colour", "Calm", "bands[1].colour", "Tense", "action", "remove-band-0"));
        assertThat(removed).contains("value=\"Tense\"").doesNotContain("value=\"Calm\"").doesNotContain("remove-band-0\"");
        assertNothingStored(35);
    }

    @Test
    void showsTheFormInRussian() throws Exception {
        assertThat(page(get("/workspace/issues/new").param("lang", "ru").with(editor())))
                .contains("Новый выпуск", "Первый месяц", "Цветовая шкала региональной напряжённости", "Добавить ещё автора",
                        "Добавить полосу", "Наименьшая сумма");
    }

    private void assertNothingStored(int number) {
        assertThat(issues.exists(number)).isFalse();
        assertThat(changes.forIssue(number)).isEmpty();
        assertThat(jdbc.sql("select count(*) from issue_author a join issue i on i.id = a.issue_id where i.issue_number = ?")
                .param(number).query(Integer.class).single()).isZero();
    }

    /** A form the editor fills in correctly, but for the fields given as name, value pairs. */
    private MockHttpServletRequestBuilder valid(int number, String... changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", Integer.toString(number));
        fields.put("title", "Invented monitoring");
        fields.put("first", "2022-03");
        fields.put("last", "2022-04");
        fields.put("lowest", "-3");
        fields.put("highest", "3");
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/workspace/issues").with(editor()).with(csrf()).param("relationships", "russia", "eu");
        fields.forEach(request::param);
        return request;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return web.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
