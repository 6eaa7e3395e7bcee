package org.barometer.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The archive of published issues, the page of each relationship and the event search, with the sample No. 17 and a
 * later No. 18 that covers Russia again and Poland for the first time.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesTests {

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore store;

    @Autowired
    SampleIssue sample;

    @BeforeAll
    void publishTwoIssues() {
        sample.loadIntoEmptyStore().orElseThrow();
        Period period = Period.of("2020-11", "2020-12");
        Catalogue russia = new Catalogue(new Relationship("russia", "Russia"), List.of(
                new Event(DateExpression.parse("3 November", period), "Talks on gas prices", 2, "Переговоры о ценах на газ", List.of()),
                new Event(DateExpression.parse("20 November", period), "A trade dispute", -1)));
        Catalogue poland = new Catalogue(new Relationship("poland", "Poland"), List.of(
                new Event(DateExpression.parse("9 December", period), "Border crossing reopened", 1),
                new Event(DateExpression.parse("12 December", period), "", -1, "Спор о транзите грузов", List.of())));
        SecurityCatalogue security = new SecurityCatalogue(List.of(new SecurityEvent(DateExpression.parse("1 December", period), "An exercise", -2, -3)));
        store.insert(new Issue(18, period, "The eighteenth", IssueStatus.PUBLISHED, null, null, List.of(russia, poland), security, List.of()), List.of());
    }

    @Test
    void theArchiveListsPublishedIssuesNewestFirstWithTheirTensionAndPdf() throws Exception {
        Document archive = page(get("/issues"));

        List<Element> rows = archive.select("#archive tbody tr");
        assertThat(rows).extracting(row -> row.selectFirst("th").text()).containsExactly("Issue No. 18", "Issue No. 17");
        Element seventeen = rows.get(1);
        assertThat(seventeen.select("td").get(0).text()).isEqualTo("September–October 2020");
        assertThat(seventeen.select("td").get(1).text()).isEqualTo("MINSK BAROMETER: Monitoring of foreign policy and regional security");
        assertThat(seventeen.select("td").get(2).text()).isEqualTo("-10 Yellow");
        assertThat(seventeen.select("a").eachAttr("href")).containsExactly("/issues/17", "/issues/17.pdf");
        assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("-3 Green");
    }

    @Test
    void theArchiveLinksEveryRelationshipOfAnyPublishedIssue() throws Exception {
        Document archive = page(get("/issues"));

        assertThat(archive.select("#relationships a").eachAttr("href")).containsExactlyInAnyOrder("/relationships/russia",
                "/relationships/poland", "/relationships/eu", "/relationships/china", "/relationships/us", "/relationships/ukraine");
        assertThat(archive.select("#relationships a[href=/relationships/us]").text()).isEqualTo("the U.S.");
    }

    @Test
    void aRelationshipPageShowsItsIndexIssueByIssueAndEveryEvent() throws Exception {
        Document russia = page(get("/relationships/russia"));

        assertThat(russia.selectFirst("h1").text()).isEqualTo("Relationship with Russia");
        List<Element> series = russia.select("#series tbody tr");
        assertThat(series).extracting(Element::text).containsExactly("Issue No. 18 2 +1 +2 -1", "Issue No. 17 24 +23 +27 -4");
        assertThat(russia.select("figure.chart figcaption").text()).contains("No. 17 +23").contains("No. 18 +1");
        assertThat(russia.select("figure.chart svg")).hasSize(1);
        List<Element> sections = russia.select("main > section");
        assertThat(sections).extracting(section -> section.selectFirst("h2").text()).containsExactly("Issue No. 18", "Issue No. 17");
        assertThat(sections.get(1).select("table.events tbody tr")).hasSize(24);
        assertThat(sections.get(1).select("table.events tbody tr").first().text())
                .isEqualTo("1 September Lukashenka: “we will preserve our common fatherland” +1");
        assertThat(sections.get(0).select("table.events tbody tr").eachText())
                .containsExactly("3 November Talks on gas prices +2", "20 November A trade dispute -1");
    }

    @Test
    void aRelationshipFirstCoveredLaterHasOnlyItsOwnIssues() throws Exception {
        Document poland = page(get("/relationships/poland"));

        assertThat(poland.select("#series tbody tr")).extracting(Element::text).containsExactly("Issue No. 18 2 0 +1 -1");
    }

    @Test
    void inRussianTheFrameDatesAndDescriptionsAreRussianWhereTheyExist() throws Exception {
        Document russia = page(get("/relationships/russia").param("lang", "ru"));

        assertThat(russia.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(russia.selectFirst("h1").text()).isEqualTo("Отношения с Россией");
        assertThat(russia.select("main > section").get(0).select("table.events tbody tr").eachText())
                .containsExactly("3 ноября Переговоры о ценах на газ +2", "20 ноября A trade dispute -1");
        Document archive = page(get("/issues").param("lang", "ru"));
        assertThat(archive.select("#archive tbody tr th").eachText()).containsExactly("Выпуск № 18", "Выпуск № 17");
        assertThat(archive.select("#archive tbody tr .badge").eachText()).containsExactly("Зелёный", "Жёлтый");
        assertThat(archive.select("#archive tbody tr .badge.level-yellow")).hasSize(1);
        Document home = page(get("/").param("lang", "ru"));
        assertThat(home.select(".level").text()).isEqualTo("Зелёный");
        Element level = home.selectFirst(".level").closest("p");
        assertThat(level.text()).doesNotContain("Green");
        assertThat(level.select("span[lang]")).as("the method's meaning is translated, not marked as English").isEmpty();
    }

    @Test
    void aDescriptionInTheOtherLanguageIsShownMarkedWithItsLanguage() throws Exception {
        Element russianOnly = page(get("/relationships/poland")).select("table.events td[lang]").first();
        assertThat(russianOnly.text()).isEqualTo("Спор о транзите грузов");
        assertThat(russianOnly.attr("lang")).isEqualTo("ru");

        Document found = page(get("/search").param("q", "транзит"));
        assertThat(found.select("#count").text()).isEqualTo("Events found: 1");
        assertThat(found.select("#results tbody td[lang=ru]").text()).isEqualTo("Спор о транзите грузов");
        Document russian = page(get("/search").param("q", "gas").param("lang", "ru"));
        assertThat(russian.select("#results tbody td:containsOwn(Переговоры о ценах на газ)")).singleElement()
                .satisfies(cell -> assertThat(cell.hasAttr("lang")).as("written in the page's language, not marked").isFalse());
        assertThat(russian.select("#results tbody td:containsOwn(Kyiv intends to buy gas-powered buses)").attr("lang")).isEqualTo("en");
    }

    @Test
    void theSearchFindsByWordsRelationshipAndScoresAndLinksEachResultToItsIssue() throws Exception {
        Document found = page(get("/search").param("relationship", "russia").param("minScore", "2"));

        List<Element> rows = found.select("#results tbody tr");
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.select("td").get(1).text()).isEqualTo("Russia"));
        assertThat(rows).allSatisfy(row -> assertThat(Integer.parseInt(row.select("td.num").text().replace("+", ""))).isGreaterThanOrEqualTo(2));
        assertThat(rows.get(0).select("a.issue").attr("href")).isEqualTo("/issues/17");
        assertThat(found.select("#q").attr("value")).isEmpty();
        assertThat(found.select("#relationship option[selected]").attr("value")).isEqualTo("russia");
    }

    @Test
    void aSearchParameterThatCannotBeUsedIsNamedBesideTheFormNotAnErrorPage() throws Exception {
        var answer = web.perform(get("/search").param("q", "gas").param("minScore", "high")).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(answer.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#problem").text()).isEqualTo("The lowest score must be a whole number, no greater than the highest score.");
        assertThat(page.select("#minScore").attr("value")).isEqualTo("high");
        assertThat(page.select("#q").attr("value")).isEqualTo("gas");
        assertThat(page.select("#results")).isEmpty();
    }

    @Test
    void aRelationshipNoPublishedIssueCoversIsNotFound() throws Exception {
        assertThat(web.perform(get("/relationships/atlantis")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = web.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
