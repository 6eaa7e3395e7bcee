package org.barometer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.as;
import static org.barometer.account.TestActors.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.barometer.WebTest;
import org.barometer.account.Accounts;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.catalogue.Issues;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.json.Json;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.report.PdfUaValidation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Beside each figure of record of a published issue, readers see the range the index has with the second coder's scores,
 * wherever those give another index: on the issue's page and PDF, the home page, the relationship and security pages,
 * in the API and the open data. Where the second scores give the same index, or nobody scored the part twice, nothing
 * is added; the figures of record stay as they are.
 * <p>
 * The invented issue: Russia +2 and -1 (record +1), scored a second time +1 and -1 (0): the range 0 … +1. Security:
 * national -1 and 0, scored again the same (no range); regional -2 and -1 (record -3), scored -3 and -1 (-4): the range
 * -4 … -3. The EU was not scored twice.
 */
@WebTest
class SecondScoreRangeTests {

    private static final int N = 61;

    private static final RequestPostProcessor REVIEWER = as(new Actor("range-reader", Role.REVIEWER, Set.of(), false));

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

    @BeforeEach
    void publishTheDoubleScoredIssue() throws Exception {
        Issue invented = Issues.issue(N, IssueStatus.DRAFT);
        issues.insert(new Issue(N, invented.period(), invented.title(), invented.status(), invented.bound(), invented.scale(),
                invented.catalogues(), invented.security(), List.of()), List.of());
        accounts.add("range-reader", "a-long-password", Role.REVIEWER, Set.of(), false);
        for (String catalogue : List.of("russia", EventStore.SECURITY)) {
            web.perform(post("/workspace/issues/" + N + "/double/" + catalogue + "/draw").with(editor()).with(csrf())
                    .param("share", "100").param("seed", "42").param("coder", "range-reader"))
                    .andExpect(redirectedUrl("/workspace/issues/" + N + "/double/" + catalogue));
        }
        second("russia", "Ministers agree", Map.of("score", "1"));
        second("russia", "Border crossing", Map.of("score", "-1"));
        second(EventStore.SECURITY, "Air defence drill", Map.of("national", "-1", "regional", "-3"));
        second(EventStore.SECURITY, "Patrol flights", Map.of("national", "0", "regional", "-1"));
        revisions.changeStatus(revisions.ref(N).orElseThrow(), IssueStatus.PUBLISHED);
    }

    @Test
    void theIssuePageShowsTheRangeBesideEachFigureOfRecordWhoseIndexTheSecondScoresChange() throws Exception {
        Document page = page("/issues/" + N);

        Element russia = row(page.select("#summary table.indices").first(), "Russia");
        assertThat(russia.select("td").first().text()).as("the figure of record, then its range").isEqualTo("+1 (0 … +1)†");
        assertThat(russia.select(".range-mark a").attr("href")).isEqualTo("#reliability-note");
        assertThat(russia.select(".range-mark a").attr("title")).contains("second coder's scores", "Reliability of the scores");
        assertThat(row(page.select("#summary table.indices").first(), "the EU").select(".second-range")).as("not scored twice").isEmpty();
        assertThat(page.select("#relationship-russia table.figures .second-range").text()).isEqualTo("(0 … +1)");
        assertThat(page.select("#relationship-russia table.figures tr").get(1).select(".second-range")).as("positive points").isEmpty();

        Element security = page.select("#summary table.security-indices").first();
        assertThat(row(security, "National security").select(".second-range")).as("the same with the second scores").isEmpty();
        assertThat(row(security, "Regional tension").select("td").text()).isEqualTo("−3 (−4 … −3)†");
        assertThat(page.select("#security table.figures .second-range").eachText()).containsExactly("(−4 … −3)");
        assertThat(page.select("#reliability-note")).hasSize(1);
    }

    @Test
    void theRussianPageExplainsTheRangeInRussian() throws Exception {
        Document page = page("/issues/" + N + "?lang=ru");

        Element russia = row(page.select("#summary table.indices").first(), "Россия");
        assertThat(russia.select(".second-range").text()).isEqualTo("(0 … +1)");
        assertThat(russia.select(".range-mark a").attr("title")).contains("вторыми оценками", "Надёжность оценок");
    }

