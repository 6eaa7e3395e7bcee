package org.barometer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every refusal answers with its reason and leaves the catalogues and the change log as they were. */
@WebTest
class EditRefusalTests {

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

    @Test
    void refusesADateNoAcceptedFormReadsAndQuotesIt() throws Exception {
        issues.insert(Issues.issue(11, IssueStatus.DRAFT), List.of());
        State before = state(11);

        Document page = refused(add(11, "russia").with(analyst("russia")).param("date", "the 45th of Smarch")
                .param("description", "Talks on a new bridge").param("score", "1"));

        assertThat(page.select("#add-event .field-error").text()).contains("cannot read the date \"the 45th of Smarch\"");
        assertThat(page.select("#add-event [name=description]").text()).isEqualTo("Talks on a new bridge");
        assertThat(state(11)).isEqualTo(before);
    }

    @Test
    void refusesAScoreOutsideTheIssuesBoundNamingTheField() throws Exception {
        issues.insert(Issues.issue(12, IssueStatus.DRAFT), List.of());
        State before = state(12);

        Document relationship = refused(add(12, "russia").with(analyst("russia")).param("date", "5 March")
                .param("description", "Talks on a new bridge").param("score", "+4"));
        Document security = refused(post("/workspace/issues/12/security/events").with(csrf()).with(securityAnalyst())
                .param("date", "5 March").param("description", "Naval manoeuvres").param("national", "-1").param("regional", "-4"));

        assertThat(relationship.select("#add-event .field-error").text()).isEqualTo("Score +4 is outside the issue's bound -3..+3.");
        assertThat(security.select("#add-event .field-error").text()).isEqualTo("Regional tension -4 is outside the issue's bound -3..+3.");
        assertThat(state(12)).isEqualTo(before);
    }

    @Test
    void refusesAnEventWithNoDescriptionInEitherLanguage() throws Exception {
        issues.insert(Issues.issue(13, IssueStatus.DRAFT), List.of());
        State before = state(13);

        Document page = refused(add(13, "russia").with(analyst("russia")).param("date", "5 March")
                .param("description", "   ").param("descriptionRu", "").param("score", "1"));

        assertThat(page.select("#add-event .field-error").text()).isEqualTo("Write the description in English or in Russian, or both.");
        assertThat(state(13)).isEqualTo(before);
    }

    @Test
    void refusesASourceThatIsNotAnHttpLink() throws Exception {
        issues.insert(Issues.issue(14, IssueStatus.DRAFT), List.of());
        State before = state(14);

        Document page = refused(add(14, "russia").with(analyst("russia")).param("date", "5 March").param("description", "Talks on a new bridge")
                .param("score", "1").param("sources", "https://example.org/fine\njavascript:alert(1)\nftp://example.org/file\nexample.org/bare"));

        assertThat(page.select("#add-event .field-error").eachText()).containsExactly(
                "Not an http or https link: \"javascript:alert(1)\"", "Not an http or https link: \"ftp://example.org/file\"",
                "Not an http or https link: \"example.org/bare\"");
        assertThat(state(14)).isEqualTo(before);
    }

    @Test
    void refusesAnEditItCannotReadAndKeepsTheEventAsItWas() throws Exception {
        issues.insert(Issues.issue(15, IssueStatus.DRAFT), List.of());
        State before = state(15);
        Entry terminal = before.russia().get(0);

        Document page = refused(post("/workspace/issues/15/catalogue/russia/events/" + terminal.id()).with(csrf()).with(analyst("russia"))
                .param("version", "0").param("date", "31 February").param("description", "Ministers sign the terminal deal").param("score", "2"));

        assertThat(page.select("#event-" + terminal.id() + " .field-error").text()).contains("\"31 February\"");
        assertThat(page.select("#event-" + terminal.id() + " [name=description]").text()).isEqualTo("Ministers sign the terminal deal");
        assertThat(state(15)).isEqualTo(before);
    }

