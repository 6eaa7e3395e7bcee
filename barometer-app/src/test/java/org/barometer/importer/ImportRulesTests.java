package org.barometer.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.sql.DataSource;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.issue.Author;
import org.barometer.method.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An import is held to the input rules the workspace's forms are held to: no reserved relationship code, sources that
 * are http(s) links, texts no longer than their columns, no character XML cannot carry. Each refusal names the file,
 * the line where the format has lines, and the field; nothing is stored.
 */
class ImportRulesTests {

    static Issue published;

    DataSource dataSource = TestDatabase.H2.fresh();

    @BeforeAll
    static void readTheSeed() {
        published = Stores.on(TestDatabase.H2.fresh()).imports().importFile(Seed.path(), IssueImport.Options.NONE).issue();
    }

    void refused(String file, String content, String message) {
        assertThatThrownBy(() -> Stores.on(dataSource).imports().importText(file, content, IssueImport.Options.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(message);
        assertThat(ImportRefusalTests.rowCounts(dataSource)).isEqualTo(List.of(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void refusesTheReservedCodeSecurityInJson() {
        refused("issue-17.json", IssueJson.write(published).replace("\"code\" : \"russia\"", "\"code\" : \"security\""),
                "issue-17.json:39: relationships[0].code: \"security\" is reserved");
    }

    @Test
    void refusesTheReservedCodeSecurityInCsv() {
        refused("issue-17.csv", IssueCsv.write(published).replace("\r\nrelationship,Russia,code,russia,", "\r\nrelationship,Russia,code,security,"),
                "issue-17.csv:15: value: \"security\" is reserved");
    }

    @Test
    void refusesACatalogueHeadingWhoseCodeIsReservedInPublishedText() {
        String text = PublishedText.valid().replace("Relationship with the EU\n", "Relationship with Security\n");
        refused("issue-3.txt", text, "issue-3.txt:" + PublishedText.lineOf("Relationship with the EU\n\nDate") + ": Relationship: \"security\" is reserved");
    }

    @Test
    void refusesAJavascriptSourceInJsonAndCsv() {
        refused("issue-17.json", IssueJson.write(published).replaceFirst("\"sources\" : \\[ \\]", "\"sources\" : [ \"javascript:alert(1)\" ]"),
                "issue-17.json:46: relationships[0].events[0].sources[0]: \"javascript:alert(1)\" is not an http or https link");
        String csv = IssueCsv.write(published).replace("Makiej’s visit to Moscow,2,,,", "Makiej’s visit to Moscow,2,,,,javascript:alert(1)");
        refused("issue-17.csv", csv.replace("javascript:alert(1),", "javascript:alert(1)"), "issue-17.csv:18: sources: \"javascript:alert(1)\" is not an http or https link");
    }

    @Test
    void refusesAControlCharacterInATitleOrDescription() {
        refused("issue-17.json", IssueJson.write(published).replace("\"MINSK BAROMETER:", "\"MINSK\\u000B BAROMETER:"),
                "issue-17.json:4: title: contains the control character U+000B");
        refused("issue-3.txt", PublishedText.valid().replace("Talks on transit tariffs", "Talks\u0001 on transit tariffs"),
                "issue-3.txt:" + PublishedText.lineOf("3 May\tTalks on transit tariffs\t+2") + ": Event: contains the control character U+0001");
    }

    @Test
    void refusesADateLongerThanItsColumn() {
        String date = "2 September" + " ".repeat(95) + "2020";
        refused("issue-17.json", IssueJson.write(published).replace("\"date\" : \"2 September\"", "\"date\" : \"" + date + "\""),
                "issue-17.json:54: relationships[0].events[2].date: is 110 characters long; at most 100 are allowed");
    }

    @Test
    void refusesADescriptionLongerThanItsLimitInJsonCsvAndPublishedTextNamingTheFieldAndTheLimit() {
        String description = "Talks ".repeat(8_334);
        refused("issue-17.json", IssueJson.write(published).replace("Makiej’s visit to Moscow", description),
                "issue-17.json:55: relationships[0].events[2].description: is 50003 characters long; at most 1000 are allowed");
        refused("issue-17.csv", IssueCsv.write(published).replace("Makiej’s visit to Moscow", description),
                "issue-17.csv: relationships[0].events[2].description: is 50003 characters long; at most 1000 are allowed");
        refused("issue-3.txt", PublishedText.valid().replace("Talks on transit tariffs", description.strip()),
                "issue-3.txt:" + PublishedText.lineOf("3 May\tTalks on transit tariffs\t+2") + ": Event: is 50003 characters long; at most 1000 are allowed");
    }

    @Test
    void refusesASourceAndAMeaningLongerThanTheirLimits() {
        String link = "https://example.org/" + "a".repeat(1_000);
        refused("issue-17.json", IssueJson.write(published).replaceFirst("\"sources\" : \\[ \\]", "\"sources\" : [ \"" + link + "\" ]"),
                "issue-17.json:46: relationships[0].events[0].sources[0]: is 1020 characters long; at most 1000 are allowed");
        String meaning = published.scale().bands().get(0).meaning();
        assertThatThrownBy(() -> Stores.on(dataSource).imports().importText("issue-17.json",
                IssueJson.write(published).replace("\"" + meaning + "\"", "\"" + "x".repeat(1_001) + "\""), IssueImport.Options.NONE))
                .hasMessageContaining("scale[0].meaning: is 1001 characters long; at most 1000 are allowed");
        assertThatThrownBy(() -> Stores.on(dataSource).imports().importText("issue-17.csv",
                IssueCsv.write(published).replace("," + meaning + ",", "," + "x".repeat(1_001) + ","), IssueImport.Options.NONE))
                .hasMessageContaining("scale[0].meaning: is 1001 characters long; at most 1000 are allowed");
        assertThat(ImportRefusalTests.rowCounts(dataSource)).isEqualTo(List.of(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void refusesANarrativeAndABiographyLongerThanTheirLimitsInJsonAndCsv() {
        IssueWords narrative = new IssueWords(List.of(new IssueWords.Text("russia", "trends", "en", "t".repeat(100_001))), List.of());
        IssueWords biography = new IssueWords(List.of(), List.of(new Author(1, "A. Author", "Minsk", "b".repeat(5_001))));
        assertThatThrownBy(() -> Stores.on(dataSource).imports().importText("issue-17.json", IssueJson.write(published, narrative), IssueImport.Options.NONE))
                .hasMessageStartingWith("issue-17.json:").hasMessageContaining(": narrative[0].markdown: is 100001 characters long; at most 100000 are allowed");
        assertThatThrownBy(() -> Stores.on(dataSource).imports().importText("issue-17.json", IssueJson.write(published, biography), IssueImport.Options.NONE))
                .hasMessageStartingWith("issue-17.json:").hasMessageContaining(": authors[0].biography: is 5001 characters long; at most 5000 are allowed");
        assertThatThrownBy(() -> Stores.on(dataSource).imports().importText("issue-17.csv", IssueCsv.write(published, narrative), IssueImport.Options.NONE))
                .hasMessageStartingWith("issue-17.csv:").hasMessageContaining(": description: is 100001 characters long; at most 100000 are allowed");
        assertThatThrownBy(() -> Stores.on(dataSource).imports().importText("issue-17.csv", IssueCsv.write(published, biography), IssueImport.Options.NONE))
                .hasMessageStartingWith("issue-17.csv:").hasMessageContaining(": description: is 5001 characters long; at most 5000 are allowed");
        assertThat(ImportRefusalTests.rowCounts(dataSource)).isEqualTo(List.of(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void refusesAMonthThatDoesNotExistNamingTheField() {
        refused("issue-17.json", IssueJson.write(published).replace("\"from\" : \"2020-09\"", "\"from\" : \"2020-13\""),
                "issue-17.json:5: from: \"2020-13\" is not a month written YYYY-MM");
    }

    @Test
    void refusesACsvWithAQuoteThatNeverClosesNamingTheLineItOpensOn() {
        String csv = IssueCsv.write(published).replace("Makiej’s visit to Moscow,2,", "\"Makiej’s visit to Moscow,2,");
        refused("issue-17.csv", csv, "issue-17.csv:18: the record starting here is not readable as CSV: Invalid character");
    }

    @Test
    void refusesACsvWithoutItsHeaderNamingTheFirstLine() {
        String csv = IssueCsv.write(published);
        refused("issue-17.csv", csv.substring(csv.indexOf("\r\n") + 2), "issue-17.csv:1: expected the header line record,subject,key,value");
    }
}
