package org.barometer.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.barometer.WebTest;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.account.TestActors;
import org.barometer.importer.SampleIssue;
import org.barometer.importer.WordFiles;
import org.barometer.issue.IssueStore;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile text in every text field the workspace takes (event descriptions in both languages, narratives, the
 * foreword, its signature and the acknowledgements, authors' names, affiliations and biographies, review comments,
 * a part's note and the comment it was sent back with, correction notes, reasons for acknowledging a finding, issue
 * titles, the meanings of colour bands, relationship names, the cells and the name of an uploaded file, the fields of a
 * forecast statement, the reason the editor gives for a score of record, the codebook's rationales on the editor's page,
 * beside the score field, on the public codebook and in the issue's codebook appendix)
 * never comes back as markup that runs, on any page that shows it.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingTests {

    static final AtomicInteger NEXT = new AtomicInteger(60);

    @Autowired
    MockMvc web;

    @Autowired
    SampleIssue sample;

    @Autowired
    IssueStore issues;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void theSampleIssue() {
        sample.loadIntoEmptyStore();
    }

    static Stream<String> payloads() {
        return Stream.of(
                "<script>alert('x')</script>",
                "<img src=x onerror=alert(1)>",
                "\"><svg onload=alert(1)>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "[click](javascript:alert(1))",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "'';!--\"<XSS>=&{()}",
                "<style>body{display:none}</style><b onmouseover=alert(1)>hover</b>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void hostileTextNeverRuns(String payload) throws Exception {
        int draft = draftOfTheSample();
        String issue = "/workspace/issues/" + draft;

        write(post(issue + "/catalogue/russia/events").param("date", "5 October").param("description", payload)
                .param("descriptionRu", payload).param("score", "1"));
        write(post(issue + "/security/events").param("date", "6 October").param("description", payload)
                .param("national", "0").param("regional", "-1"));
        write(post(issue + "/narrative/russia").param("body.trends.en", payload).param("version.trends.en", "0")
                .param("body.developments.ru", payload).param("version.developments.ru", "0"));
        write(post(issue + "/narrative/national").param("body.forecast.en", payload).param("version.forecast.en", "0"));
        write(post(issue + "/narrative/foreword").param("body.text.en", payload).param("version.text.en", "0")
                .param("body.signature.en", payload).param("version.signature.en", "0"));
        write(post(issue + "/narrative/acknowledgements").param("body.thanks.ru", payload).param("version.thanks.ru", "0"));
        write(post(issue + "/authors").param("name", payload).param("affiliation", payload).param("biography", payload));
        String was = org.jsoup.Jsoup.parse(web.perform(get(issue + "/details").with(TestActors.editor())).andReturn().getResponse()
                .getContentAsString()).select("input[name=was]").attr("value");
        write(post(issue + "/details").param("was", was).param("title", payload).param("first", "2020-09").param("last", "2020-10")
                .param("bands[0].colour", "White").param("bands[0].meaning", payload));
        write(post(issue + "/parts/russia/ready").param("note", payload));
        write(post(issue + "/parts/security/send-back").param("comment", payload));
        write(post(issue + "/submit"));
        write(post(issue + "/send-back").param("comment", payload));
        write(post(issue + "/acknowledge").param("key", "narrative-cover-publisher").param("reason", payload));
        write(post(issue + "/acknowledge-kind").param("kind", "part-not-ready").param("reason", payload));
        write(post("/workspace/issues").param("number", Integer.toString(draft + 100)).param("title", payload)
                .param("first", "2021-01").param("last", "2021-02").param("relationships", "russia")
                .param("lowest", "-3").param("highest", "3")
                .param("bands[0].colour", "White").param("bands[0].meaning", payload));
        assertSafe(write(post("/workspace/relationships").param("name", payload)), payload);
        String refused = write(post(issue + "/narrative/regional/forecasts").param("figure", "level").param("comparison", "stays_in")
                .param("colour", "Purple").param("about", payload).param("probability", payload));
        assertSafe(refused, "a forecast statement refused");
        assertThat(Jsoup.parse(refused).select("#forecast-form .field-error").text()).contains(payload);
        String anchored = jdbc.sql("select e.uid from event e join issue i on i.id = e.issue_id "
                + "where i.issue_number = 17 and e.kind = 'relationship' order by e.id fetch first 1 rows only").query(String.class).single();
        write(post("/workspace/codebook/russia/anchors").param("uid", anchored).param("rationale", payload).param("rationaleRu", payload));
        String uploaded = web.perform(multipart(issue + "/catalogue/russia/upload").file(new MockMultipartFile("file", payload + ".docx",
                "application/octet-stream", WordFiles.document(List.of(WordFiles.Table.of("Date\tEvent\tScore\tRussian description",
                        "5 October\t" + payload + "\t1\t" + payload))))).with(TestActors.editor()).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertSafe(uploaded, "the preview of an uploaded Word table");
        assertThat(Jsoup.parse(uploaded).select("#pasted .description, #pasted .descriptionRu").eachText()).containsExactly(payload, payload);
        assertThat(Jsoup.parse(uploaded).getElementById("upload-source").text()).contains(payload + ".docx");
        long event = jdbc.sql("""
                select e.id from event e join issue i on i.id = e.issue_id
                where i.issue_number = ? order by e.seq desc fetch first 1 rows only""").param(draft).query(Long.class).single();

        // Russia's whole catalogue double-scored by a reviewer, the payload's event two points apart, decided with the payload as reason
        write(post(issue + "/double/russia/draw").param("share", "100").param("seed", "5"));
        jdbc.sql("update double_sample set second_coder = 'reviewer' where issue_id = (select max(id) from issue where issue_number = ?)")
                .param(draft).update();
        String payloadUid = jdbc.sql("""
                select e.uid from event e join issue i on i.id = e.issue_id join relationship r on r.id = e.relationship_id
                where i.issue_number = ? and r.code = 'russia' and e.description = ?""").params(draft, payload).query(String.class).single();
        web.perform(post(issue + "/second/russia").param("event", payloadUid).param("score", "3").with(TestActors.reviewer()).with(csrf()));
        write(post(issue + "/double/russia/decide").param("event", payloadUid).param("score", "2").param("reason", payload));
        assertSafe(web.perform(get(issue + "/second/russia").with(TestActors.reviewer())).andReturn().getResponse().getContentAsString(),
                "the second coder's page");
        assertThat(Jsoup.parse(web.perform(get(issue + "/double").with(TestActors.editor())).andReturn().getResponse().getContentAsString())
                .select(".reason").eachText()).as("the editor's reason, as text").containsExactly(payload);

        for (String page : List.of("/workspace", issue, issue + "/history", issue + "/catalogue/russia", issue + "/security",
                issue + "/double", issue + "/double/russia", issue + "/double/security",
                issue + "/catalogue/russia/events/" + event + "/history", issue + "/catalogue/russia/events/" + event + "/edit",
                issue + "/narrative/russia", issue + "/narrative/national", issue + "/narrative/foreword",
                issue + "/narrative/acknowledgements", issue + "/details", issue + "/publish",
                "/workspace/issues/" + (draft + 100), "/workspace/relationships", "/workspace/codebook?relationship=russia")) {
            String html = web.perform(get(page).param("lang", page.endsWith("russia") ? "ru" : "en").with(TestActors.editor()))
                    .andReturn().getResponse().getContentAsString();
            assertSafe(html, page);
        }
        for (String page : List.of(issue + "/catalogue/russia", issue + "/security", issue, issue + "/narrative/russia",
                issue + "/narrative/national", "/workspace/issues/" + (draft + 100), issue + "/publish", issue + "/history",
                "/workspace/codebook?relationship=russia")) {
            String html = web.perform(get(page).with(TestActors.editor())).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(html).text()).as("shown as text on " + page).contains(payload);
        }
        for (String language : List.of("en", "ru")) {
            String codebook = web.perform(get("/codebook").param("lang", language)).andReturn().getResponse().getContentAsString();
            assertSafe(codebook, "the public codebook");
            assertThat(Jsoup.parse(codebook).select(".rationale").eachText()).as("the rationale on the public codebook").containsExactly(payload);
        }
        String besideScore = web.perform(get(issue + "/catalogue/russia").with(TestActors.editor())).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(besideScore).select("details.anchors em").eachText()).as("the rationale beside the score").contains(payload);
        write(post(issue + "/codebook-in-pdf").param("include", "true"));
        for (String language : List.of("en", "ru")) {
            String publication = web.perform(get("/issues/" + draft).param("lang", language).with(TestActors.editor())).andReturn().getResponse()
                    .getContentAsString();
            // the publication carries its own style sheet and charts, so the appendix is what is checked
            Element appendix = Jsoup.parse(publication).selectFirst("#appendix-codebook");
            assertSafe(appendix.outerHtml(), "the issue's codebook appendix");
            assertThat(appendix.text()).as("the rationale in the appendix").contains(payload);
        }
    }

    /** A relationship named with hostile text, scored second, blind, by an analyst: the page refusing them and the note. */
    @ParameterizedTest
    @MethodSource("payloads")
    void aHostileRelationshipNameNeverRunsOnThePagesOfBlindScoring(String payload) throws Exception {
        int draft = draftOfTheSample();
        jdbc.sql("update issue_relationship set heading = ? where issue_id = (select max(id) from issue where issue_number = ?) "
                + "and relationship_id = (select id from relationship where code = 'russia')").params(payload, draft).update();
        write(post("/workspace/issues/" + draft + "/double/russia/draw").param("share", "100").param("seed", "5"));
        jdbc.sql("update double_sample set second_coder = 'analyst-second' where issue_id = (select max(id) from issue where issue_number = ?)")
                .param(draft).update();
        var secondCoder = TestActors.as(new Actor("analyst-second", Role.ANALYST, Set.of(), false));

        for (String language : List.of("en", "ru")) {
            String refused = web.perform(get("/workspace/issues/" + draft + "/catalogue/russia").param("lang", language).with(secondCoder))
                    .andReturn().getResponse().getContentAsString();
            assertSafe(refused, "the page refusing a part scored blind");
            assertThat(Jsoup.parse(refused).select("#blind").text()).contains(payload);
            String issue = web.perform(get("/workspace/issues/" + draft).param("lang", language).with(secondCoder)).andReturn().getResponse()
                    .getContentAsString();
            assertSafe(issue, "the issue without a part scored blind");
            assertThat(Jsoup.parse(issue).select("#blind-note").text()).contains(payload);
        }
    }

    /** A new draft holding what the sample issue does. */
    private int draftOfTheSample() {
        int draft = NEXT.getAndIncrement();
        Issue published = issues.find(17).orElseThrow();
        issues.insert(published.withNumberAndPeriod(draft, published.period()).withStatus(IssueStatus.DRAFT), List.of());
        return draft;
    }

    private String write(MockHttpServletRequestBuilder request) throws Exception {
        String html = web.perform(request.with(TestActors.editor()).with(csrf())).andReturn().getResponse().getContentAsString();
        assertSafe(html, "the answer to a write");
        return html;
    }

    /** No script of ours but the application's own files, no event handler, no javascript: link, no embedded frame. */
    static void assertSafe(String html, String where) {
        Document page = Jsoup.parse(html);
        for (Element script : page.select("script")) {
            assertThat(script.attr("src")).as("script on " + where).startsWith("/");
            assertThat(script.data()).as("inline script on " + where).isBlank();
        }
        assertThat(page.select("iframe, svg, object, embed, style")).as("embedded markup on " + where).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute on " + where).doesNotStartWith("on");
                assertThat(attribute.getValue().strip().toLowerCase()).as(attribute.getKey() + " on " + where).doesNotStartWith("javascript:");
            }
        }
    }
}
