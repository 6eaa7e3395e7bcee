package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.barometer.Seed;
import org.barometer.importer.ExportedIssue;
import org.barometer.importer.IssueJson;
import org.barometer.importer.IssueWords;
import org.barometer.method.Figure;
import org.barometer.method.ForecastStatement;
import org.barometer.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The commands as the README documents them, on the embedded store in a temporary folder. */
class CommandLineTests {

    @TempDir
    Path data;

    String seed = Seed.path().toString();

    Cli barometer(String... args) {
        return Cli.onStore(data, args);
    }

    @Test
    void importPrintsTheIndicesAndEveryFigureThatDiffersAndExitsZero() {
        Cli result = barometer("import", seed);

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .contains("Imported issue No. 17 from " + seed + " as published: 5 relationship catalogues, 118 events, 21 security events.")
                .containsPattern("Russia +24 +\\+23 +\\+27 +-4 +aggregate \\+21, positive \\+25, total \\+21")
                .containsPattern("security +21 +-8 +-10 +Yellow")
                .contains("Warning: 6 stated figures differ from the catalogue (kept as published):")
                .containsPattern("China +positive +\\+16 +\\+18")
                .contains("narrative: 23 texts in English; none in Russian (write them in the workspace); authors: 6;"
                        + " publisher: \"Minsk Dialogue Council on International Relations\".")
                .contains("1 line of the text found no place in the narrative (listed on standard error).");
        assertThat(result.err()).contains("barometer: notice: " + seed + ":75: not placed in the narrative: The yellow level implies");
    }

    @Test
    void importTakesThePublisherGivenAndExportCanLeaveTheNarrativeOut() {
        Cli imported = barometer("import", seed, "--publisher", "Minsk Dialogue");

        assertThat(imported.out()).contains("publisher: \"Minsk Dialogue\".");
        assertThat(barometer("export", "--issue", "17", "--format", "json").out())
                .startsWith("{\n  \"format\" : \"barometer-issue/2\"")
                .contains("\"subject\" : \"cover\",\n    \"part\" : \"publisher\",\n    \"language\" : \"en\",\n    \"markdown\" : \"Minsk Dialogue\"")
                .contains("\"name\" : \"Igor Tyshkevich\"");
        assertThat(barometer("export", "--issue", "17", "--format", "json", "--catalogues-only").out())
                .startsWith("{\n  \"format\" : \"barometer-issue/1\"").doesNotContain("\"narrative\"", "Tyshkevich");
    }

