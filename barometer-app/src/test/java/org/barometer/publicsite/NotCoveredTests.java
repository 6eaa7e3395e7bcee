package org.barometer.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.barometer.WebTest;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An issue published with empty catalogues (the EU, China, security), which the editor accepted: readers are told
 * "not covered in this issue" wherever they look, never shown a zero, and no change is computed from it. No. 1 covers
 * everything (the EU −18), No. 2 leaves the EU, China and security empty; No. 3, published later, covers them again.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotCoveredTests {

    static final String NOT_COVERED = "Not covered in this issue";
    static final String NOT_COVERED_RU = "Не охвачено этим выпуском";

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore store;

    @BeforeAll
    void publishACoveredIssueThenOneWithEmptyCatalogues() {
        store.insert(issue(1, -3, 6, true), List.of());
        store.insert(issue(2, 0, 0, false), List.of());
    }

    /** Russia one event of +1; the EU `euEvents` events of `euScore`; China likewise; security one event (-2, -3) if covered. */
    static Issue issue(int number, int euScore, int euEvents, boolean security) {
        Period period = Period.of(String.format("2021-%02d", 2 * number - 1), String.format("2021-%02d", 2 * number));
        DateExpression day = DateExpression.parse("5 " + period.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH), period);
        List<Event> eu = Collections.nCopies(euEvents, new Event(day, "Sanctions", euScore));
        return new Issue(number, period, "Monitoring No. " + number, IssueStatus.PUBLISHED, null, null, List.of(
                new Catalogue(new Relationship("russia", "Russia"), List.of(new Event(day, "Talks", number))),
                new Catalogue(new Relationship("eu", "the EU"), eu),
                new Catalogue(new Relationship("china", "China"), eu)),
                security ? new SecurityCatalogue(List.of(new SecurityEvent(day, "Exercise", -2, -3))) : SecurityCatalogue.EMPTY, List.of());
    }

    @Test
    @Order(1)
    void theHomePageSaysNotCoveredInsteadOfZerosAndAChange() throws Exception {
        for (String language : List.of("en", "ru")) {
            String notCovered = language.equals("en") ? NOT_COVERED : NOT_COVERED_RU;
            Document home = page("/", language);
            List<Element> rows = home.select("#indices tbody tr");

            assertThat(rows.get(0).select("td").eachText()).as("Russia, covered").containsExactly("1", "+2", "+2", "0", "+1");
            for (Element empty : List.of(rows.get(1), rows.get(2))) {
                assertThat(empty.select("td").eachText()).as(language + ": no 0, no +18").containsExactly(notCovered);
            }
            assertThat(home.select("#security tbody td").eachText()).containsExactly(notCovered);
            assertThat(home.select(".level")).as("no colour for security not covered").isEmpty();
            assertThat(home.select("figure.chart figcaption").eachText()).as("no point for No. 2 where it covers nothing")
                    .anySatisfy(text -> assertThat(text).contains(language.equals("en") ? "The EU: No. 1 −18." : "ЕС: № 1 −18."))
                    .allSatisfy(text -> assertThat(text).doesNotContain("No. 2 0", "№ 2 0"));
        }
    }

    @Test
    @Order(2)
    void theRelationshipArchiveAndSecurityPagesSayNotCoveredForThatIssue() throws Exception {
        Document eu = page("/relationships/eu", "en");
        assertThat(eu.select("#series tbody tr").eachText()).containsExactly("Issue No. 2 " + NOT_COVERED, "Issue No. 1 6 -18 0 -18");
        assertThat(eu.select("main > section").get(0).select("p.not-covered").text()).isEqualTo(NOT_COVERED);
        assertThat(eu.select("main > section").get(0).select("table.events")).isEmpty();
        assertThat(eu.select("figure.chart figcaption").text()).contains("No. 1 −18").doesNotContain("No. 2");

        assertThat(page("/issues", "ru").select("#archive tbody tr").get(0).select("td.not-covered").text()).isEqualTo(NOT_COVERED_RU);
        Document security = page("/security", "en");
        assertThat(security.select("#security-series tbody tr").get(0).select("td").eachText()).containsExactly(NOT_COVERED);
        assertThat(security.select("figure.chart figcaption").text()).contains("No. 1 −3").doesNotContain("No. 2");
    }

    @Test
    @Order(3)
    void theApiSaysCoveredFalseWithNullFigures() throws Exception {
        web.perform(get("/api/v1/relationships")).andExpect(status().isOk())
                .andExpect(jsonPath("$.relationships[1].code").value("eu"))
                .andExpect(jsonPath("$.relationships[1].issues").value(contains(1, 2)))
                .andExpect(jsonPath("$.relationships[1].coveredIn").value(contains(1)));
        web.perform(get("/api/v1/relationships/eu/series")).andExpect(status().isOk())
                .andExpect(jsonPath("$.points[0].covered").value(true))
                .andExpect(jsonPath("$.points[0].aggregate").value(-18))
                .andExpect(jsonPath("$.points[1].issue").value(2))
                .andExpect(jsonPath("$.points[1].covered").value(false))
                .andExpect(jsonPath("$.points[1].events").value(0))
                .andExpect(jsonPath("$.points[1].aggregate").value(nullValue()))
                .andExpect(jsonPath("$.points[1].positive").value(nullValue()))
                .andExpect(jsonPath("$.points[1].negative").value(nullValue()));
        web.perform(get("/api/v1/security/series")).andExpect(status().isOk())
                .andExpect(jsonPath("$.points[1].covered").value(false))
                .andExpect(jsonPath("$.points[1].national").value(nullValue()))
                .andExpect(jsonPath("$.points[1].regional").value(nullValue()))
                .andExpect(jsonPath("$.points[1].level").value(nullValue()));
        web.perform(get("/api/v1/issues/2/indices")).andExpect(status().isOk())
                .andExpect(jsonPath("$.relationships[0].covered").value(true))
                .andExpect(jsonPath("$.relationships[1].covered").value(false))
                .andExpect(jsonPath("$.relationships[1].aggregate").value(nullValue()))
                .andExpect(jsonPath("$.security.covered").value(false))
                .andExpect(jsonPath("$.security.national").value(nullValue()))
                .andExpect(jsonPath("$.security.level").value(nullValue()));
    }

    @Test
    @Order(4)
    void theOpenDataLeaveTheFiguresEmptyAndSayNotCovered() throws Exception {
        List<String> csv = web.perform(get("/data/indices.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).lines().toList();

        assertThat(csv.get(0)).contains(",level,covered,");
        assertThat(csv).contains("1,1,2021-01-01,2021-02-28,eu,the EU,-18,0,-18,,,,true,,,,,,",
                "2,1,2021-03-01,2021-04-30,eu,the EU,,,,,,,false,,,,,,",
                "2,1,2021-03-01,2021-04-30,security,,,,,,,,false,,,,,,",
                "1,1,2021-01-01,2021-02-28,security,,,,,-2,-3,Green,true,,,,,,");
        web.perform(get("/data/indices.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$[1].relationships[1].covered").value(false))
                .andExpect(jsonPath("$[1].relationships[1].aggregate").value(nullValue()))
                .andExpect(jsonPath("$[1].security.covered").value(false))
                .andExpect(jsonPath("$[1].security.level").value(nullValue()))
                .andExpect(jsonPath("$[0].relationships[1].aggregate").value(-18));
    }

    @Test
    @Order(5)
    void thePublicationAndItsPdfSayNotCoveredInsteadOfFiguresAndAnEmptyCatalogue() throws Exception {
        Document issue = page("/issues/2", "en");
        assertThat(issue.select("table.indices").get(0).select("tbody tr").get(1).select("td").eachText()).containsExactly(NOT_COVERED);
        assertThat(issue.select("#relationship-eu > p.not-covered").text()).isEqualTo(NOT_COVERED);
        assertThat(issue.select("#relationship-eu table.figures, #relationship-eu figure.balance")).isEmpty();
        assertThat(issue.select("#catalogue-eu table")).isEmpty();
        assertThat(issue.select("#appendix-security table")).isEmpty();
        assertThat(issue.select(".level-callout")).isEmpty();

        String english = pdfText(web.perform(get("/issues/2.pdf")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(english).contains("Relationship with the EU " + NOT_COVERED, "Relationship with China " + NOT_COVERED,
                "Security barometer " + NOT_COVERED).doesNotContain("The EU: no events", "Security events: none");
        String russian = pdfText(web.perform(get("/issues/2.pdf").param("lang", "ru")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(russian).contains("Отношения с Европейским союзом " + NOT_COVERED_RU);
    }

    @Test
    @Order(6)
    void theNextIssuesChangeIsNotComputedFromTheIssueThatDidNotCover() throws Exception {
        store.insert(issue(3, -1, 2, true), List.of());

        for (String language : List.of("en", "ru")) {
            Document home = page("/", language);
            List<Element> rows = home.select("#indices tbody tr");
            String notCoveredIn = language.equals("en") ? "not covered in No. 2" : "не охвачено в № 2";

            assertThat(rows.get(0).selectFirst("td.change").text()).as("Russia, covered by No. 2: +3 against +2").isEqualTo("+1");
            assertThat(rows.get(1).select("td").eachText()).as(language + ": the EU's -2, not -2 against No. 2's zero")
                    .containsExactly("2", "-2", "0", "-2", notCoveredIn);
            assertThat(home.select("#security td.change").eachText()).containsExactly(notCoveredIn, notCoveredIn);
            assertThat(home.select("figure.chart figcaption").eachText()).anySatisfy(text -> assertThat(text)
                    .contains(language.equals("en") ? "The EU: No. 1 −18, No. 3 −2." : "ЕС: № 1 −18, № 3 −2."));
        }
    }

    private Document page(String path, String language) throws Exception {
        MvcResult result = web.perform(get(path).param("lang", language)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
