package org.barometer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.DateOutsidePeriod;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.RelationsIndex;
import org.barometer.method.ScoreOutOfBound;
import org.barometer.method.StatedFigureMismatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The published No. 17 imports as it is, and its indices are the sums of its catalogues. */
class SampleIssueImportTests {

    static Issue imported;
    static IssueWords words;

    @BeforeAll
    static void importTheSeed() {
        IssueImport.Result result = importInto(TestDatabase.H2.fresh(), IssueImport.Options.NONE);
        imported = result.issue();
        words = result.words();
    }

    static IssueImport.Result importInto(DataSource dataSource, IssueImport.Options options) {
        IssueImport imports = Stores.on(dataSource).imports();
        return imports.importFile(Seed.path(), options);
    }

    @Test
    void takesNumberPeriodAndTitleFromThePageHeaders() {
        assertThat(imported.number()).isEqualTo(17);
        assertThat(imported.period()).isEqualTo(Period.of("2020-09", "2020-10"));
        assertThat(imported.title()).isEqualTo("MINSK BAROMETER: Monitoring of foreign policy and regional security");
        assertThat(imported.status()).isEqualTo(IssueStatus.PUBLISHED);
    }

    @Test
    void everyCatalogueRowOfBothAppendicesIsAnEvent() {
        assertThat(imported.catalogues())
                .extracting(c -> c.relationship().name(), c -> c.events().size())
                .containsExactly(tuple("Russia", 24), tuple("the EU", 17), tuple("China", 15), tuple("the U.S.", 23), tuple("Ukraine", 39));
        assertThat(imported.security().events()).hasSize(21);
        assertThat(imported.catalogues().stream().mapToInt(c -> c.events().size()).sum()).isEqualTo(rowsInTheText("Appendix 1", "Appendix 2", 3));
        assertThat(imported.security().events()).hasSize(rowsInTheText("Appendix 2", "Appendix 3", 4));
    }

    @Test
    void keepsDatesAsWrittenAndScoresAsPublished() {
        Catalogue ukraine = imported.catalogue("ukraine").orElseThrow();
        assertThat(ukraine.events().get(6).date().written()).isEqualTo("14–20 September");
        assertThat(ukraine.events().get(6).score()).isEqualTo(-1);
        assertThat(ukraine.events().get(38).date().written()).isEqualTo("September–October");
        assertThat(imported.security().events().get(0).date().written()).isEqualTo("September-October");
        assertThat(imported.security().events().get(15).date().written()).isEqualTo("Mid-September");
        assertThat(imported.catalogue("russia").orElseThrow().events().get(7).description()).isEqualTo("Lukashenka meets with Putin in Sochi");
    }

    @Test
    void indicesAreTheSumsOfTheCatalogues() {
        assertThat(imported.catalogues())
                .extracting(c -> c.relationship().name(), Catalogue::index)
                .containsExactly(
                        tuple("Russia", new RelationsIndex(23, 27, -4)),
                        tuple("the EU", new RelationsIndex(-18, 4, -22)),
                        tuple("China", new RelationsIndex(18, 18, 0)),
                        tuple("the U.S.", new RelationsIndex(-17, 5, -22)),
                        tuple("Ukraine", new RelationsIndex(-7, 17, -24)));
        assertThat(imported.securityIndices().national()).isEqualTo(-8);
        assertThat(imported.securityIndices().regional()).isEqualTo(-10);
        assertThat(imported.securityIndices().level().colour()).isEqualTo("Yellow");
    }

    @Test
    void reportsEveryStatedFigureThatDiffersAndKeepsItAsPublished() {
        assertThat(imported.findings()).filteredOn(StatedFigureMismatch.class::isInstance).containsExactly(
                new StatedFigureMismatch("russia", "Russia", Figure.AGGREGATE, "+21", "+23"),
                new StatedFigureMismatch("russia", "Russia", Figure.POSITIVE, "+25", "+27"),
                new StatedFigureMismatch("russia", "Russia", Figure.TOTAL, "+21", "+23"),
                new StatedFigureMismatch("china", "China", Figure.AGGREGATE, "+16", "+18"),
                new StatedFigureMismatch("china", "China", Figure.POSITIVE, "+16", "+18"),
                new StatedFigureMismatch("china", "China", Figure.TOTAL, "+16", "+18"));
        assertThat(imported.stated()).hasSize(5 * 4 + 3);
    }

    @Test
    void matchesTheSectionOfTheEuropeanUnionToTheCatalogueOfTheEu() {
        assertThat(imported.stated())
                .filteredOn(s -> s.subject().equals("eu"))
                .extracting(s -> s.figure(), s -> s.value())
                .containsExactly(tuple(Figure.AGGREGATE, "-18"), tuple(Figure.POSITIVE, "+4"), tuple(Figure.NEGATIVE, "-22"), tuple(Figure.TOTAL, "-18"));
    }

    @Test
    void flagsTheScoreBeyondTheBoundAndNoDateOutsideThePeriod() {
        assertThat(imported.findings()).filteredOn(ScoreOutOfBound.class::isInstance)
                .extracting(f -> ((ScoreOutOfBound) f).name(), f -> ((ScoreOutOfBound) f).score())
                .containsExactly(tuple("the EU", -4));
        assertThat(imported.findings()).noneMatch(DateOutsidePeriod.class::isInstance);
    }

    /**
     * The sample is data and attribution only: the narrative and the authors' biographies stay out of the project. Beside
     * what the import gives, it names the publication in Russian (the title its Russian edition goes by), so that the
     * sample's Russian edition has a Russian cover.
     */
    @Test
    void theBundledSampleIssueIsExactlyWhatTheImportOfThePublicationGivesLessItsNarrativeAndAuthors() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SampleIssue.RESOURCE)) {
            String sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            IssueWords.Text publisher = new IssueWords.Text("cover", "publisher", "en", "Minsk Dialogue Council on International Relations");
            IssueWords.Text russianTitle = new IssueWords.Text("cover", "title", "ru", "Минский барометр: мониторинг внешней политики и региональной безопасности");
            assertThat(words.attributionOnly().narrative()).containsExactly(publisher);
            assertThat(sample).isEqualTo(IssueJson.write(imported, new IssueWords(List.of(publisher, russianTitle), List.of())));
            assertThat(IssueJson.readAll(SampleIssue.RESOURCE, sample).words().narrative()).containsExactly(publisher, russianTitle);
            assertThat(sample).doesNotContain("\"authors\" : [ {");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesTheIssueWithItsFindingsOnEitherStore(TestDatabase database) {
        DataSource dataSource = database.fresh();
        IssueImport.Result result = importInto(dataSource, IssueImport.Options.NONE);
        IssueStore store = Stores.on(dataSource).issues();

        assertThat(store.find(17)).contains(imported);
        assertThat(store.findings(17)).hasSize(result.findings().size()).hasSize(7);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesADraftWhenAsked(TestDatabase database) {
        DataSource dataSource = database.fresh();
        importInto(dataSource, new IssueImport.Options(null, null, true, false));

        assertThat(Stores.on(dataSource).issues().find(17)).map(Issue::status).contains(IssueStatus.DRAFT);
    }

    /** Counts the table rows between two appendix headings straight from the text, as a reader would. */
    private static int rowsInTheText(String from, String to, int cells) {
        List<String> lines = Seed.text().lines().toList();
        int start = lines.indexOf(from);
        int end = lines.indexOf(to);
        return (int) lines.subList(start, end).stream()
                .map(line -> line.split("\t", -1))
                .filter(row -> row.length == cells && !row[0].equals("Date") && !row[0].equals("Total"))
                .count();
    }
}