    @Test
    void thePdfPrintsTheRangeAndItsMarkAndStaysAccessible() throws Exception {
        byte[] pdf = web.perform(get("/issues/" + N + ".pdf")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Russia +1 (0 … +1)†", "Regional tension −3 (−4 … −3)†").doesNotContain("the EU +1 (");
        }
        Map<String, String> failed = PdfUaValidation.failedRules(new ByteArrayInputStream(pdf));
        assertThat(failed.keySet()).as("%s", failed).isSubsetOf(PdfUaValidation.KNOWN);
    }

    @Test
    void theHomeRelationshipAndSecurityPagesShowTheRangeLinkedToTheNote() throws Exception {
        Document home = page("/");
        assertThat(row(home.select("#indices").first(), "Russia").select(".second-range").text()).isEqualTo("(0 … +1)");
        assertThat(row(home.select("#indices").first(), "Russia").select(".second-range").attr("href"))
                .isEqualTo("/issues/" + N + "#reliability-note");
        assertThat(row(home.select("#indices").first(), "the EU").select(".second-range")).isEmpty();
        assertThat(row(home.select("#security").first(), "Regional tension").select(".second-range").text()).isEqualTo("(-4 … -3)");
        assertThat(row(home.select("#security").first(), "National security").select(".second-range")).isEmpty();

        Document russia = page("/relationships/russia");
        Element issue = russia.select("#series tbody tr").first();
        assertThat(issue.select("td").get(1).text()).as("the aggregate of record, then its range").isEqualTo("+1 (0 … +1)");
        assertThat(issue.select(".second-range").attr("title")).contains("second coder's scores");
        assertThat(page("/relationships/eu").select("#series .second-range")).isEmpty();

        Document security = page("/security");
        assertThat(security.select("#security-series td.regional").text()).isEqualTo("-3 (-4 … -3)");
        assertThat(security.select("#security-series td.national").text()).isEqualTo("-1");
        assertThat(page("/security?lang=ru").select("#security-series td.regional .second-range").attr("title")).contains("вторыми оценками");
    }

    @Test
    void theApiAndTheOpenDataGiveTheRangeBesideTheFiguresOfRecord() throws Exception {
        JsonNode indices = Json.read(web.perform(get("/api/v1/issues/" + N + "/indices")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode russia = indices.path("relationships").get(0);
        assertThat(russia.path("aggregate").asInt()).as("the figure of record, unchanged").isEqualTo(1);
        assertThat(russia.path("aggregateRange").path("lowest").asInt()).isZero();
        assertThat(russia.path("aggregateRange").path("highest").asInt()).isEqualTo(1);
        assertThat(indices.path("relationships").get(1).path("aggregateRange").isNull()).as("the EU").isTrue();
        assertThat(indices.path("security").path("nationalRange").isNull()).isTrue();
        assertThat(indices.path("security").path("regional").asInt()).isEqualTo(-3);
        assertThat(indices.path("security").path("regionalRange").path("lowest").asInt()).isEqualTo(-4);
        assertThat(indices.path("security").path("regionalRange").path("highest").asInt()).isEqualTo(-3);

        JsonNode data = Json.read(web.perform(get("/data/indices.json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(data.get(0).path("relationships").get(0).path("aggregate_range").path("lowest").asInt()).isZero();
        assertThat(data.get(0).path("relationships").get(1).path("aggregate_range").isNull()).isTrue();
        assertThat(data.get(0).path("security").path("regional_range").path("lowest").asInt()).isEqualTo(-4);
        assertThat(data.get(0).path("security").path("national_range").isNull()).isTrue();

        String csv = web.perform(get("/data/indices.csv")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",russia,Russia,1,2,-1,,,,true,0,1,,,,\r\n", ",eu,the EU,1,1,0,,,,true,,,,,,\r\n",
                ",security,,,,,-1,-3,Green,true,,,,,-4,-3\r\n");
    }

    private void second(String catalogue, String description, Map<String, String> scores) throws Exception {
        String uid = events.catalogue(revisions.ref(N).orElseThrow().id(), catalogue).stream()
                .filter(event -> event.content().description().startsWith(description)).findFirst().orElseThrow().uid();
        var request = post("/workspace/issues/" + N + "/second/" + catalogue).with(REVIEWER).with(csrf()).param("event", uid);
        scores.forEach(request::param);
        web.perform(request).andExpect(redirectedUrl("/workspace/issues/" + N + "/second/" + catalogue + "#event-" + uid));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(web.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static Element row(Element table, String heading) {
        return table.select("tr").stream().filter(tr -> tr.select("th").text().equals(heading)).findFirst().orElseThrow();
    }
}
