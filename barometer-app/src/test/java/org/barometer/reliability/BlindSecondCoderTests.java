package org.barometer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.barometer.WebTest;
import org.barometer.account.Accounts;
import org.barometer.account.Role;
import org.barometer.catalogue.Issues;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.issue.StoredEvent;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Blind double scoring for an analyst: the EU's analyst scores Russia's sample second. Until their last second score
 * for Russia is in, every page and export that would show Russia's first scores or its first coder is refused to them
 * with a page that says why, or shows them the issue without Russia; then the wall lifts. The editor, Russia's own
 * analyst and an analyst who scores nothing second are never walled.
 */
@WebTest
class BlindSecondCoderTests {

    private static final AtomicInteger NUMBERS = new AtomicInteger(120);

    /** The second coder of Russia's sample: the EU's analyst. */
    private static final RequestPostProcessor SECOND_CODER = analyst("eu");

    /** An event Russia's analyst adds, with a first score of +3: Russia's aggregate becomes +4. */
    private static final String SENTINEL = "Sentinel talks on the grain corridor";

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    EventStore events;

    @Autowired
    Accounts accounts;

    @Test
    void theSecondCoderIsRefusedEveryPageAndExportOfTheirPartWithAPageSayingWhy() throws Exception {
        int n = sampledDraft();

        for (String path : refusedWays(n)) {
            MockHttpServletResponse answer = web.perform(get(path).with(SECOND_CODER)).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isEqualTo(403);
            String source = answer.getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(source).select("#blind").text()).as(path)
                    .isEqualTo("You are scoring Russia of issue No. " + n + " blind, as its second coder: its first scores and who gave them"
                            + " stay hidden from you until all your second scores for it are in.");
            assertThat(Jsoup.parse(source).select("#blind-scores a").attr("href")).as(path).isEqualTo("/workspace/issues/" + n + "/second/russia");
            assertThat(source).as(path).doesNotContain("analyst-russia", "+4", SENTINEL + "</td>");
        }
        Document russian = Jsoup.parse(web.perform(get("/workspace/issues/" + n + "/catalogue/russia").param("lang", "ru").with(SECOND_CODER))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(russian.select("h1").text()).isEqualTo("Слепая оценка");
        assertThat(russian.select("#blind").text()).startsWith("Вы оцениваете «Russia» выпуска № " + n + " вслепую");
        assertThat(russian.select("#blind-scores a").text()).isEqualTo("Выставить вторые оценки: Russia");
    }

    @Test
    void theSecondCoderSeesTheIssueItsHistoryAndChecklistWithoutTheirPart() throws Exception {
        int n = sampledDraft();

        String issuePage = source("/workspace/issues/" + n, SECOND_CODER);
        Document issue = Jsoup.parse(issuePage);
        assertThat(issue.select("#relationship-eu")).as("their own part stays").hasSize(1);
        assertThat(issue.select("#relationship-russia, #part-russia, #narrative-russia, [id^=finding-][id*=russia]")).isEmpty();
        assertThat(issue.select("#blind-note").text()).contains("Russia");
        assertThat(issuePage).doesNotContain("analyst-russia", "Checked against the minutes");

        String terminal = events.catalogue(revisions.ref(n).orElseThrow().id(), "russia").stream()
                .filter(event -> event.content().description().startsWith("Ministers agree")).findFirst().orElseThrow().uid();
        score(n, terminal);
        web.perform(post("/workspace/issues/" + n + "/double/russia/decide").with(editor()).with(csrf()).param("event", terminal)
                .param("score", "1").param("reason", "Both half right about the terminal")).andExpect(status().is3xxRedirection());
        assertThat(source("/workspace/issues/" + n + "/history", editor())).contains("First score was: +2", "Both half right about the terminal");

        String history = source("/workspace/issues/" + n + "/history", SECOND_CODER);
        assertThat(history).doesNotContain("analyst-russia", SENTINEL, "First score", "Both half right about the terminal");
        assertThat(Jsoup.parse(history).select("#blind-note").text()).contains("Russia");

        String checklist = source("/workspace/issues/" + n + "/publish", SECOND_CODER);
        assertThat(Jsoup.parse(checklist).select("[id^=finding-][id*=russia]")).isEmpty();
        assertThat(Jsoup.parse(checklist).select("#blind-note").text()).contains("Russia");

        assertThat(Jsoup.parse(source("/workspace/issues/" + n, editor())).select("[id^=finding-][id*=russia]"))
                .as("the findings the second coder does not see are there").isNotEmpty();
        web.perform(get("/workspace/issues/" + n + "/catalogue/eu").with(SECOND_CODER)).andExpect(status().isOk());
        web.perform(get("/workspace/issues/" + n + "/second/russia").with(SECOND_CODER)).andExpect(status().isOk());
    }

