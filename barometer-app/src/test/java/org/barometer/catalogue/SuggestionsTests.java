package org.barometer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.barometer.WebTest;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Beside the description being typed, the published events of other issues most like it, their scores and median. */
@WebTest
class SuggestionsTests {

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    /** The invented issue as No. 20, published, with a third Russia event whose description carries markup. */
    private void publishTwentyAndDraftTwentyOne() {
        Issue invented = Issues.issue(20, IssueStatus.PUBLISHED);
        Catalogue russia = invented.catalogues().get(0);
        List<Event> events = new java.util.ArrayList<>(russia.events());
        events.add(new Event(Issues.date("30 April"), "<script>alert('x')</script> Grain deal signed & sealed", 3, "", List.of()));
        issues.insert(new Issue(20, invented.period(), invented.title(), IssueStatus.PUBLISHED, invented.bound(), invented.scale(),
                List.of(new Catalogue(russia.relationship(), events), invented.catalogues().get(1)), invented.security(), List.of()), List.of());
        issues.insert(Issues.issue(21, IssueStatus.DRAFT), List.of());
    }

    @Test
    void showsTheMostAlikePublishedEventsOfAnyRelationshipWithTheirMedianAndFillsNothing() throws Exception {
        publishTwentyAndDraftTwentyOne();

        Document shown = Pages.html(web.perform(suggestions(21).param("description", "Grain terminals agreed").param("descriptionRu", ""))
                .andExpect(status().isOk()).andReturn());

        assertThat(shown.select("tbody tr")).hasSize(2);
        assertThat(shown.select("tbody tr").get(0).select("td").eachText())
                .containsExactly("20", "Russia", "+2", "Ministers agree to build a joint grain terminal");
        assertThat(shown.select("tbody tr").get(1).select("td.score").text()).isEqualTo("+3");
        assertThat(shown.select("p.median").text()).isEqualTo("Their median score: +2.5");
        assertThat(shown.select("input, textarea, [name]")).as("nothing to fill in").isEmpty();
        assertThat(Pages.html(web.perform(suggestions(21).param("q", "visa")).andReturn()).select("tbody td").eachText())
                .as("another relationship's event").containsExactly("20", "the EU", "+1", "Visa centre reopens in the capital");
    }

    @Test
    void aRussianDescriptionFindsRussianFormsAndTheFragmentIsInTheReadersLanguage() throws Exception {
        publishTwentyAndDraftTwentyOne();

        Document shown = Pages.html(web.perform(suggestions(21).param("descriptionRu", "терминалы для зерна").param("lang", "ru"))
                .andExpect(status().isOk()).andReturn());

        assertThat(shown.select("tbody td.text").eachText()).containsExactly("Министры договорились о зерновом терминале");
        assertThat(shown.select("tbody td.relationship").eachText()).as("named as the publication names it").containsExactly("Россия");
        assertThat(shown.select("p.median").text()).isEqualTo("Медиана их оценок: +2");
    }

    @Test
    void theSecurityCatalogueIsShownSecurityEventsWithBothScores() throws Exception {
        publishTwentyAndDraftTwentyOne();

        Document shown = Pages.html(web.perform(get("/workspace/issues/21/suggestions").with(securityAnalyst())
                .param("catalogue", "security").param("description", "air defence drills")).andExpect(status().isOk()).andReturn());

        assertThat(shown.select("tbody td").eachText()).containsExactly("20", "Security", "-1 / -2", "Air defence drill near the western border");
        assertThat(shown.select("p.median").text()).isEqualTo("Their median scores, national / regional: -1 / -2");
    }

    @Test
    void nothingPublishedOrOnlyTheIssueItselfSuggestsNothingAndSaysSo() throws Exception {
        issues.insert(Issues.issue(21, IssueStatus.DRAFT), List.of());
        assertThat(Pages.html(web.perform(suggestions(21).param("q", "grain terminal")).andExpect(status().isOk()).andReturn()).text())
                .isEqualTo("No published event of another issue is like it.");

        issues.insert(Issues.issue(20, IssueStatus.PUBLISHED), List.of());
        assertThat(Pages.html(web.perform(suggestions(20).param("q", "grain terminal")).andExpect(status().isOk()).andReturn()).text())
                .as("an issue's own published events are not past events").isEqualTo("No published event of another issue is like it.");
        assertThat(web.perform(suggestions(21).param("description", " ")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).as("nothing typed, nothing said").isBlank();
    }

    @Test
    void aDescriptionIsShownAsTextNeverAsMarkup() throws Exception {
        publishTwentyAndDraftTwentyOne();

        var answer = web.perform(suggestions(21).param("q", "grain deal")).andExpect(status().isOk()).andReturn();

        assertThat(answer.getResponse().getContentAsString()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(Pages.html(answer).select("tbody tr").get(0).select("td.text").text())
                .isEqualTo("<script>alert('x')</script> Grain deal signed & sealed");
    }

    @Test
    void aReaderWithoutAnAccountIsSentToSignIn() throws Exception {
        publishTwentyAndDraftTwentyOne();

        var browser = web.perform(get("/workspace/issues/21/suggestions").param("q", "grain").header("Accept", "text/html")).andReturn().getResponse();
        var script = web.perform(get("/workspace/issues/21/suggestions").param("q", "grain").header("HX-Request", "true")).andReturn().getResponse();

        assertThat(browser.getStatus()).isEqualTo(302);
        assertThat(browser.getRedirectedUrl()).endsWith("/login");
        assertThat(script.getStatus()).as("a request that is not a page's is refused outright").isIn(401, 403);
        assertThat(browser.getContentAsString() + script.getContentAsString()).doesNotContain("grain terminal");
    }

    @Test
    void theEventFormAsksForSuggestionsWhileTheDescriptionIsTyped() throws Exception {
        publishTwentyAndDraftTwentyOne();

        Document page = Pages.html(web.perform(get("/workspace/issues/21/catalogue/russia").with(analyst("russia"))).andReturn());

        var beside = page.selectFirst("#suggestions-new");
        assertThat(beside).isNotNull();
        assertThat(beside.attr("hx-get")).isEqualTo("/workspace/issues/21/suggestions");
        assertThat(beside.attr("hx-trigger")).contains("delay:500ms from:#description-new").contains("from:#descriptionRu-new");
        assertThat(beside.attr("hx-include")).isEqualTo("#description-new, #descriptionRu-new");
        assertThat(Pages.html(web.perform(get("/workspace/issues/21/security").with(securityAnalyst())).andReturn())
                .selectFirst("#suggestions-new").attr("hx-get")).isEqualTo("/workspace/issues/21/suggestions?catalogue=security");
    }

    private static MockHttpServletRequestBuilder suggestions(int number) {
        return get("/workspace/issues/" + number + "/suggestions").with(analyst("russia")).header("HX-Request", "true");
    }
}
