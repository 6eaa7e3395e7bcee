package org.barometer.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataTests {

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore store;

    @BeforeAll
    void storeAPublishedIssueWithHostileText() {
        Period period = Period.of("2021-01", "2021-02");
        Catalogue catalogue = new Catalogue(new Relationship("test", "=cmd|' /C calc'!A0"), List.of(
                new Event(DateExpression.parse("5 January", period), "=HYPERLINK(\"http://evil\",\"x\")", -2, "@SUM(A1)", List.of("-1+1")),
                new Event(DateExpression.parse("Mid-January", period), "+7 talks", 3, "-таб", List.of())));
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(DateExpression.parse("February", period), "-exercise", -1, -3, "=учения", List.of())));
        store.insert(new Issue(3, period, "A published issue", IssueStatus.PUBLISHED, null, null, List.of(catalogue), security, List.of()), List.of());
    }

    /** Each file's columns are the ones its header names, each with its meaning in English and in Russian. */
    @Test
    void theDataPageDescribesEveryColumnOfEveryFileInBothLanguages() throws Exception {
        java.util.Map<String, List<String>> files = java.util.Map.of("/data/events.csv", OpenDataFiles.EVENT_COLUMNS,
                "/data/indices.csv", OpenDataFiles.INDEX_COLUMNS, "/data/reliability.csv", OpenDataFiles.RELIABILITY_COLUMNS,
                "/data/forecasts.csv", OpenDataFiles.FORECAST_COLUMNS);
        java.util.Map<String, String> tables = java.util.Map.of("/data/events.csv", "#events-columns", "/data/indices.csv",
                "#indices-columns", "/data/reliability.csv", "#reliability-columns", "/data/forecasts.csv", "#forecasts-columns");
        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(web.perform(get("/data?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        org.jsoup.nodes.Document russian = org.jsoup.Jsoup.parse(web.perform(get("/data?lang=ru")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        for (var file : files.entrySet()) {
            String header = web.perform(get(file.getKey())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).lines()
                    .findFirst().orElseThrow().replace("\uFEFF", "");
            assertThat(List.of(header.split(","))).as(file.getKey()).containsExactlyElementsOf(file.getValue());
            String table = tables.get(file.getKey());
            assertThat(english.select(table + " code").eachText()).as(table).containsExactlyElementsOf(file.getValue());
            List<String> en = english.select(table + " td").eachText();
            List<String> ru = russian.select(table + " td").eachText();
            assertThat(en).as(table).hasSameSizeAs(file.getValue()).allSatisfy(meaning -> assertThat(meaning).isNotBlank().doesNotContain("??"));
            assertThat(ru).as(table).hasSameSizeAs(file.getValue()).allSatisfy(meaning -> assertThat(meaning).matches("(?s).*[А-Яа-яЁё].*"));
        }
    }

    @Test
    void quotesHostileTextCellsAndLeavesScoresAsNumbers() throws Exception {
        List<CSVRecord> rows = csv("/data/events.csv");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("description")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(rows.get(0).get("description_ru")).isEqualTo("'@SUM(A1)");
        assertThat(rows.get(0).get("relationship_name")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(0).get("sources")).isEqualTo("'-1+1");
        assertThat(rows.get(0).get("score")).isEqualTo("-2");
        assertThat(rows.get(0).get("precision")).isEqualTo("day");
        assertThat(rows.get(1).get("description")).isEqualTo("'+7 talks");
        assertThat(rows.get(1).get("description_ru")).isEqualTo("'-таб");
        assertThat(rows.get(2).get("description")).isEqualTo("'-exercise");
        assertThat(rows.get(2).get("description_ru")).isEqualTo("'=учения");
        assertThat(rows.get(2).get("national")).isEqualTo("-1");
        assertThat(rows.get(2).get("regional")).isEqualTo("-3");
        assertThat(rows.get(2).get("score")).isEmpty();
    }

    @Test
    void givesIndicesPerIssueAndRelationshipWithTheRevision() throws Exception {
        List<CSVRecord> rows = csv("/data/indices.csv");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("issue")).isEqualTo("3");
        assertThat(rows.get(0).get("revision")).isEqualTo("1");
        assertThat(rows.get(0).get("aggregate")).isEqualTo("1");
        assertThat(rows.get(0).get("positive")).isEqualTo("3");
        assertThat(rows.get(0).get("negative")).isEqualTo("-2");
        assertThat(rows.get(1).get("subject")).isEqualTo("security");
        assertThat(rows.get(1).get("regional")).isEqualTo("-3");
        assertThat(rows.get(1).get("level")).isEqualTo("Green");
    }

    @Test
    void jsonKeepsTheTextExactlyAsPublished() throws Exception {
        String json = web.perform(get("/data/events.json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"description\":\"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\"").contains("\"score\":-2");
    }

    @Test
    void answersNotModifiedToAReaderWhoHasTheSameFile() throws Exception {
        MvcResult first = web.perform(get("/data/indices.json")).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeader("Last-Modified")).isNotBlank();

        assertThat(web.perform(get("/data/indices.json").header("If-None-Match", etag)).andReturn().getResponse().getStatus()).isEqualTo(304);
    }

    @Test
    void describesEveryColumnOfEveryDownload() throws Exception {
        String page = web.perform(get("/data")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String column : OpenDataFiles.EVENT_COLUMNS) {
            assertThat(page).contains("<code>" + column + "</code>");
        }
        for (String column : OpenDataFiles.INDEX_COLUMNS) {
            assertThat(page).contains("<code>" + column + "</code>");
        }
        assertThat(page).doesNotContain("??");
    }

    private List<CSVRecord> csv(String path) throws Exception {
        String body = web.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }
}