    @Test
    void anAnalystMayNotWriteToARelationshipNotAssignedToThem() throws Exception {
        issues.insert(Issues.issue(16, IssueStatus.DRAFT), List.of());
        State before = state(16);
        long terminal = before.russia().get(0).id();

        forbidden(valid(add(16, "russia").with(analyst("eu"))));
        forbidden(update(16, "russia", terminal).with(analyst("eu")));
        forbidden(delete(16, "russia", terminal).with(analyst("eu")));
        forbidden(valid(add(16, "russia").with(securityAnalyst())));
        forbidden(post("/workspace/issues/16/security/events").with(csrf()).with(analyst("russia"))
                .param("date", "5 March").param("description", "Naval manoeuvres").param("national", "-1").param("regional", "-1"));
        web.perform(get("/workspace/issues/16/catalogue/russia/events/" + terminal + "/edit").with(analyst("eu"))).andExpect(status().isForbidden());
        web.perform(update(16, "eu", terminal).with(analyst("eu"))).andExpect(status().isNotFound());
        web.perform(delete(16, "eu", terminal).with(analyst("eu"))).andExpect(status().isNotFound());

        assertThat(state(16)).isEqualTo(before);
        web.perform(valid(add(16, "russia")).with(analyst("russia"))).andExpect(status().is3xxRedirection());
        assertThat(state(16)).isNotEqualTo(before);
    }

    @Test
    void nobodyWritesToAPublishedIssue() throws Exception {
        issues.insert(Issues.issue(17, IssueStatus.PUBLISHED), List.of());
        State before = state(17);
        long terminal = before.russia().get(0).id();
        long drill = before.security().get(0).id();

        for (RequestPostProcessor who : List.of(editor(), analyst("russia"), securityAnalyst())) {
            forbidden(valid(add(17, "russia").with(who)));
            forbidden(update(17, "russia", terminal).with(who));
            forbidden(delete(17, "russia", terminal).with(who));
            forbidden(post("/workspace/issues/17/security/events/" + drill + "/delete").with(csrf()).with(who).param("version", "0"));
        }

        assertThat(state(17)).isEqualTo(before);
    }

    @Test
    void anAnalystMayNotWriteToAnIssueInReviewButTheEditorMay() throws Exception {
        issues.insert(Issues.issue(18, IssueStatus.IN_REVIEW), List.of());
        State before = state(18);
        long terminal = before.russia().get(0).id();

        forbidden(valid(add(18, "russia").with(analyst("russia"))));
        forbidden(update(18, "russia", terminal).with(analyst("russia")));
        forbidden(delete(18, "russia", terminal).with(analyst("russia")));
        assertThat(state(18)).isEqualTo(before);

        web.perform(update(18, "russia", terminal).with(editor())).andExpect(status().is3xxRedirection());
        assertThat(state(18)).isNotEqualTo(before);
    }

    @Test
    void aRequestThatIsNotSignedInMayNotWrite() throws Exception {
        issues.insert(Issues.issue(19, IssueStatus.DRAFT), List.of());
        State before = state(19);
        long terminal = before.russia().get(0).id();

        forbidden(valid(add(19, "russia")));
        forbidden(update(19, "russia", terminal));
        forbidden(delete(19, "russia", terminal));
        forbidden(post("/workspace/issues/19/catalogue/russia/check").with(csrf()).param("date", "5 March"));

        assertThat(state(19)).isEqualTo(before);
    }

    /** Everything a refusal must leave as it was: the events of every catalogue, and the change log. */
    record State(List<Entry> russia, List<Entry> eu, List<Entry> security, List<ChangeLog.Change> changes) {
    }

    private State state(int number) {
        long id = revisions.ref(number).orElseThrow().id();
        return new State(events.entries(id, new Subject("russia", "Russia")), events.entries(id, new Subject("eu", "the EU")),
                events.entries(id, Subject.security()), changes.forIssue(number));
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        return Pages.html(web.perform(request).andExpect(status().isUnprocessableContent()).andReturn());
    }

    private void forbidden(MockHttpServletRequestBuilder request) throws Exception {
        web.perform(request).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder add(int number, String code) {
        return post("/workspace/issues/" + number + "/catalogue/" + code + "/events").with(csrf());
    }

    private static MockHttpServletRequestBuilder update(int number, String code, long id) {
        return valid(post("/workspace/issues/" + number + "/catalogue/" + code + "/events/" + id).with(csrf())).param("version", "0");
    }

    private static MockHttpServletRequestBuilder delete(int number, String code, long id) {
        return post("/workspace/issues/" + number + "/catalogue/" + code + "/events/" + id + "/delete").with(csrf()).param("version", "0");
    }

    /** A form the catalogue accepts from whoever may write to it. */
    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request) {
        return request.param("date", "7 April").param("description", "Railway timetable agreed").param("score", "1");
    }
}
