package org.barometer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class EventEditingTests {

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

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnalystAddsAnEventToTheirRelationshipAndTheAggregateChanges() throws Exception {
        issues.insert(Issues.issue(1, IssueStatus.DRAFT), List.of());
        assertThat(aggregateOf(1, "russia")).isEqualTo("+1");

        web.perform(post("/workspace/issues/1/catalogue/russia/events").with(analyst("russia")).with(csrf())
                        .param("date", "28–30 April").param("description", "Joint commission meets on energy prices")
                        .param("descriptionRu", "").param("score", "+2").param("sources", "https://example.org/commission\nhttp://example.net/energy"))
                .andExpect(status().is3xxRedirection());

        Document page = page(1, "russia");
        assertThat(page.getElementById("aggregate").text()).isEqualTo("+3");
        assertThat(page.getElementById("positive").text()).isEqualTo("+4");
        assertThat(page.getElementById("negative").text()).isEqualTo("-1");
        Entry added = last(1, "russia");
        assertThat(added.date().written()).isEqualTo("28–30 April");
        assertThat(added.sources()).containsExactly("https://example.org/commission", "http://example.net/energy");
        assertThat(page.select("#event-" + added.id() + " .missing").text()).isEqualTo("no Russian text");
        assertThat(issues.find(1).orElseThrow().catalogues().get(0).events()).hasSize(3).last()
                .satisfies(event -> assertThat(event.description()).isEqualTo("Joint commission meets on energy prices"));

        ChangeLog.Change change = changes.forEntity(ChangeLog.Entity.EVENT, added.id()).get(0);
        assertThat(change.account()).isEqualTo("analyst-russia");
        assertThat(change.issueNumber()).isEqualTo(1);
        assertThat(change.revision()).isEqualTo(1);
        assertThat(change.action()).isEqualTo(ChangeLog.Action.CREATE);
        assertThat(change.before()).isNull();
        assertThat(change.after()).contains("\"description\":\"Joint commission meets on energy prices\"", "\"score\":2", "\"version\":0");
    }

    @Test
    void anAnalystEditsAnEventAndTheChangeLogKeepsItBeforeAndAfter() throws Exception {
        issues.insert(Issues.issue(2, IssueStatus.DRAFT), List.of());
        Entry terminal = first(2, "russia");

        web.perform(post("/workspace/issues/2/catalogue/russia/events/" + terminal.id()).with(analyst("russia")).with(csrf())
                        .param("version", "0").param("date", "4 March").param("description", "Ministers postpone the grain terminal")
                        .param("descriptionRu", "Министры отложили зерновой терминал").param("score", "-2").param("sources", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/workspace/issues/2/catalogue/russia#event-" + terminal.id()));

        Entry stored = first(2, "russia");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.date().written()).isEqualTo("4 March");
        assertThat(stored.scores()).containsExactly(-2);
        assertThat(stored.sources()).isEmpty();
        assertThat(aggregateOf(2, "russia")).isEqualTo("-3");

        ChangeLog.Change change = changes.forEntity(ChangeLog.Entity.EVENT, terminal.id()).get(0);
        assertThat(change.action()).isEqualTo(ChangeLog.Action.UPDATE);
        assertThat(change.before()).contains("\"date\":\"3 March\"", "\"score\":2", "Ministers agree to build a joint grain terminal", "\"version\":0");
        assertThat(change.after()).contains("\"date\":\"4 March\"", "\"score\":-2", "Ministers postpone the grain terminal", "\"version\":1");
    }

    @Test
    void anAnalystDeletesAnEventAndTheEventsAfterItMoveUp() throws Exception {
        issues.insert(Issues.issue(3, IssueStatus.DRAFT), List.of());
        web.perform(post("/workspace/issues/3/catalogue/russia/events").with(analyst("russia")).with(csrf())
                .param("date", "April").param("description", "Cultural festival tours five cities").param("score", "1"))
                .andExpect(status().is3xxRedirection());
        Entry terminal = first(3, "russia");

        web.perform(post("/workspace/issues/3/catalogue/russia/events/" + terminal.id() + "/delete").with(analyst("russia")).with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        assertThat(events.entries(ref(3), russia()).stream().map(Entry::description))
                .containsExactly("Border crossing closed for repair works", "Cultural festival tours five cities");
        assertThat(jdbc.sql("select seq from event where issue_id = ? and relationship_id = (select id from relationship where code = 'russia') order by seq")
                .param(ref(3)).query(Integer.class).list()).containsExactly(0, 1);
        assertThat(aggregateOf(3, "russia")).isEqualTo("0");
        ChangeLog.Change change = changes.forEntity(ChangeLog.Entity.EVENT, terminal.id()).get(0);
        assertThat(change.action()).isEqualTo(ChangeLog.Action.DELETE);
        assertThat(change.before()).contains("Ministers agree to build a joint grain terminal");
        assertThat(change.after()).isNull();
    }

    @Test
    void withHtmxAnAdditionAnswersWithTheUpdatedCatalogueOnly() throws Exception {
        issues.insert(Issues.issue(4, IssueStatus.DRAFT), List.of());

        Document part = Pages.html(web.perform(post("/workspace/issues/4/catalogue/eu/events").with(analyst("eu")).with(csrf())
                        .header("HX-Request", "true")
                        .param("date", "Late March").param("description", "").param("descriptionRu", "Открыт новый торговый офис")
                        .param("score", "2"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(part.select("header.site-header")).isEmpty();
        assertThat(part.getElementById("catalogue")).isNotNull();
        assertThat(part.getElementById("aggregate").text()).isEqualTo("+3");
        assertThat(part.select("#events tbody tr").last().text()).contains("Late March", "Открыт новый торговый офис", "no English text", "+2");
        assertThat(part.select("#add-event [name=date]").val()).isEmpty();
    }

    @Test
    void theSecurityAnalystAddsASecurityEventAndTheColourBandFollowsTheRegionalTotal() throws Exception {
        issues.insert(Issues.issue(5, IssueStatus.DRAFT), List.of());
        Document before = securityPage(5);
        assertThat(before.getElementById("regional").text()).isEqualTo("-3");
        assertThat(before.getElementById("level").text()).isEqualTo("Green");

        web.perform(post("/workspace/issues/5/security/events").with(securityAnalyst()).with(csrf())
                        .param("date", "Early April").param("description", "Armoured columns move towards the border")
                        .param("national", "-2").param("regional", "-3"))
                .andExpect(status().is3xxRedirection());

        Document after = securityPage(5);
        assertThat(after.getElementById("national").text()).isEqualTo("-3");
        assertThat(after.getElementById("regional").text()).isEqualTo("-6");
        assertThat(after.getElementById("level").text()).isEqualTo("Green");
        Entry added = events.entries(ref(5), Subject.security()).get(2);
        assertThat(added.scores()).containsExactly(-2, -3);
        assertThat(changes.forEntity(ChangeLog.Entity.SECURITY_EVENT, added.id()).get(0).after()).contains("\"national\":-2", "\"regional\":-3");

        Entry drill = events.entries(ref(5), Subject.security()).get(0);
        web.perform(post("/workspace/issues/5/security/events/" + drill.id()).with(editor()).with(csrf())
                        .param("version", "0").param("date", "20-24 March").param("description", "Air defence drill near the western border")
                        .param("national", "-1").param("regional", "-3"))
                .andExpect(status().is3xxRedirection());
        Document worse = securityPage(5);
        assertThat(worse.getElementById("regional").text()).isEqualTo("-7");
        assertThat(worse.getElementById("level").text()).isEqualTo("Yellow");
        assertThat(worse.getElementById("level-meaning").text()).contains("could lead to escalation");
        assertThat(changes.forEntity(ChangeLog.Entity.SECURITY_EVENT, drill.id()).get(0).account()).isEqualTo("editor");
        Document history = Pages.html(web.perform(get("/workspace/issues/5/security/events/" + drill.id() + "/history").with(analyst("eu")))
                .andExpect(status().isOk()).andReturn());
        assertThat(history.select("#history td.who").eachText()).containsExactly("editor");
        assertThat(history.select("#history td.after").text()).contains("National security", "-1", "Regional tension", "-3");
    }

    @Test
    void changesGoToTheLatestRevisionOfTheIssue() throws Exception {
        issues.insert(Issues.issue(6, IssueStatus.PUBLISHED), List.of());
        long first = ref(6);
        jdbc.sql("""
                insert into issue (issue_number, revision, title, period_start, period_end, status, score_lowest, score_highest)
                select issue_number, 2, title, period_start, period_end, 'DRAFT', score_lowest, score_highest from issue where id = ?""")
                .param(first).update();
        long second = ref(6);
        jdbc.sql("insert into issue_relationship (issue_id, relationship_id, seq, heading) select ?, relationship_id, seq, heading from issue_relationship where issue_id = ?")
                .params(second, first).update();
        jdbc.sql("insert into colour_band (issue_id, seq, colour, lowest, highest, meaning) select ?, seq, colour, lowest, highest, meaning from colour_band where issue_id = ?")
                .params(second, first).update();

        web.perform(post("/workspace/issues/6/catalogue/russia/events").with(analyst("russia")).with(csrf())
                        .param("date", "9 April").param("description", "Correction: a trade fair opens").param("score", "1"))
                .andExpect(status().is3xxRedirection());

        assertThat(second).isNotEqualTo(first);
        assertThat(events.entries(first, russia())).hasSize(2);
        assertThat(events.entries(second, russia())).extracting(Entry::description).containsExactly("Correction: a trade fair opens");
        assertThat(changes.forIssue(6).get(0).revision()).isEqualTo(2);
        assertThat(aggregateOf(6, "russia")).isEqualTo("+1");
    }

    @Test
    void twoAdditionsAtOnceBothLandAtTheEndOfTheCatalogue() throws Exception {
        issues.insert(Issues.issue(7, IssueStatus.DRAFT), List.of());
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> added = List.of(
                    two.submit(() -> addWhenBothAreReady(7, "Grain convoy crosses the border", ready)),
                    two.submit(() -> addWhenBothAreReady(7, "Fishing quotas extended", ready)));
            for (Future<Integer> status : added) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(302);
            }
        } finally {
            two.shutdownNow();
        }

        assertThat(events.entries(ref(7), russia()).subList(2, 4)).extracting(Entry::description)
                .containsExactlyInAnyOrder("Grain convoy crosses the border", "Fishing quotas extended");
        assertThat(jdbc.sql("select seq from event where issue_id = ? and relationship_id = (select id from relationship where code = 'russia') order by seq")
                .param(ref(7)).query(Integer.class).list()).containsExactly(0, 1, 2, 3);
        assertThat(changes.forIssue(7)).extracting(change -> change.action().key()).containsExactly("create", "create");
    }

    private int addWhenBothAreReady(int number, String description, CountDownLatch ready) throws Exception {
        ready.countDown();
        ready.await(30, TimeUnit.SECONDS);
        return web.perform(post("/workspace/issues/" + number + "/catalogue/russia/events").with(analyst("russia")).with(csrf())
                        .param("date", "30 April").param("description", description).param("score", "1"))
                .andReturn().getResponse().getStatus();
    }

    private String aggregateOf(int number, String code) throws Exception {
        return page(number, code).getElementById("aggregate").text();
    }

    private Document page(int number, String code) throws Exception {
        return Pages.html(web.perform(get("/workspace/issues/" + number + "/catalogue/" + code).with(analyst(code)))
                .andExpect(status().isOk()).andReturn());
    }

    private Document securityPage(int number) throws Exception {
        return Pages.html(web.perform(get("/workspace/issues/" + number + "/security").with(securityAnalyst()))
                .andExpect(status().isOk()).andReturn());
    }

    private long ref(int number) {
        return revisions.ref(number).orElseThrow().id();
    }

    private static Subject russia() {
        return new Subject("russia", "Russia");
    }

    private Entry first(int number, String code) {
        return events.entries(ref(number), new Subject(code, "")).get(0);
    }

    private Entry last(int number, String code) {
        List<Entry> all = events.entries(ref(number), new Subject(code, ""));
        return all.get(all.size() - 1);
    }
}
