package org.barometer.importer;

import javax.sql.DataSource;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueStore;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export, import into an empty store, export again: the same bytes, in JSON and in CSV, on either store. */
class ExportRoundTripTests {

    static Issue published;

    @BeforeAll
    static void importTheSeed() {
        DataSource dataSource = TestDatabase.H2.fresh();
        published = imports(dataSource).importFile(Seed.path(), IssueImport.Options.NONE).issue();
    }

    static IssueImport imports(DataSource dataSource) {
        return Stores.on(dataSource).imports();
    }

    static Issue storedAfterImport(TestDatabase database, String file, String content) {
        DataSource empty = database.fresh();
        imports(empty).importText(file, content, IssueImport.Options.NONE);
        return Stores.on(empty).issues().find(published.number()).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void jsonExportImportsBackToTheSameBytes(TestDatabase database) {
        String exported = IssueJson.write(published);

        Issue reimported = storedAfterImport(database, "issue-17.json", exported);

        assertThat(IssueJson.write(reimported)).isEqualTo(exported);
        assertThat(reimported).isEqualTo(published);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void csvExportImportsBackToTheSameBytes(TestDatabase database) {
        String exported = IssueCsv.write(published);

        Issue reimported = storedAfterImport(database, "issue-17.csv", exported);

        assertThat(IssueCsv.write(reimported)).isEqualTo(exported);
        assertThat(reimported).isEqualTo(published);
    }

    @Test
    void csvAndJsonCarryTheSameIssue() {
        assertThat(IssueJson.read("x.json", IssueJson.write(IssueCsv.read("x.csv", IssueCsv.write(published))))).isEqualTo(published);
    }

    @Test
    void keepsADraftADraft() {
        Issue draft = published.withStatus(IssueStatus.DRAFT);

        assertThat(IssueJson.read("x.json", IssueJson.write(draft)).status()).isEqualTo(IssueStatus.DRAFT);
        assertThat(IssueCsv.read("x.csv", IssueCsv.write(draft)).status()).isEqualTo(IssueStatus.DRAFT);
    }

    @Test
    void csvKeepsTextWithCommasQuotesAndLineBreaks() {
        Issue awkward = IssueJson.read("x.json", IssueJson.write(published)
                .replace("Makiej’s visit to Moscow", "\\\"Visit\\\", with a comma\\nand a new line"));
        assertThat(awkward.catalogue("russia").orElseThrow().events().get(2).description()).isEqualTo("\"Visit\", with a comma\nand a new line");

        assertThat(IssueCsv.read("x.csv", IssueCsv.write(awkward))).isEqualTo(awkward);
    }

    @Test
    void jsonMissingAScoreNamesTheLineAndThePathOfTheField() {
        String json = IssueJson.write(published).replaceFirst("\"score\" : 1,", "\"points\" : 1,");

        assertThatThrownBy(() -> IssueJson.read("issue-17.json", json))
                .isInstanceOf(ImportException.class)
                .hasMessage("issue-17.json:41: relationships[0].events[0].score: expected a whole number");
    }

    @Test
    void jsonWithADateItCannotReadNamesTheFieldAndQuotesTheDate() {
        String json = IssueJson.write(published).replace("\"date\" : \"2 September\"", "\"date\" : \"Septober 2\"");

        assertThatThrownBy(() -> IssueJson.read("issue-17.json", json))
                .hasMessageContaining("issue-17.json:53: relationships[0].events[2] (date): cannot read the date \"Septober 2\"");
    }

    @Test
    void brokenJsonNamesTheLine() {
        String json = IssueJson.write(published).replaceFirst("\"title\" : ", "\"title\" ");

        assertThatThrownBy(() -> IssueJson.read("issue-17.json", json))
                .hasMessageStartingWith("issue-17.json:4: not valid JSON");
    }

    @Test
    void jsonWithAScaleThatHasAGapIsRefused() {
        String json = IssueJson.write(published).replace("\"highest\" : -2,", "\"highest\" : -3,");

        assertThatThrownBy(() -> IssueJson.read("issue-17.json", json))
                .hasMessageContaining("issue-17.json:12: scale: totals -2 have no colour");
    }

    @Test
    void csvWithAScoreThatIsNotANumberNamesTheLineAndColumn() {
        String csv = IssueCsv.write(published).replace("Makiej’s visit to Moscow,2,", "Makiej’s visit to Moscow,two,");

        assertThatThrownBy(() -> IssueCsv.read("issue-17.csv", csv))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("issue-17.csv:18: score: \"two\" is not a whole-number score");
    }

    @Test
    void csvWithAnUnknownRecordTypeIsRefused() {
        String csv = IssueCsv.write(published).replace("\r\nrelationship,Russia,", "\r\nrelation,Russia,");

        assertThatThrownBy(() -> IssueCsv.read("issue-17.csv", csv))
                .hasMessageContaining("issue-17.csv:15: record: \"relation\" is not a record type");
    }

    @Test
    void csvWithOtherColumnsIsRefused() {
        assertThatThrownBy(() -> IssueCsv.read("events.csv", "date,event,score\r\n1 September,Talks,1\r\n"))
                .hasMessageContaining("events.csv:1: expected the columns record,subject,key,value,date,description,score,national,regional,description_ru,sources");
    }
}
