package org.barometer.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.barometer.WebTest;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class HomePageTests {

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore store;

    @Autowired
    Revisions revisions;

    @Test
    void saysSoWhenNothingIsPublishedAndNeverShowsADraft() throws Exception {
        store.insert(issue(9, "A draft title", "Russia", IssueStatus.DRAFT), List.of());

        String page = web.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("No issue has been published yet.").doesNotContain("A draft title");
    }

    @Test
    void escapesTextFromTheStore() throws Exception {
        store.insert(issue(10, "<script>alert('title')</script>", "<img src=x onerror=alert(1)>", IssueStatus.PUBLISHED), List.of());

        web.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<img src=x"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;img src=x onerror=alert(1)&gt;")));
    }

    static Issue issue(int number, String title, String relationship, IssueStatus status) {
        Period period = Period.of("2021-01", "2021-02");
        Catalogue catalogue = new Catalogue(new Relationship("test", relationship),
                List.of(new Event(DateExpression.parse("5 January", period), "An event", 1)));
        return new Issue(number, period, title, status, null, null, List.of(catalogue), SecurityCatalogue.EMPTY, List.of());
    }
}
