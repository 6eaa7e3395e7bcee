package org.barometer.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.Author;
import org.barometer.issue.Authors;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.ColourScale;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityCatalogue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A new issue starts from the latest one: next number and period, its relationships, bound, scale and authors. */
@WebTest
class NewIssueFromLatestTests {

    @Autowired
    MockMvc web;

    @Autowired
    SampleIssue sample;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    Authors authors;

    @Test
    void theFormAfterNo17IsNo18WithItsRelationshipsScaleBoundAndAuthorsAndCreatesItWithoutEvents() throws Exception {
        sample.loadIntoEmptyStore();
        Issue seventeen = issues.find(17).orElseThrow();
        long row17 = revisions.ref(17).orElseThrow().id();
        authors.add(row17, new Author(0, "Vera Example", "Institute of Tests", "Writes about trade."));
        authors.add(row17, new Author(0, "Ivan Sample", "", ""));
        List<String> authorsOf17 = List.of("Vera Example", "Ivan Sample");

        Document form = form("en");

        assertThat(form.getElementById("starts-from").text()).contains("issue No. 17");
        assertThat(form.getElementById("number").val()).isEqualTo("18");
        assertThat(form.getElementById("title").val()).isEmpty();
        assertThat(form.getElementById("first").val()).as("No. 17 covers 2020-09 to 2020-10").isEqualTo("2020-11");
        assertThat(form.getElementById("last").val()).isEqualTo("2020-12");
        assertThat(form.select("input[name=relationships][checked]").eachAttr("value"))
                .containsExactly("russia", "eu", "china", "us", "ukraine");
        assertThat(form.getElementById("lowest").val()).isEqualTo(Integer.toString(seventeen.bound().lowest()));
        assertThat(form.getElementById("highest").val()).isEqualTo(Integer.toString(seventeen.bound().highest()));
        assertThat(form.select("input[name$='.colour']").eachAttr("value"))
                .containsExactlyElementsOf(seventeen.scale().bands().stream().map(band -> band.colour()).toList());
        assertThat(form.select("input[name$='].name']").eachAttr("value")).containsExactlyElementsOf(authorsOf17);
        assertThat(form.getElementById("author-affiliation-0").val()).isEqualTo("Institute of Tests");
        assertThat(form.getElementById("author-biography-0").text()).isEqualTo("Writes about trade.");
        assertThat(form("ru").getElementById("starts-from").text()).contains("Заполнено по выпуску № 17");

        web.perform(submit(form).param("title", "The next monitoring").param("last", "2021-01"))
                .andExpect(redirectedUrl("/workspace/issues/18"));

        Issue eighteen = issues.find(18).orElseThrow();
        assertThat(eighteen.status()).isEqualTo(IssueStatus.DRAFT);
        assertThat(eighteen.period()).as("the editor changed the last month").isEqualTo(Period.of("2020-11", "2021-01"));
        assertThat(eighteen.catalogues()).extracting(Catalogue::relationship)
                .containsExactlyElementsOf(seventeen.catalogues().stream().map(Catalogue::relationship).toList());
        assertThat(eighteen.catalogues()).as("events are not copied").allMatch(catalogue -> catalogue.events().isEmpty());
        assertThat(eighteen.security().events()).isEmpty();
        assertThat(seventeen.stated()).isNotEmpty();
        assertThat(eighteen.stated()).as("stated figures are not copied").isEmpty();
        assertThat(eighteen.bound()).isEqualTo(seventeen.bound());
        assertThat(eighteen.scale()).isEqualTo(seventeen.scale());
        assertThat(authors.of(revisions.ref(18).orElseThrow().id())).extracting(Author::name).containsExactlyElementsOf(authorsOf17);
    }

    @Test
    void theNextPeriodHasTheSameLengthAcrossTheYearEnd() {
        Issue latest = new Issue(4, Period.of("2022-11", "2023-01"), "Three months", IssueStatus.PUBLISHED,
                new ScoreBound(-5, 5), ColourScale.DEFAULT, List.of(), SecurityCatalogue.EMPTY, List.of());

        IssueForm next = IssueForm.following(latest, List.of());

        assertThat(next.number()).isEqualTo("5");
        assertThat(next.first()).isEqualTo("2023-02");
        assertThat(next.last()).isEqualTo("2023-04");
        assertThat(next.lowest()).isEqualTo("-5");
        assertThat(next.highest()).isEqualTo("5");
        assertThat(next.authors()).as("one blank author row to fill in").hasSize(1);
    }

    @Test
    void aStoreWithoutIssuesGetsAnEmptyForm() throws Exception {
        Document form = form("en");

        assertThat(form.getElementById("starts-from")).isNull();
        assertThat(form.getElementById("number").val()).isEmpty();
        assertThat(form.getElementById("first").val()).isEmpty();
    }

    private Document form(String lang) throws Exception {
        return Jsoup.parse(web.perform(get("/workspace/issues/new").param("lang", lang).with(editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The form as the page filled it in: every field with a name, checked boxes only; then the caller's changes. */
    private static MockHttpServletRequestBuilder submit(Document form) {
        MockHttpServletRequestBuilder request = post("/workspace/issues").with(editor()).with(csrf()).param("action", "create");
        for (Element field : form.select("#new-issue input[name], #new-issue textarea[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf") || name.equals("title") || name.equals("last")
                    || field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
                continue;
            }
            request.param(name, field.tagName().equals("textarea") ? field.text() : field.val());
        }
        return request;
    }
}