    @Test
    void theWallLiftsOnceTheLastSecondScoreIsIn() throws Exception {
        int n = sampledDraft();
        List<StoredEvent> russia = events.catalogue(revisions.ref(n).orElseThrow().id(), "russia");
        for (StoredEvent event : russia.subList(0, russia.size() - 1)) {
            score(n, event.uid());
        }
        web.perform(get("/workspace/issues/" + n + "/catalogue/russia").with(SECOND_CODER)).andExpect(status().isForbidden());

        score(n, russia.get(russia.size() - 1).uid());

        for (String path : refusedWays(n)) {
            assertThat(web.perform(get(path).with(SECOND_CODER)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
        assertThat(source("/workspace/issues/" + n + "/catalogue/russia", SECOND_CODER)).contains(SENTINEL);
        Document issue = Jsoup.parse(source("/workspace/issues/" + n, SECOND_CODER));
        assertThat(issue.select("#relationship-russia td").eachText()).contains("+4");
        assertThat(issue.select("#part-russia").text()).contains("analyst-russia");
        assertThat(issue.select("#blind-note")).isEmpty();
        assertThat(source("/workspace/issues/" + n + "/history", SECOND_CODER)).contains("analyst-russia");
    }

    @Test
    void theEditorTheFirstCoderAndAnAnalystScoringNothingSecondAreNeverWalled() throws Exception {
        int n = sampledDraft();

        for (RequestPostProcessor who : List.of(editor(), analyst("russia"), securityAnalyst())) {
            for (String path : refusedWays(n)) {
                assertThat(web.perform(get(path).with(who)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
            }
            Document issue = Jsoup.parse(source("/workspace/issues/" + n, who));
            assertThat(issue.select("#relationship-russia td").eachText()).contains("+4");
            assertThat(issue.select("#part-russia").text()).contains("analyst-russia");
            assertThat(issue.select("#blind-note")).isEmpty();
        }
    }

    @Test
    void aPublishedIssueIsNotScoredBlindAnyMore() throws Exception {
        int n = sampledDraft();
        revisions.changeStatus(revisions.ref(n).orElseThrow(), IssueStatus.PUBLISHED);

        web.perform(get("/workspace/issues/" + n + "/catalogue/russia").with(SECOND_CODER)).andExpect(status().isOk());
        web.perform(get("/workspace/issues/" + n + ".xlsx").with(SECOND_CODER)).andExpect(status().isOk());
    }

    /** Every way into Russia's first scores or first coder in the workspace and the team's preview. */
    private List<String> refusedWays(int n) {
        long sentinel = events.catalogue(revisions.ref(n).orElseThrow().id(), "russia").stream()
                .filter(event -> event.content().description().equals(SENTINEL)).findFirst().orElseThrow().id();
        return List.of("/workspace/issues/" + n + "/catalogue/russia",
                "/workspace/issues/" + n + "/catalogue/russia/events/" + sentinel + "/history",
                "/workspace/issues/" + n + "/narrative/russia",
                "/workspace/issues/" + n + ".xlsx",
                "/issues/" + n,
                "/issues/" + n + ".pdf");
    }

    /**
     * A draft of the invented issue in which Russia's analyst adds an event and marks the part ready, and the editor draws
     * the whole of Russia's catalogue for the EU's analyst to score second.
     */
    private int sampledDraft() throws Exception {
        int n = NUMBERS.incrementAndGet();
        issues.insert(Issues.issue(n, IssueStatus.DRAFT), List.of());
        for (String code : List.of("russia", "eu")) {
            if (accounts.list().stream().noneMatch(actor -> actor.username().equals("analyst-" + code))) {
                accounts.add("analyst-" + code, "a-long-password", Role.ANALYST, Set.of(code), false);
            }
        }
        web.perform(post("/workspace/issues/" + n + "/catalogue/russia/events").with(analyst("russia")).with(csrf())
                .param("date", "5 April").param("description", SENTINEL).param("score", "3")).andExpect(status().is3xxRedirection());
        web.perform(post("/workspace/issues/" + n + "/parts/russia/ready").with(analyst("russia")).with(csrf())
                .param("note", "Checked against the minutes")).andExpect(status().is3xxRedirection());
        web.perform(post("/workspace/issues/" + n + "/double/russia/draw").with(editor()).with(csrf())
                .param("share", "100").param("seed", "42").param("coder", "analyst-eu")).andExpect(status().is3xxRedirection());
        return n;
    }

    private void score(int n, String uid) throws Exception {
        web.perform(post("/workspace/issues/" + n + "/second/russia").with(SECOND_CODER).with(csrf()).param("event", uid).param("score", "0"))
                .andExpect(status().is3xxRedirection());
    }

    private String source(String path, RequestPostProcessor who) throws Exception {
        return web.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
