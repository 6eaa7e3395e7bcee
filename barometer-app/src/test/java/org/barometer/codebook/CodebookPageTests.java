package org.barometer.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.barometer.WebTest;
import org.barometer.account.TestActors;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueStore;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The codebook as its users meet it: the editor chooses anchors on the codebook page; an analyst sees them beside the
 * score field while scoring; readers on the public codebook page, in English and in Russian.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodebookPageTests {

    static final int DRAFT = 18;
    static final String WHY = "Talks at the top level that produced no signed agreement.";
    static final String WHY_RU = "Переговоры на высшем уровне без подписанного соглашения.";

    @Autowired
    MockMvc web;

    @Autowired
    SampleIssue sample;

    @Autowired
    IssueStore issues;

    @Autowired
    JdbcClient jdbc;

    String uid;
    String description;

    @BeforeAll
    void aPublishedIssueAndADraft() {
        sample.loadIntoEmptyStore();
        Issue published = issues.find(17).orElseThrow();
        issues.insert(published.withNumberAndPeriod(DRAFT, published.period()).withStatus(IssueStatus.DRAFT), List.of());
        var first = jdbc.sql("""
                select e.uid, e.description from event e join issue i on i.id = e.issue_id
                where i.issue_number = 17 and e.relationship_id = (select id from relationship where code = 'russia') order by e.seq""")
                .query((rs, row) -> List.of(rs.getString("uid"), rs.getString("description"))).list().get(0);
        uid = first.get(0);
        description = first.get(1);
    }

    @Test
    void theEditorChoosesAnAnchorThatAnalystsSeeBesideTheScoreAndReadersOnTheCodebookPage() throws Exception {
        assertThat(page(get("/codebook"), null).getElementById("no-anchors")).isNotNull();

        int answer = web.perform(post("/workspace/codebook/russia/anchors").param("uid", uid).param("rationale", WHY)
                .param("rationaleRu", WHY_RU).with(TestActors.editor()).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(answer).isEqualTo(302);

        Document editor = page(get("/workspace/codebook").param("relationship", "russia"), TestActors.editor());
        assertThat(editor.select("li.anchored").eachAttr("id")).containsExactly("event-" + uid);
        assertThat(editor.select("li.anchored .rationale").text()).contains(WHY);
        assertThat(editor.select("#history .what").text()).contains("Codebook anchor: added", WHY);
        assertThat(page(get("/workspace/codebook").param("relationship", "russia").param("lang", "ru"), TestActors.editor())
                .select("#history .what").text()).contains("Опорное событие кодовой книги");

        Document scoring = page(get("/workspace/issues/" + DRAFT + "/catalogue/russia"), TestActors.analyst("russia"));
        assertThat(scoring.select("#add details.anchors, form details.anchors").first().text()).contains(description, WHY);
        assertThat(page(get("/workspace/issues/" + DRAFT + "/catalogue/russia").param("lang", "ru"), TestActors.analyst("russia"))
                .select("details.anchors").first().text()).contains(WHY_RU);

        Document readers = page(get("/codebook"), null);
        assertThat(readers.select("#codebook-russia h2").text()).isEqualTo("Russia");
        assertThat(readers.select("#anchor-" + uid).text()).contains("No. 17", description, WHY);
        Document russian = page(get("/codebook").param("lang", "ru"), null);
        assertThat(russian.select("h1").text()).isEqualTo("Кодовая книга");
        assertThat(russian.select("#anchor-" + uid + " .rationale").text()).isEqualTo(WHY_RU);
        assertThat(page(get("/method"), null).select("a#codebook-link").attr("href")).isEqualTo("/codebook");
        assertThat(page(get("/"), null).select("nav.site-nav a[href='/codebook']")).hasSize(1);

        web.perform(post("/workspace/codebook/russia/anchors/" + uid + "/remove").with(TestActors.editor()).with(csrf()));
        assertThat(page(get("/codebook"), null).getElementById("no-anchors")).isNotNull();
        assertThat(page(get("/workspace/codebook").param("relationship", "russia"), TestActors.editor()).select("#history .what").text())
                .contains("Codebook anchor: removed");
    }

    @Test
    void aRefusedChoiceSaysWhyKeepsWhatWasWrittenAndChangesNothing() throws Exception {
        record Attempt(String uid, String rationale, String said) {
        }
        for (Attempt attempt : List.of(new Attempt(uid, " ", "write a sentence of why"),
                new Attempt(uid, "x".repeat(1_001), "at most 1,000 characters"),
                new Attempt("e-nowhere", "Why", "not in a published catalogue"))) {
            var response = web.perform(post("/workspace/codebook/russia/anchors").param("uid", attempt.uid()).param("rationale", attempt.rationale())
                    .with(TestActors.editor()).with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(Jsoup.parse(response.getContentAsString()).getElementById("problem").text()).contains(attempt.said());
        }
        assertThat(jdbc.sql("select count(*) from codebook_anchor").query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheEditorOpensTheCodebookPage() throws Exception {
        assertThat(web.perform(get("/workspace/codebook").with(TestActors.analyst("russia"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(web.perform(get("/workspace/codebook").with(TestActors.admin())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(web.perform(get("/workspace/codebook").with(TestActors.editor())).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(page(get("/workspace"), TestActors.editor()).select("a#codebook").attr("href")).isEqualTo("/workspace/codebook");
        assertThat(page(get("/workspace"), TestActors.analyst("russia")).select("a#codebook")).isEmpty();
    }

    private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        if (who != null) {
            request.with(who);
        }
        var response = web.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
