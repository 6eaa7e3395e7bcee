package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.barometer.WebTest;
import org.barometer.account.TestActors;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.barometer.publicdata.PublishedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The publication on the public site: who may read which revision, the page's structure for screen readers, the
 * PDF beside it, and the links to it from the home page and the workspace.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationPageTests {

    static final int DRAFT = 61;
    static final int INVENTED = 62;
    static final int CORRECTED = 65;

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore store;


    @Autowired

    PublishedData published;

    @Autowired
    Revisions revisions;

    @Autowired
    IssueImport imports;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void storeTheIssues() {
        ReportFixtures.sample(store, imports);
        ReportFixtures.storeInvented(store, jdbc, DRAFT, IssueStatus.DRAFT);
        ReportFixtures.storeInvented(store, jdbc, INVENTED, IssueStatus.PUBLISHED);
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(web.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void showsAPublishedIssueToAnyone() throws Exception {
        Document page = page(get("/issues/17"));

        assertThat(page.select("h1").text()).isEqualTo("MINSK BAROMETER: Monitoring of foreign policy and regional security");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select(".cover").text()).contains("No. 17", "September–October 2020");
        assertThat(page.select(".draft-banner")).isEmpty();
        assertThat(page.select("#pdf-link").attr("href")).isEqualTo("/issues/17.pdf?lang=en");
    }

    @Test
    void hasHeadingsInOrderFromOneH1() throws Exception {
        Document page = page(get("/issues/17"));

        assertThat(page.select("h1")).hasSize(1);
        int previous = 0;
        for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertThat(level).as("%s after h%d", heading.outerHtml(), previous).isLessThanOrEqualTo(previous + 1).isLessThanOrEqualTo(3);
            previous = level;
        }
        assertThat(page.select("main h2").eachText()).containsSubsequence("Editor's foreword", "Contents", "Summary",
                "Relationship with Russia", "Relationship with the EU", "Relationship with China", "Relationship with the U.S.",
                "Relationship with Ukraine", "Security barometer", "Appendix 1. Catalogue of events underlying the relations development indices",
                "Appendix 2. Catalogue of events underlying the security indices", "Appendix 3. Colour scale of regional tension",
                "Authors", "Acknowledgements");
    }

    @Test
    void putsTheHeadingsAuthorsWriteInANarrativeBelowTheSectionsHeading() throws Exception {
        Document page = page(get("/issues/" + INVENTED));

        assertThat(page.select("#security .narrative h4").text()).isEqualTo("Exercises");
        assertThat(page.select("#security .narrative h5").text()).isEqualTo("Near the border");
        int previous = 0;
        for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertThat(level).as("%s after h%d", heading.outerHtml(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    @Test
    void keepsTheLinesOfTheForewordsSignature() throws Exception {
        Document page = page(get("/issues/" + INVENTED));

        Element signature = page.selectFirst("#foreword .signature p");
        assertThat(signature.select("br")).hasSize(1);
        assertThat(signature.wholeText().lines().filter(line -> !line.isBlank()).toList()).containsExactly("The editor,", "Invented Institute");
    }

    @Test
    void endsWithTheAcknowledgementsTheEditorWroteOrAGeneralThanks() throws Exception {
        Element written = page(get("/issues/" + INVENTED)).selectFirst("#acknowledgements");
        assertThat(written.select(".narrative").text()).isEqualTo("We thank the reviewers of Šiauliai and Gdańsk.");
        assertThat(written.select(".narrative a").attr("href")).isEqualTo("https://example.org/reviewers");

        Element unwritten = page(get("/issues/17")).selectFirst("#acknowledgements");
        assertThat(unwritten.select("p").text()).isEqualTo("Barometer thanks everyone who collected, scored and reviewed the events of this issue.");
    }

    @Test
    void givesEveryTableACaptionAndEveryHeaderCellItsScope() throws Exception {
        Document page = page(get("/issues/17"));

        assertThat(page.select("main table")).hasSizeGreaterThan(10).allSatisfy(table -> assertThat(table.select("> caption").text()).isNotBlank());
        assertThat(page.select("main th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
        assertThat(page.select("main table.catalogue-table tbody tr")).hasSize(118 + 21);
    }

    @Test
    void namesEveryChartAndStatesItsFiguresInText() throws Exception {
        Document page = page(get("/issues/17"));

        List<Element> charts = page.select("figure.chart");
        assertThat(charts).hasSize(3 + 5);
        for (Element chart : charts) {
            Element svg = chart.selectFirst("svg");
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.attr("aria-label")).isNotBlank();
            assertThat(svg.selectFirst("title").text()).isEqualTo(svg.attr("aria-label"));
            assertThat(chart.select("figcaption").text()).startsWith(svg.attr("aria-label"));
        }
        assertThat(page.select(".dynamics figcaption").text()).contains("Russia: No. 17 +23.").contains("No. 17 −10 (Yellow)");
    }

    @Test
    void showsComputedFiguresAndSaysWhatTheOriginalPublicationStated() throws Exception {
        Document page = page(get("/issues/17"));

        Element russia = page.select("table.indices tbody tr").first();
        assertThat(russia.text()).isEqualTo("Russia +23* +27* −4");
        assertThat(page.select("#summary .published-differently").text())
                .contains("Russia, aggregate index: originally published as +21; the catalogue adds up to +23, the figure shown here.")
                .contains("China, Total row of the catalogue: originally published as +16; the catalogue adds up to +18");
        assertThat(page.select("#catalogue-russia tfoot").text()).isEqualTo("Total +23*");
    }

    @Test
    void speaksTheLanguageOfTheRequestOrTheCookie() throws Exception {
        Document russian = page(get("/issues/17").param("lang", "ru"));
        assertThat(russian.select("html").attr("lang")).isEqualTo("ru");
        assertThat(russian.select("main h2").eachText()).contains("Сводка", "Отношения с Россией", "Барометр безопасности");

        Document remembered = page(get("/issues/17").cookie(new jakarta.servlet.http.Cookie("barometer-lang", "ru")));
        assertThat(remembered.select(".cover-number").text()).isEqualTo("№ 17");
    }

    @Test
    void marksTextInTheOtherLanguageWithItsLanguage() throws Exception {
        Document english = page(get("/issues/" + INVENTED));

        Element visa = english.selectFirst("#catalogue-eu tbody td span[lang=ru]");
        assertThat(visa.text()).isEqualTo(ReportFixtures.VISA_RU + " (на русском)");
        Element developments = page(get("/issues/" + INVENTED).param("lang", "ru")).selectFirst("#relationship-russia .narrative[lang=en]");
        assertThat(developments.text()).startsWith("(in English) Talks on a grain terminal");
        assertThat(developments.select("a").attr("href")).isEqualTo("https://example.org/grain");
    }

    @Test
    void anUnpublishedIssueDoesNotExistForAnonymousReaders() throws Exception {
        web.perform(get("/issues/" + DRAFT)).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Invented monitoring"))));
        web.perform(get("/issues/" + DRAFT + ".pdf")).andExpect(status().isNotFound());
        web.perform(get("/issues/999").with(TestActors.editor())).andExpect(status().isNotFound());
    }

    @Test
    void showsAnUnpublishedIssueToTheTeamMarkedAsADraft() throws Exception {
        Document page = page(get("/issues/" + DRAFT).with(TestActors.analyst("russia")));

        assertThat(page.select(".draft-banner").text()).isEqualTo("DRAFT: this issue is a draft (revision 1) and not published. Its figures and texts may still change.");
        assertThat(page.select(".cover-draft").text()).startsWith("DRAFT");
        web.perform(get("/issues/" + DRAFT + ".pdf").with(TestActors.editor()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "inline; filename=\"barometer-61-draft-en.pdf\""));
    }

    @Test
    void servesThePdfInlineWithItsName() throws Exception {
        var response = web.perform(get("/issues/17.pdf").param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"barometer-17-ru.pdf\""))
                .andReturn().getResponse();

        PdfPages pdf = PdfPages.read(response.getContentAsByteArray());
        assertThat(pdf.page(1)).contains("№ 17");
    }

    @Test
    void readersSeeThePublishedRevisionWhileACorrectionIsDrafted() throws Exception {
        if (!store.exists(CORRECTED)) {
            ReportFixtures.storeInvented(store, jdbc, CORRECTED, IssueStatus.PUBLISHED);
            IssueRef correction = revisions.copyAsCorrection(revisions.ref(CORRECTED).orElseThrow(), "The grain terminal event was scored twice");
            jdbc.sql("update event set score = 3 where issue_id = ? and description = ?").params(correction.id(), ReportFixtures.GRAIN_EN).update();
        }

        Document readers = page(get("/issues/" + CORRECTED));
        assertThat(readers.select("#catalogue-russia tfoot").text()).isEqualTo("Total +1");
        assertThat(readers.select(".dynamics figcaption").text()).contains("Russia: No. 17 +23, No. 62 +1, No. 65 +1.");
        assertThat(readers.select(".draft-banner, .cover-correction")).isEmpty();

        Document team = page(get("/issues/" + CORRECTED).with(TestActors.editor()));
        assertThat(team.select("#catalogue-russia tfoot").text()).isEqualTo("Total +2");
        assertThat(team.select(".cover-correction").text()).isEqualTo("Revision 2, a correction: The grain terminal event was scored twice");
        assertThat(team.select(".draft-banner").text()).startsWith("DRAFT: this issue is a draft (revision 2)");
    }

    @Test
    void escapesDescriptionsAndKeepsNarrativesSafe() throws Exception {
        int number = 66;
        if (!store.exists(number)) {
            var issue = ReportFixtures.invented(number, IssueStatus.PUBLISHED);
            var hostile = new org.barometer.method.Catalogue(new org.barometer.method.Relationship("hostile", "<b>Hostile</b>"), List.of(
                    new org.barometer.method.Event(ReportFixtures.date("5 March"), "<script>alert('event')</script>", 1)));
            store.insert(new org.barometer.method.Issue(number, issue.period(), "<img src=x onerror=alert(1)>", IssueStatus.PUBLISHED, null, null,
                    List.of(hostile), issue.security(), List.of()), List.of());
            ReportFixtures.narrative(jdbc, revisions.ref(number).orElseThrow(), "hostile", "trends", "en",
                    "Fine <script>alert('narrative')</script> [link](javascript:alert(1)) <img src=x onerror=alert(2)>");
        }

        String html = web.perform(get("/issues/" + number)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("<script>alert", "<img src=x", "javascript:alert", "<b>Hostile</b>")
                .contains("&lt;script&gt;alert(&#39;event&#39;)&lt;/script&gt;", "&lt;b&gt;Hostile&lt;/b&gt;");
    }

    @Test
    void theHomePageLinksToTheLatestPublishedIssueAndItsPdf() throws Exception {
        int latest = published.edition().latest().orElseThrow().number();
        Document home = page(get("/"));

        assertThat(home.select("#issue-link").attr("href")).isEqualTo("/issues/" + latest);
        assertThat(home.select("#issue-link").text()).isEqualTo("Read issue No. " + latest);
        assertThat(home.select("#issue-pdf").attr("href")).isEqualTo("/issues/" + latest + ".pdf");
    }

    @Test
    void theWorkspaceIssuePageLinksToItsPreview() throws Exception {
        Document issue = page(get("/workspace/issues/" + DRAFT).with(TestActors.editor()));

        assertThat(issue.select("#preview-page").attr("href")).isEqualTo("/issues/" + DRAFT);
        assertThat(issue.select("#preview-pdf").attr("href")).isEqualTo("/issues/" + DRAFT + ".pdf");
    }
}
