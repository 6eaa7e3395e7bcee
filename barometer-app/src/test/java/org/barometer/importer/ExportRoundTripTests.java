package org.barometer.importer;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.importer.IssueImport;
import org.barometer.issue.Authors;
import org.barometer.issue.IssueStore;
import org.barometer.narrative.NarrativeTexts;
import org.barometer.method.Figure;
import org.barometer.method.ForecastStatement;
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
    static IssueWords words;

    @BeforeAll
    static void importTheSeed() {
        DataSource dataSource = TestDatabase.H2.fresh();
        IssueImport.Result result = imports(dataSource).importFile(Seed.path(), IssueImport.Options.NONE);
        published = result.issue();
        words = stored(Stores.on(dataSource));
    }

    /** The narrative and authors of issue 17 as the store holds them, in the order an export writes them. */
    static IssueWords stored(Stores stores) {
        long row = stores.revisions().ref(17).orElseThrow().id();
        return new IssueWords(stores.get(NarrativeTexts.class).of(row).stream()
                .map(t -> new IssueWords.Text(t.subject(), t.part(), t.language(), t.markdown())).toList(),
                stores.get(Authors.class).of(row));
    }

    /** The seed's words with a Russian text beside the English ones, as an editor could have written it. */
    static IssueWords withRussian() {
        List<IssueWords.Text> texts = new ArrayList<>(words.narrative());
        texts.add(new IssueWords.Text("russia", "forecast", "ru", "Прогноз: «напряжённость сохранится»,\nс запятой и \"кавычками\"."));
        return new IssueWords(texts, words.authors());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void jsonWithNarrativeAndAuthorsImportsBackToTheSameBytes(TestDatabase database) {
        String exported = IssueJson.write(published, withRussian());
        DataSource empty = database.fresh();

        IssueImport.Result result = imports(empty).importText("issue-17.json", exported, IssueImport.Options.NONE);

        Stores stores = Stores.on(empty);
        assertThat(exported).startsWith("{\n  \"format\" : \"barometer-issue/2\"");
        assertThat(IssueJson.write(stores.issues().find(17).orElseThrow(), stored(stores))).isEqualTo(IssueJson.write(published, stored(stores)));
        assertThat(stored(stores).narrative()).containsExactlyInAnyOrderElementsOf(withRussian().narrative());
        assertThat(stored(stores).authors()).isEqualTo(words.authors()).hasSize(6);
        assertThat(result.notices()).isEmpty();
        String again = IssueJson.write(stores.issues().find(17).orElseThrow(), stored(stores));
        assertThat(IssueJson.write(IssueJson.readAll("x.json", again).issue(), IssueJson.readAll("x.json", again).words())).isEqualTo(again);
        assertThat(roundTrip(database, again, "issue-17.json")).isEqualTo(again);
    }

    /** Statements No. 17 could make: Russia above -5 at 70%, security staying Yellow in No. 19, China between +2 and +9 at 62.5%. */
    static final List<ForecastStatement> STATEMENTS = List.of(
            ForecastStatement.aboutNext(17, "russia", Figure.AGGREGATE, ForecastStatement.Comparison.ABOVE, List.of(-5), null, 0.7),
            new ForecastStatement(17, 19, "security", Figure.LEVEL, ForecastStatement.Comparison.STAYS_IN, List.of(), "Yellow", null),
            ForecastStatement.aboutNext(17, "china", Figure.POSITIVE, ForecastStatement.Comparison.BETWEEN, List.of(2, 9), null, 0.625));

    /** The forecast statements of No. 17 as the store holds them. */
    static List<ForecastStatement> storedForecasts(Stores stores) {
        return stores.get(NarrativeTexts.class).forecasts(stores.revisions().ref(17).orElseThrow().id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void jsonCarriesTheForecastStatementsThroughTheirOwnChecks(TestDatabase database) {
        List<ForecastStatement> statements = STATEMENTS;
        IssueWords worded = new IssueWords(words.narrative(), words.authors(), statements);
        String exported = IssueJson.write(published, worded);
        DataSource empty = database.fresh();

        imports(empty).importText("issue-17.json", exported, IssueImport.Options.NONE);

        Stores stores = Stores.on(empty);
        assertThat(storedForecasts(stores)).containsExactlyElementsOf(statements);
        assertThat(exported).contains("\"forecasts\" : [", "\"comparison\" : \"stays_in\"", "\"probability\" : 0.625");
        String between = exported.replace("\"thresholds\" : [ 2, 9 ]", "\"thresholds\" : [ 9, 2 ]");
        assertThatThrownBy(() -> imports(database.fresh()).importText("issue-17.json", between, IssueImport.Options.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("forecasts[2]").hasMessageContaining("the lower threshold comes first");
        String elsewhere = IssueJson.write(published, new IssueWords(words.narrative(), words.authors(), List.of(
                ForecastStatement.aboutNext(17, "atlantis", Figure.AGGREGATE, ForecastStatement.Comparison.ABOVE, List.of(0), null, null))));
        assertThatThrownBy(() -> imports(database.fresh()).importText("issue-17.json", elsewhere, IssueImport.Options.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("forecasts[0].subject");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void csvWithNarrativeAndAuthorsImportsBackToTheSameBytes(TestDatabase database) {
        String exported = roundTrip(database, IssueCsv.write(published, withRussian()), "issue-17.csv");

        assertThat(exported).contains("\r\nnarrative,russia,forecast,ru,,\"Прогноз: «напряжённость сохранится»,\nс запятой и \"\"кавычками\"\".\",")
                .contains("\r\nauthor,Sergey Bogdan,,\"political expert, analyst at the Ostrogorski Centre\",,He received his doctoral degree");
        assertThat(roundTrip(database, exported, "issue-17.csv")).isEqualTo(exported);
        assertThat(IssueCsv.readAll("x.csv", exported).words().narrative()).containsExactlyInAnyOrderElementsOf(withRussian().narrative());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void csvCarriesTheForecastStatementsInColumnsOfTheirOwnAndBackThroughTheirChecks(TestDatabase database) throws IOException {
        String exported = IssueCsv.write(published, new IssueWords(words.narrative(), words.authors(), STATEMENTS));
        DataSource empty = database.fresh();

        imports(empty).importText("issue-17.csv", exported, IssueImport.Options.NONE);

        Stores stores = Stores.on(empty);
        assertThat(storedForecasts(stores)).containsExactlyElementsOf(STATEMENTS);
        IssueWords again = new IssueWords(stored(stores).narrative(), stored(stores).authors(), storedForecasts(stores));
        assertThat(IssueCsv.write(stores.issues().find(17).orElseThrow(), again)).isEqualTo(exported);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(exported))
                .getRecords().stream().filter(row -> row.get("record").equals("forecast")).toList();
        List<String> columns = List.of("subject", "key", "about", "comparison", "threshold", "threshold_upper", "colour", "probability");
        assertThat(rows).extracting(row -> columns.stream().map(row::get).toList()).containsExactly(
                List.of("russia", "aggregate", "18", "above", "-5", "", "", "0.7"),
                List.of("security", "level", "19", "stays_in", "", "", "Yellow", ""),
                List.of("china", "positive", "18", "between", "2", "9", "", "0.625"));
        assertThat(rows).allSatisfy(row -> assertThat(row.get("value") + row.get("description") + row.get("score")).isEmpty());
    }

    @Test
    void csvWithoutForecastStatementsKeepsTheColumnsItAlwaysHad() {
        assertThat(IssueCsv.write(published, words)).startsWith(String.join(",", IssueCsv.COLUMNS) + "\r\n");
        assertThat(IssueCsv.write(published, new IssueWords(words.narrative(), words.authors(), STATEMENTS)))
                .startsWith(String.join(",", IssueCsv.COLUMNS) + ",about,comparison,threshold,threshold_upper,colour,probability\r\n");
    }

    @Test
    void csvForecastStatementsTheMethodRefusesAreRefusedNamingTheLineAndNothingIsStored() {
        String csv = IssueCsv.write(published, new IssueWords(words.narrative(), words.authors(), STATEMENTS));
        Map<String, String> refused = Map.of(
                csv.replace(",between,2,9,", ",between,9,2,"), ": forecast statement: between +9 and +2: the lower threshold comes first",
                csv.replace(",above,-5,,,0.7", ",above,-5,,,seventy"), ": probability: ",
                csv.replace(",stays_in,,,Yellow,", ",sideways,,,Yellow,"), ": comparison: \"sideways\" is not a comparison",
                csv.replace("forecast,china,positive,", "forecast,atlantis,positive,"), "forecasts[2].subject: \"atlantis\" is neither a relationship");
        refused.forEach((bad, message) -> {
            DataSource empty = TestDatabase.H2.fresh();
            assertThatThrownBy(() -> imports(empty).importText("issue-17.csv", bad, IssueImport.Options.NONE))
                    .isInstanceOf(ImportException.class).hasMessageStartingWith("issue-17.csv").hasMessageContaining(message);
            assertThat(Stores.on(empty).issues().find(17)).isEmpty();
        });
        int line = (int) csv.substring(0, csv.indexOf("forecast,china")).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> IssueCsv.readAll("issue-17.csv", csv.replace(",between,2,9,", ",between,9,2,")))
                .hasMessageStartingWith("issue-17.csv:" + line + ": forecast statement:");
    }

    /** Imports an export into an empty store and exports what it stored, narrative and authors included. */
    static String roundTrip(TestDatabase database, String exported, String file) {
        DataSource empty = database.fresh();
        imports(empty).importText(file, exported, IssueImport.Options.NONE);
        Stores stores = Stores.on(empty);
        Issue issue = stores.issues().find(17).orElseThrow();
        return file.endsWith(".csv") ? IssueCsv.write(issue, stored(stores)) : IssueJson.write(issue, stored(stores));
    }

    @Test
    void anIssueWithoutWordsIsStillWrittenAndReadAsFormatOne() {
        assertThat(IssueJson.write(published)).startsWith("{\n  \"format\" : \"barometer-issue/1\"").doesNotContain("\"narrative\"");
        assertThat(IssueJson.readAll("x.json", IssueJson.write(published)).words()).isEqualTo(IssueWords.NONE);
        assertThat(IssueCsv.readAll("x.csv", IssueCsv.write(published)).words()).isEqualTo(IssueWords.NONE);
    }

    @Test
    void jsonNarrativeOfASubjectTheIssueHasNotIsRefusedNamingTheLineAndField() {
        String json = IssueJson.write(published, words).replace("\"subject\" : \"china\"", "\"subject\" : \"japan\"");
        int line = json.lines().toList().indexOf("    \"subject\" : \"japan\",") + 1;

        assertThatThrownBy(() -> imports(TestDatabase.H2.fresh()).importText("issue-17.json", json, IssueImport.Options.NONE))
                .hasMessageStartingWith("issue-17.json:" + line + ": narrative[")
                .hasMessageContaining("].subject: \"japan\" is neither a relationship of the issue");
    }

    @Test
    void csvNarrativeInALanguageOtherThanEnglishOrRussianIsRefusedNamingTheLineAndColumn() {
        String csv = IssueCsv.write(published, words).replace("\r\nnarrative,china,forecast,en,", "\r\nnarrative,china,forecast,de,");
        int line = (int) csv.substring(0, csv.indexOf("narrative,china,forecast,de")).chars().filter(c -> c == '\n').count() + 1;

        assertThatThrownBy(() -> imports(TestDatabase.H2.fresh()).importText("issue-17.csv", csv, IssueImport.Options.NONE))
                .hasMessageStartingWith("issue-17.csv:" + line + ": value: \"de\" is not a language of the issue");
    }

    @Test
    void aSecondTextOfTheSameSubjectPartAndLanguageIsRefusedInEitherFormat() {
        List<IssueWords.Text> texts = new ArrayList<>(words.narrative());
        texts.add(new IssueWords.Text("china", "forecast", "en", "Another forecast."));
        IssueWords twice = new IssueWords(texts, words.authors());

        assertThatThrownBy(() -> imports(TestDatabase.H2.fresh()).importText("issue-17.json", IssueJson.write(published, twice), IssueImport.Options.NONE))
                .hasMessageContaining("narrative[" + words.narrative().size() + "]: a second text of china/forecast/en");
        assertThatThrownBy(() -> imports(TestDatabase.H2.fresh()).importText("issue-17.csv", IssueCsv.write(published, twice), IssueImport.Options.NONE))
                .hasMessageContaining("record: a second text of china/forecast/en");
    }

    @Test
    void csvAuthorWithoutANameIsRefusedNamingTheColumn() {
        String csv = IssueCsv.write(published, words).replace("\r\nauthor,Igor Tyshkevich,", "\r\nauthor,,");

        assertThatThrownBy(() -> imports(TestDatabase.H2.fresh()).importText("issue-17.csv", csv, IssueImport.Options.NONE))
                .hasMessageContaining(": subject: an author needs a name");
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
