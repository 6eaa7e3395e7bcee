package org.barometer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.barometer.WebTest;
import org.barometer.catalogue.Issues;
import org.barometer.issue.IssueStore;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The word search of the API and of the site: any form of a word, and a kept answer never outlives a publication. */
@WebTest
class EventSearchAnswersTests {

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Test
    void aSearchFindsAnyFormOfAWordAndItsKeptAnswerChangesWithAPublication() throws Exception {
        issues.insert(Issues.issue(20, IssueStatus.PUBLISHED), List.of());
        issues.insert(Issues.issue(21, IssueStatus.IN_REVIEW), List.of());

        web.perform(get("/api/v1/events?q=visas")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].description").value("Visa centre reopens in the capital"));
        web.perform(get("/api/v1/events?q=visas")).andExpect(jsonPath("$.total").value(1));
        assertThat(web.perform(get("/search").param("q", "reopening visas")).andReturn().getResponse().getContentAsString())
                .contains("Visa centre reopens in the capital");

        issues.insert(Issues.issue(22, IssueStatus.PUBLISHED), List.of());

        web.perform(get("/api/v1/events?q=visas")).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[1].issue").value(22));
        web.perform(get("/api/v1/events?q=visas&size=1")).andExpect(jsonPath("$.items[0].issue").value(20))
                .andExpect(jsonPath("$.links.next").value("http://localhost/api/v1/events?q=visas&size=1&page=2"));
    }
}
