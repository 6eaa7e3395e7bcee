package org.barometer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** While an analyst types, the form is checked against the issue and the catalogue, and nothing is stored. */
@WebTest
class LiveCheckTests {

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

    @BeforeEach
    void storeAnIssue() {
        issues.insert(Issues.issue(21, IssueStatus.DRAFT), List.of());
    }

    @Test
    void warnsOfADateOutsideTheIssuesPeriod() throws Exception {
        assertThat(warnings(check("russia").param("date", "14 May").param("description", "Talks on a new bridge").param("score", "1")))
                .containsExactly("The date \"14 May\" is outside the issue's period (2023-03-01 to 2023-04-30).");
    }

    @Test
    void warnsOfAScoreOutsideTheBound() throws Exception {
        assertThat(warnings(check("russia").param("date", "5 March").param("description", "Talks on a new bridge").param("score", "-5")))
                .containsExactly("Score -5 is outside the bound -3..+3; it will be refused.");
        assertThat(warnings(post("/workspace/issues/21/security/check").with(csrf()).with(securityAnalyst())
                .param("date", "5 March").param("description", "Naval manoeuvres").param("national", "4").param("regional", "0")))
                .containsExactly("National security +4 is outside the bound -3..+3; it will be refused.");
    }

    @Test
    void warnsOfALikelyDuplicateDatedTheSameAndDescribedAlike() throws Exception {
        assertThat(warnings(check("russia").param("date", "3 March").param("description", "Ministers agree to build joint grain terminal!")
                .param("score", "2")))
                .containsExactly("Likely a duplicate of the event of 3 March: \"Ministers agree to build a joint grain terminal\"");
        assertThat(warnings(check("russia").param("date", "Mid April").param("descriptionRu", "").param("description", "Border crossing closed for works")
                .param("score", "-1")))
                .as("the same range of days, written differently")
                .containsExactly("Likely a duplicate of the event of Mid-April: \"Border crossing closed for repair works\"");
        assertThat(warnings(check("russia").param("date", "1 March").param("description", "").param("descriptionRu", "Министры договорились о зерновом терминале")
                .param("score", "2")))
                .as("alike in Russian, but dated differently")
                .isEmpty();
    }

    @Test
    void anEventIsNotItsOwnDuplicateWhileItIsEdited() throws Exception {
        long terminal = events.entries(revisions.ref(21).orElseThrow().id(), new Subject("russia", "Russia")).get(0).id();

        assertThat(warnings(check("russia").param("id", Long.toString(terminal)).param("date", "3 March")
                .param("description", "Ministers agree to build a joint grain terminal").param("score", "2")))
                .isEmpty();
    }

    @Test
    void aCleanEventGetsNoWarningAndNothingIsStored() throws Exception {
        long issue = revisions.ref(21).orElseThrow().id();
        List<Entry> before = events.entries(issue, new Subject("russia", "Russia"));

        String answer = web.perform(check("russia").param("date", "3 March").param("description", "Parliament delegations exchange visits")
                        .param("score", "1").param("sources", "https://example.org/visit"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(answer).isBlank();
        assertThat(events.entries(issue, new Subject("russia", "Russia"))).isEqualTo(before);
        assertThat(changes.forIssue(21)).isEmpty();
    }

    private MockHttpServletRequestBuilder check(String code) {
        return post("/workspace/issues/21/catalogue/" + code + "/check").with(csrf()).with(analyst(code)).header("HX-Request", "true");
    }

    private List<String> warnings(MockHttpServletRequestBuilder request) throws Exception {
        return Pages.html(web.perform(request).andExpect(status().isOk()).andReturn()).select("ul.warning li").eachText();
    }
}
