package org.barometer.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.barometer.account.TestActors.editor;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.WebTest;
import org.barometer.importer.IssueXlsx;
import org.barometer.issue.IssueChanged;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.ForecastStatement;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.narrative.NarrativeTexts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The forecast ledger as open data: /data/forecasts.csv and .json and the Forecasts sheet of the issue's workbook give
 * each statement of the published No. 1 with how the method grades it against No. 2 (No. 3 unpublished: pending). The
 * relationship's name is hostile text, which the CSV quotes and the JSON keeps as written.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastDataTests {

    static final String HOSTILE = "=cmd|' /C calc'!A0";

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    NarrativeTexts texts;

    @Autowired
    ApplicationEventPublisher events;

    /**
     * No. 1: Russia (named with hostile text) +1, the EU -2, regional -3. No. 2: Russia +1, the EU not covered, regional
     * -3 (Green). Statements of No. 1: Russia above 0 at 70% (true), the EU above -5 at 50% (ungradeable), Green at 60%
     * (true), Russia between -1 and +1 in No. 3 (pending).
     */
    @BeforeAll
    void aPublishedIssueWhoseStatementsTheNextOneGrades() throws Exception {
        issues.insert(issue(1, IssueStatus.DRAFT, List.of(1), List.of(-2)), List.of());
        add("russia", editor(), Map.of("figure", "aggregate", "comparison", "above", "threshold", "0", "probability", "70"));
        add("eu", editor(), Map.of("figure", "aggregate", "comparison", "above", "threshold", "-5", "probability", "50"));
        add("regional", securityAnalyst(), Map.of("figure", "level", "comparison", "stays_in", "colour", "green", "probability", "60"));
        add("russia", editor(), Map.of("figure", "aggregate", "comparison", "between", "threshold", "-1", "upper", "+1", "about", "3"));
        revisions.changeStatus(revisions.ref(1).orElseThrow(), IssueStatus.PUBLISHED);
        issues.insert(issue(2, IssueStatus.PUBLISHED, List.of(1), List.of()), List.of());
        events.publishEvent(new IssueChanged(1));
    }

    @Test
    void theCsvGivesOneRowPerStatementWithItsGradeAndBrierScoreAndQuotesHostileText() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body("/data/forecasts.csv"))).getRecords();

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).toMap().keySet()).containsExactlyInAnyOrderElementsOf(OpenDataFiles.FORECAST_COLUMNS);
        List<String> columns = List.of("made_in", "about", "subject", "subject_name", "figure", "comparison", "threshold", "threshold_upper",
                "colour", "probability", "outcome");
        assertThat(rows).extracting(row -> columns.stream().map(row::get).toList()).containsExactly(
                List.of("1", "2", "russia", "'" + HOSTILE, "aggregate", "above", "0", "", "", "0.7", "true"),
                List.of("1", "2", "eu", "the EU", "aggregate", "above", "-5", "", "", "0.5", "ungradeable"),
                List.of("1", "2", "security", "", "level", "stays_in", "", "", "Green", "0.6", "true"),
                List.of("1", "3", "russia", "'" + HOSTILE, "aggregate", "between", "-1", "1", "", "", "pending"));
        assertThat(rows.get(0).get("reason")).isEqualTo("'" + HOSTILE + "'s aggregate index in issue 2 is +1, above 0");
        assertThat(Double.parseDouble(rows.get(0).get("brier"))).isCloseTo(0.09, within(1e-9));
        assertThat(rows.get(1).get("reason")).isEqualTo("the EU is not covered by issue 2");
        assertThat(rows.get(1).get("brier")).isEmpty();
        assertThat(Double.parseDouble(rows.get(2).get("brier"))).isCloseTo(0.16, within(1e-9));
        assertThat(rows.get(3).get("reason") + rows.get(3).get("brier")).isEmpty();
    }

    @Test
    void theJsonKeepsTheTextAsWrittenAndLeavesWhatDoesNotApplyNull() throws Exception {
        String json = body("/data/forecasts.json");

        assertThat(json).contains("\"subject_name\":\"=cmd|' /C calc'!A0\"", "\"outcome\":\"pending\"", "\"threshold_upper\":1",
                "\"colour\":\"Green\"", "\"brier\":null", "\"outcome\":\"ungradeable\"");
    }

    @Test
    void theIssuesWorkbookListsItsStatementsWithHowEachTurnedOutAndReadsBackWithoutTheGrades() throws Exception {
        byte[] workbook = web.perform(get("/issues/1.xlsx")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet("Forecasts");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Outcome");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("russia");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("above");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(0.7);
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("true");
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo(HOSTILE + "'s aggregate index in issue 2 is +1, above 0");
            assertThat(first.getCell(10).getNumericCellValue()).isCloseTo(0.09, within(1e-9));
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("ungradeable");
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("Green");
            assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).isEqualTo("pending");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
        List<ForecastStatement> read = IssueXlsx.readAll("barometer-1.xlsx", workbook).words().forecasts();
        assertThat(read).containsExactlyElementsOf(texts.forecasts(revisions.ref(1).orElseThrow().id())).hasSize(4);
    }

    @Test
    void theDataPageListsTheFileAndDescribesEveryColumnInEnglishAndRussian() throws Exception {
        for (String language : List.of("en", "ru")) {
            Document page = Jsoup.parse(body("/data?lang=" + language));
            assertThat(page.select("#downloads a").eachAttr("href")).contains("/data/forecasts.csv", "/data/forecasts.json");
            assertThat(page.select("#forecasts-columns code").eachText()).containsExactlyElementsOf(OpenDataFiles.FORECAST_COLUMNS);
            assertThat(page.select("#forecasts-columns td").eachText()).allSatisfy(meaning -> assertThat(meaning).isNotBlank().doesNotContain("??"));
            assertThat(page.select("#api-links a").eachAttr("href")).contains("/api/v1/forecasts");
        }
        assertThat(Jsoup.parse(body("/data?lang=ru")).select("#forecasts-columns td").first().text()).isEqualTo("Номер выпуска, в котором сделано утверждение.");
    }

    private String body(String path) throws Exception {
        return web.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void add(String section, RequestPostProcessor who, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/workspace/issues/1/narrative/" + section + "/forecasts");
        fields.forEach(request::param);
        web.perform(request.with(who).with(csrf())).andExpect(status().is3xxRedirection());
    }

    /** Russia's events of the scores given, the EU's likewise (none: not covered), one security event (-1, -3). */
    private static Issue issue(int number, IssueStatus status, List<Integer> russia, List<Integer> eu) {
        Period period = Period.of(String.format("2023-%02d", 2 * number - 1), String.format("2023-%02d", 2 * number));
        DateExpression month = DateExpression.parse(period.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH), period);
        return new Issue(number, period, "Open ledger No. " + number, status, null, null, List.of(
                new Catalogue(new Relationship("russia", HOSTILE), russia.stream().map(score -> new Event(month, "Talks", score)).toList()),
                new Catalogue(new Relationship("eu", "the EU"), eu.stream().map(score -> new Event(month, "Sanctions", score)).toList())),
                new SecurityCatalogue(List.of(new SecurityEvent(month, "Exercise", -1, -3))), List.of());
    }
}