    @Test
    void indicesAsJsonPutsOnlyJsonOnStandardOutput() {
        ImportedSeed.copyInto(data);

        Cli result = barometer("indices", "--issue", "17", "--json");

        assertThat(result.status()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(result.out());
        assertThat(json.get("issue").asInt()).isEqualTo(17);
        assertThat(json.get("from").asString()).isEqualTo("2020-09-01");
        assertThat(json.get("to").asString()).isEqualTo("2020-10-31");
        JsonNode russia = json.get("relationships").get(0);
        assertThat(russia.get("name").asString()).isEqualTo("Russia");
        assertThat(russia.get("events").asInt()).isEqualTo(24);
        assertThat(russia.get("aggregate").asInt()).isEqualTo(23);
        assertThat(russia.get("stated").get("aggregate").asInt()).isEqualTo(21);
        assertThat(json.get("relationships").get(3).get("name").asString()).isEqualTo("the U.S.");
        JsonNode security = json.get("security");
        assertThat(security.get("national").asInt()).isEqualTo(-8);
        assertThat(security.get("regional").asInt()).isEqualTo(-10);
        assertThat(security.get("level").asString()).isEqualTo("Yellow");
        assertThat(security.get("stated").get("level").asString()).isEqualTo("Yellow");
        assertThat(json.get("mismatches")).hasSize(6);
        JsonNode first = json.get("mismatches").get(0);
        assertThat(first.get("subject").asString()).isEqualTo("Russia");
        assertThat(first.get("figure").asString()).isEqualTo("aggregate");
        assertThat(first.get("stated").asInt()).isEqualTo(21);
        assertThat(first.get("computed").asInt()).isEqualTo(23);
    }

    @Test
    void validateListsEveryFindingAndExitsOne() {
        ImportedSeed.copyInto(data);

        Cli result = barometer("validate", "--issue", "17");

        assertThat(result.status()).isEqualTo(ValidateCommand.FINDINGS);
        assertThat(result.out())
                .contains("Issue No. 17, revision 1 (published): 34 findings, 34 open.")
                .contains("  [mismatch] Russia: Aggregate index published as +21, the catalogue gives +23.\n")
                .contains("  [score-out-of-bound] the EU: Score -4 is outside the bound -3..+3 (Numerous negative materials")
                .contains("  [narrative-missing] Russia, Trends: written in English, missing in Russian.\n")
                .contains("  [narrative-missing] National security, Forecast: written in neither English nor Russian.\n");
    }

    @Test
    void exportThenImportIntoAnEmptyStoreThenExportGivesTheSameBytes(@TempDir Path other) throws Exception {
        ImportedSeed.copyInto(data);
        for (String format : new String[] {"json", "csv"}) {
            Path first = data.resolve("first." + format);
            Path second = data.resolve("second." + format);
            Path store = other.resolve(format);

            assertThat(barometer("export", "--issue", "17", "--format", format, "--out", first.toString()).status()).isZero();
            assertThat(Cli.run("import", first.toString(), "--data", store.toString()).status()).isZero();
            assertThat(Cli.run("export", "--issue", "17", "--format", format, "--out", second.toString(), "--data", store.toString()).status()).isZero();

            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        }
    }

    @Test
    void forecastStatementsGoIntoTheCsvAndTheWorkbookAndComeOutOfAnotherStoreAsTheyWentIn(@TempDir Path other) throws Exception {
        ImportedSeed.copyInto(data);
        ExportedIssue seed = IssueJson.readAll("seed.json", barometer("export", "--issue", "17", "--format", "json").out());
        List<ForecastStatement> statements = List.of(
                ForecastStatement.aboutNext(17, "russia", Figure.AGGREGATE, ForecastStatement.Comparison.ABOVE, List.of(-5), null, 0.7),
                new ForecastStatement(17, 19, "security", Figure.LEVEL, ForecastStatement.Comparison.STAYS_IN, List.of(), "Yellow", null));
        Path withStatements = data.resolve("with-statements.json");
        Files.writeString(withStatements, IssueJson.write(seed.issue(), new IssueWords(seed.words().narrative(), seed.words().authors(), statements)));
        assertThat(barometer("import", withStatements.toString(), "--replace").status()).isZero();

        for (String format : List.of("csv", "xlsx")) {
            Path file = data.resolve("issue-17." + format);
            assertThat(barometer("export", "--issue", "17", "--format", format, "--out", file.toString()).status()).isZero();
            Path store = other.resolve(format);
            Cli imported = Cli.run("import", file.toString(), "--data", store.toString());
            assertThat(imported.status()).as(imported.err()).isZero();
            String again = Cli.run("export", "--issue", "17", "--format", "json", "--data", store.toString()).out();
            assertThat(IssueJson.readAll("again.json", again).words().forecasts()).as(format).isEqualTo(statements);
        }
        assertThat(Files.readString(data.resolve("issue-17.csv"))).contains("\r\nforecast,russia,aggregate,,,,,,,,,18,above,-5,,,0.7\r\n",
                "\r\nforecast,security,level,,,,,,,,,19,stays_in,,,Yellow,\r\n");
    }

    @Test
    void exportWithoutOutWritesToStandardOutput() {
        ImportedSeed.copyInto(data);

        Cli result = barometer("export", "--issue", "17", "--format", "csv");

        assertThat(result.out()).startsWith("record,subject,key,value,date,description,score,national,regional,description_ru,sources\r\n")
                .contains("event,Ukraine,,,14–20 September,'Hasid Crisis' on the Belarus-Ukraine border,-1,,,,");
    }

    @Test
    void aRefusedImportExitsOneNamingTheLineAndLeavesTheStoreAsItWas() throws Exception {
        ImportedSeed.copyInto(data);
        String before = barometer("export", "--issue", "17", "--format", "json").out();
        Path bad = data.resolve("bad.txt");
        Files.writeString(bad, Seed.text().replace("Lukashenka meets with Putin in Sochi\t+3", "Lukashenka meets with Putin in Sochi\t+x"));

        Cli result = barometer("import", bad.toString(), "--replace");

        assertThat(result.status()).isEqualTo(BarometerCommand.REFUSED);
        assertThat(result.err()).isEqualTo("barometer: " + bad + ":527: Score: \"+x\" is not a whole-number score"
                + " | 14 September\tLukashenka meets with Putin in Sochi\t+x" + System.lineSeparator());
        assertThat(barometer("export", "--issue", "17", "--format", "json").out()).isEqualTo(before);
    }

    @Test
    void importingTheSameNumberTwiceIsRefusedUnlessReplacing() {
        assertThat(barometer("import", seed).status()).isZero();

        Cli again = barometer("import", seed);
        assertThat(again.status()).isEqualTo(BarometerCommand.REFUSED);
        assertThat(again.err()).contains("issue No. 17 is already in the store; nothing was changed (give --replace to replace it)");

        Cli replaced = barometer("import", seed, "--replace");
        assertThat(replaced.status()).isZero();
        assertThat(replaced.out()).startsWith("Replaced issue No. 17");
    }

    @Test
    void importWithNumberAndPeriodFlagsAsDraft() {
        Cli result = barometer("import", seed, "--issue", "117", "--from", "2020-09", "--to", "2020-10", "--draft");

        assertThat(result.out()).startsWith("Imported issue No. 117 from " + seed + " as draft");
        assertThat(barometer("indices", "--issue", "117").out()).contains("Issue No. 117, 2020-09-01 to 2020-10-31 (draft)");
    }

    @Test
    void fromWithoutToIsRefused() {
        Cli result = barometer("import", seed, "--from", "2020-09");

        assertThat(result.status()).isEqualTo(BarometerCommand.REFUSED);
        assertThat(result.err()).contains("--from and --to go together");
    }

    @Test
    void aMonthThatIsNotAMonthIsAUsageError() {
        Cli result = barometer("import", seed, "--from", "2020-13", "--to", "2020-10");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--from").contains("2020-13");
    }

    @Test
    void aMissingIssueIsRefusedSayingWhatTheStoreHas() {
        ImportedSeed.copyInto(data);

        Cli result = barometer("indices", "--issue", "5");

        assertThat(result.status()).isEqualTo(BarometerCommand.REFUSED);
        assertThat(result.err()).contains("barometer: there is no issue No. 5 in the store (it has: 17)");
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        Cli result = barometer("import", data.resolve("nowhere.txt").toString());

        assertThat(result.status()).isEqualTo(BarometerCommand.REFUSED);
        assertThat(result.err()).contains("nowhere.txt: cannot be read");
    }

    @Test
    void aMonthThatDoesNotExistInAnExportIsOneLineNamingFileAndField() throws Exception {
        ImportedSeed.copyInto(data);
        Path json = data.resolve("issue-17.json");
        Files.writeString(json, barometer("export", "--issue", "17", "--format", "json").out().replace("\"from\" : \"2020-09\"", "\"from\" : \"2020-13\""));

        Cli result = barometer("import", json.toString(), "--replace");

        assertThat(result.status()).isEqualTo(BarometerCommand.REFUSED);
        assertThat(result.err()).isEqualTo("barometer: " + json + ":5: from: \"2020-13\" is not a month written YYYY-MM" + System.lineSeparator());
    }

    @Test
    void aCsvWithoutItsHeaderIsOneLineNamingFileAndLine() throws Exception {
        ImportedSeed.copyInto(data);
        String csv = barometer("export", "--issue", "17", "--format", "csv").out();
        Path headless = data.resolve("issue-17.csv");
        Files.writeString(headless, csv.substring(csv.indexOf('\n') + 1));

        Cli result = barometer("import", headless.toString(), "--replace");

        assertThat(result.status()).isEqualTo(BarometerCommand.REFUSED);
        assertThat(result.err()).startsWith("barometer: " + headless + ":1: expected the header line record,subject,key,value")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnexpectedErrorIsOneLineAndVerboseShowsWhere() {
        ImportedSeed.copyInto(data);
        String out = data.resolve("no-such-folder").resolve("issue-17.json").toString();

        Cli plain = barometer("export", "--issue", "17", "--format", "json", "--out", out);
        Cli verbose = barometer("export", "--issue", "17", "--format", "json", "--out", out, "--verbose");

        assertThat(plain.status()).isEqualTo(BarometerCommand.REFUSED);
        assertThat(plain.err().lines()).hasSize(1).first().asString().startsWith("barometer: ").contains("no-such-folder").endsWith("(--verbose shows where)");
        assertThat(verbose.status()).isEqualTo(BarometerCommand.REFUSED);
        assertThat(verbose.err()).startsWith(plain.err()).contains("\tat org.barometer.cli.ExportCommand");
        assertThat(Cli.run("--verbose", "indices", "--issue", "5", "--data", data.toString()).err())
                .startsWith("barometer: there is no issue No. 5 in the store").contains("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "indices", "validate", "export", "serve"})
    void everyCommandHasHelp(String command) {
        Cli result = Cli.run(command, "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Usage: barometer " + command).contains("--data");
    }

    @Test
    void worksOnPostgresqlGivenItsUrl() {
        String url = TestDatabase.POSTGRESQL.jdbcUrl(TestDatabase.newDatabase());

        Cli imported = Cli.run("import", seed, "--db-url", url, "--db-user", "postgres");
        Cli indices = Cli.run("indices", "--issue", "17", "--json", "--db-url", url, "--db-user", "postgres");

        assertThat(imported.status()).isZero();
        assertThat(indices.out()).contains("\"level\" : \"Yellow\"");
        assertThat(data).isEmptyDirectory();
    }
}
