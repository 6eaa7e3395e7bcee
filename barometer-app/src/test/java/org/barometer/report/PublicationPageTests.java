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
    /** The invented issue with its catalogues only: nothing written, no authors, as the shipped sample. */
    static final int BARE = 63;
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
        store.insert(ReportFixtures.invented(BARE, IssueStatus.PUBLISHED), List.of());
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
            assertThat(level).as("%s after h%d", heading.outerHtml(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(page.select("main h2").eachText()).containsSubsequence("Contents", "Summary",
                "Relationship with Russia", "Relationship with the EU", "Relationship with China", "Relationship with the U.S.",
                "Relationship with Ukraine", "Security barometer", "Appendix 1. Catalogue of events underlying the relations development indices",
                "Appendix 2. Catalogue of events underlying the security indices", "Appendix 3. Colour scale of regional tension");
    }

    @Test
    void showsAnIssueWithItsCataloguesOnlyAsAFinishedPublicationOfItsTablesAndFigures() throws Exception {
        Document page = page(get("/issues/" + BARE));

        assertThat(page.select("main h2").eachText()).containsExactly("Contents", "Summary", "Relationship with Russia",
                "Relationship with the EU", "Security barometer", "Appendix 1. Catalogue of events underlying the relations development indices",
                "Appendix 2. Catalogue of events underlying the security indices", "Appendix 3. Colour scale of regional tension");
        assertThat(page.select("main h3").eachText()).containsExactly("Editor's note", "Dynamics across issues",
                "Relationship with Russia", "Relationship with the EU");
        assertThat(page.select("#foreword, #authors, #acknowledgements, .cover-publisher, .credits, .narrative")).isEmpty();
        assertThat(page.select("#contents li").eachText()).doesNotContain("Authors", "Acknowledgements");
    }

    @Test
    void printsNoPlaceholderAndNoHeadingWithNothingUnderItInEitherLanguage() throws Exception {
        for (String language : List.of("en", "ru")) {
            for (int number : List.of(17, INVENTED, BARE)) {
                Element publication = page(get("/issues/" + number).param("lang", language)).selectFirst("article.publication");

                assertThat(publication.text()).as("No. %d in %s", number, language)
                        .doesNotContainIgnoringCase("not written").doesNotContainIgnoringCase("не написано")
                        .doesNotContain("No authors", "Авторы этого выпуска не указаны", "Barometer thanks", "Барометр благодарит");
                for (Element heading : publication.select("h2, h3, h4")) {
                    assertThat(underHeading(heading)).as("what No. %d in %s has under \"%s\"", number, language, heading.text()).isNotBlank();
                }
            }
        }
    }

    @Test
    void listsExactlyTheSectionsPresentInTheContents() throws Exception {
        for (int number : List.of(17, INVENTED, BARE)) {
            Document page = page(get("/issues/" + number));
            List<String> sections = page.select("article.publication > section > h2").eachText();
            List<String> afterContents = sections.subList(sections.contains("Editor's foreword") ? 1 : 0, sections.size());

            assertThat(page.select("#contents li").eachText()).as("No. %d", number).isEqualTo(afterContents);
            assertThat(page.select("#contents a").eachAttr("href"))
                    .allSatisfy(href -> assertThat(page.getElementById(href.substring(1))).as(href).isNotNull());
        }
        assertThat(page(get("/issues/" + INVENTED)).select("#contents li").eachText()).endsWith("Authors", "Acknowledgements");
    }

    @Test
    void showsEveryWrittenPartOfTheSecurityBarometerUnderItsHeading() throws Exception {
        Document page = page(get("/issues/" + INVENTED));
        Element security = page.getElementById("security");

        assertThat(security.select("h3, h4").eachText()).containsExactly("Trends", "National security", "Trends",
                "Developments and processes", "Regional security", "Forecast", "Forecast");
        assertThat(underHeading(security.selectFirst("> h3"))).isEqualTo("Drills near the border became routine.");
        assertThat(security.select("#security-national > h4").eachText()).containsExactly("Trends", "Developments and processes");
        assertThat(underHeading(security.selectFirst("#security-regional > h4"))).isEqualTo("(in Russian) Напряжённость, вероятно, останется умеренной.");
        assertThat(underHeading(security.select("> h3").last())).isEqualTo("Tension is likely to stay in the green band.");
        assertThat(page.select("#relationship-eu h3")).as("the EU's section, where nothing is written").isEmpty();
        assertThat(page.select("#relationship-russia > h3").eachText()).containsExactly("Trends", "Developments and processes", "Forecast");
    }

    @Test
    void showsThePublisherOnTheCoverAndAtTheEnd() throws Exception {
        Document english = page(get("/issues/" + INVENTED));
        assertThat(english.select(".cover-publisher").text()).isEqualTo("Published by " + ReportFixtures.PUBLISHER);
        assertThat(english.select("article.publication > *").last().text()).isEqualTo("Published by " + ReportFixtures.PUBLISHER);

        Document russian = page(get("/issues/" + INVENTED).param("lang", "ru"));
        assertThat(russian.select("h1").text()).isEqualTo(ReportFixtures.TITLE_RU);
        assertThat(russian.select(".cover-publisher").text()).isEqualTo("Издатель: " + ReportFixtures.PUBLISHER);
        assertThat(page(get("/issues/" + BARE)).select(".cover-publisher, .credits")).isEmpty();
    }

    /**
     * The text a heading stands over: up to the next heading of its level or above, or up to a section of its own (whose
     * text counts when the heading stands over nothing else, as an appendix's heading over its catalogues).
     */
    static String underHeading(Element heading) {
        int level = heading.tagName().charAt(1) - '0';
        StringBuilder text = new StringBuilder();
        for (Element next = heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (next.tagName().matches("h[1-6]") && next.tagName().charAt(1) - '0' <= level) {
                break;
            }
            if (next.tagName().equals("section")) {
                if (text.isEmpty()) {
                    text.append(next.text());
                }
                break;
            }
            text.append(' ').append(next.text());
        }
        return text.toString().strip();
    }

    @Test
    void putsTheHeadingsAuthorsWriteInANarrativeBelowTheSectionsHeading() throws Exception {
        Document page = page(get("/issues/" + INVENTED));

        assertThat(page.select("#security-national .narrative h5").text()).isEqualTo("Exercises");
        assertThat(page.select("#security-national .narrative h6").text()).isEqualTo("Near the border");
        assertThat(page.select("#relationship-russia .narrative h4").text()).as("a narrative's topmost heading, written ###").isEqualTo("Trade");
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
    void endsWithTheAcknowledgementsTheEditorWroteAndLeavesThemOutWhenNoneAreWritten() throws Exception {
        Element written = page(get("/issues/" + INVENTED)).selectFirst("#acknowledgements");
        assertThat(written.select(".narrative").text()).isEqualTo("We thank the reviewers of Šiauliai and Gdańsk.");
        assertThat(written.select(".narrative a").attr("href")).isEqualTo("https://example.org/reviewers");

        Element imported = page(get("/issues/17")).selectFirst("#acknowledgements");
        assertThat(imported.select(".narrative").text()).startsWith("The project is implemented in partnership with the Pact");

        Document bare = page(get("/issues/" + BARE));
        assertThat(bare.select("#acknowledgements, #authors, #foreword")).isEmpty();
        assertThat(bare.select("#contents").text()).doesNotContain("Acknowledgements", "Authors", "foreword");
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
        for (int number : List.of(17, INVENTED)) {
            for (Element chart : page(get("/issues/" + number)).select("figure.chart")) {
                Element svg = chart.selectFirst("svg");
                assertThat(svg.attr("role")).isEqualTo("img");
                assertThat(svg.attr("aria-label")).isNotBlank();
                assertThat(svg.selectFirst("title").text()).isEqualTo(svg.attr("aria-label"));
                assertThat(chart.select("figcaption").text()).startsWith(svg.attr("aria-label"));
            }
        }
    }

    @Test
    void drawsTheDynamicsFromTheSecondIssueOnAndSaysSoBefore() throws Exception {
        Document first = page(get("/issues/17"));
        assertThat(first.select(".dynamics, #dynamics-heading")).isEmpty();
        assertThat(first.select("figure.chart")).as("the balance of each relationship only").hasSize(5);
        assertThat(first.select("#summary .dynamics-later").text()).isEqualTo("The dynamics across issues appear from the second issue on.");
        assertThat(page(get("/issues/17").param("lang", "ru")).select("#summary .dynamics-later").text())
                .isEqualTo("Динамика по выпускам появится начиная со второго выпуска.");

        Document second = page(get("/issues/" + INVENTED));
        assertThat(second.select(".dynamics figure.chart")).hasSize(3);
        assertThat(second.select("#dynamics-heading").text()).isEqualTo("Dynamics across issues");
        assertThat(second.select(".dynamics figcaption").text()).contains("Russia: No. 17 +23, No. 62 +1.").contains("No. 17 −10 (Yellow), No. 62 −3 (Green)");
        assertThat(second.select(".dynamics-later")).isEmpty();
    }

    @Test
    void showsTheFiguresOfRecordMarkedWhereTheCatalogueAddsUpToSomethingElse() throws Exception {
        Document page = page(get("/issues/17"));

        assertThat(page.select("table.indices tbody tr").eachText()).contains("Russia +21* +25* −4", "the EU −18 +4 −22", "China +16* +16* 0");
        assertThat(page.select("#relationship-russia table.figures").text()).contains("Aggregate index +21*", "Positive points +25*", "Negative points −4");
        assertThat(page.select("#relationship-russia figcaption").text()).isEqualTo("Russia: positive and negative points. Russia: positive points +25, negative points −4.");
        assertThat(page.select("#catalogue-russia tfoot").text()).isEqualTo("Total +21*");
        assertThat(page.select("#catalogue-china tfoot").text()).isEqualTo("Total +16*");
        assertThat(page.select("#catalogue-eu tfoot").text()).isEqualTo("Total −18");
        assertThat(page.select(".mark a")).isNotEmpty().allSatisfy(mark -> assertThat(mark.attr("href")).isEqualTo("#editors-note"));
    }

    @Test
    void givesOneEditorsNoteWithEveryDifferingFigureAndTheScoreOutOfBound() throws Exception {
        Document page = page(get("/issues/17"));

        assertThat(page.select(".editors-note")).hasSize(1);
        Element note = page.getElementById("editors-note");
        assertThat(note.parent().id()).isEqualTo("summary");
        assertThat(note.select("thead th").eachText()).containsExactly("Subject", "Figure", "Published", "Catalogue");
        assertThat(note.select("tbody tr").eachText()).containsExactly(
                "Russia aggregate index +21 +23", "Russia positive points +25 +27", "Russia Total row of the catalogue +21 +23",
                "China aggregate index +16 +18", "China positive points +16 +18", "China Total row of the catalogue +16 +18");
        assertThat(note.select(".note-score").text())
                .isEqualTo("* The EU, September–October: the score −4 lies outside the issue's bound (−3 to +3); it is shown and counted as published.");
        Element outOfBound = page.select("#catalogue-eu tbody tr").stream().filter(row -> row.text().endsWith("−4*")).findFirst().orElseThrow();
        assertThat(outOfBound.select(".mark a").attr("href")).isEqualTo("#editors-note");
        assertThat(page.select("#catalogue-eu tbody .mark")).hasSize(1);
        assertThat(page(get("/issues/" + INVENTED)).select("#editors-note tbody tr").eachText()).containsExactly("Russia aggregate index +3 +1");

        Element russian = page(get("/issues/17").param("lang", "ru")).getElementById("editors-note");
        assertThat(russian.select("h3").text()).isEqualTo("Примечание редактора");
        assertThat(russian.select("tbody tr").eachText()).startsWith("Россия совокупный индекс +21 +23");
        assertThat(russian.select(".note-score").text()).startsWith("* ЕС, сентябрь–октябрь: балл −4 выходит за пределы шкалы выпуска (от −3 до +3)");
    }

    @Test
    void keepsMarkersFromLiftingTheirLine() throws Exception {
        String page = web.perform(get("/issues/17")).andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("\\.publication \\.mark \\{[^}]*line-height: 0;[^}]*vertical-align: baseline;[^}]*position: relative;");
    }

    @Test
    void writesTheRussianEditionsDatesInRussianAndSaysOncePerCatalogueWhereDescriptionsAreInEnglish() throws Exception {
        Document sample = page(get("/issues/17").param("lang", "ru"));
        assertThat(sample.select("#catalogue-russia td.date").eachText()).contains("1 сентября").doesNotContain("1 September");
        assertThat(sample.select("td.date").eachText()).contains("3–4 сентября", "середина сентября", "сентябрь–октябрь", "октябрь");
        for (Element catalogue : sample.select("#appendix-relations .catalogue")) {
            assertThat(catalogue.select(".lang-note").eachText()).as(catalogue.id())
                    .containsExactly("Описания этих событий приводятся на английском языке.");
        }
        assertThat(sample.select("#appendix-security .lang-note")).hasSize(1);
        assertThat(sample.select("table .lang-tag")).isEmpty();
        assertThat(sample.select("table").text()).doesNotContain("(in English)");
        assertThat(sample.select("main h2").eachText()).contains("Отношения с Россией", "Отношения с Европейским союзом",
                "Отношения с Китаем", "Отношения с США", "Отношения с Украиной");

        Document invented = page(get("/issues/" + INVENTED).param("lang", "ru"));
        assertThat(invented.select("#catalogue-russia td.date").eachText()).containsExactly("3 марта", "середина апреля");
        assertThat(invented.select("#catalogue-russia .lang-note").text()).isEqualTo("Описания некоторых событий приводятся на английском языке.");
        assertThat(invented.select("#catalogue-eu .lang-note")).isEmpty();
        assertThat(invented.select("#catalogue-russia td[lang=en]").text()).isEqualTo(ReportFixtures.BORDER_EN);
    }

    @Test
    void speaksTheLanguageOfTheRequestOrTheCookie() throws Exception {
        Document russian = page(get("/issues/17").param("lang", "ru"));
        assertThat(russian.select("html").attr("lang")).isEqualTo("ru");
        assertThat(russian.select("main h2").eachText()).contains("Основные показатели", "Отношения с Россией", "Барометр безопасности");

        Document remembered = page(get("/issues/17").cookie(new jakarta.servlet.http.Cookie("barometer-lang", "ru")));
        assertThat(remembered.select(".cover-number").text()).isEqualTo("№ 17");
    }

    @Test
    void marksTextInTheOtherLanguageWithItsLanguage() throws Exception {
        Document english = page(get("/issues/" + INVENTED));

        Element visa = english.selectFirst("#catalogue-eu tbody td[lang=ru]");
        assertThat(visa.text()).isEqualTo(ReportFixtures.VISA_RU);
        assertThat(english.select("#catalogue-eu .lang-note").text()).isEqualTo("The descriptions of these events are in Russian.");
        Element developments = page(get("/issues/" + INVENTED).param("lang", "ru")).selectFirst("#relationship-russia .narrative[lang=en]");
        assertThat(developments.text()).startsWith("Talks on a grain terminal");
        assertThat(developments.previousElementSibling().text()).as("the tag, in the reader's language").isEqualTo("(на английском языке)");
        assertThat(developments.previousElementSibling().attr("lang")).isEmpty();
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
        assertThat(readers.select(".dynamics figcaption").text()).contains("Russia: No. 17 +23, No. 62 +1, No. 63 +1, No. 65 +1.");
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
