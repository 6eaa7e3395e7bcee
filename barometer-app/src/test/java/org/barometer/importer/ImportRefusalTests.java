package org.barometer.importer;

import java.util.List;

import javax.sql.DataSource;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.issue.IssueStore;
import org.barometer.method.DateOutsidePeriod;
import org.barometer.method.Issue;
import org.barometer.method.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused with the file, line and field, and changes nothing in the store. */
class ImportRefusalTests {

    static final String FILE = "issue-3.txt";

    DataSource dataSource = TestDatabase.H2.fresh();

    IssueImport imports(DataSource dataSource) {
        return Stores.on(dataSource).imports();
    }

    IssueImport.Result importText(String text) {
        return imports(dataSource).importText(FILE, text, IssueImport.Options.NONE);
    }

    @Test
    void readsTheSmallPublishedIssue() {
        Issue issue = importText(PublishedText.valid()).issue();

        assertThat(issue.number()).isEqualTo(3);
        assertThat(issue.period()).isEqualTo(Period.of("2018-05", "2018-06"));
        assertThat(issue.title()).isEqualTo(PublishedText.HEADER);
        assertThat(issue.catalogues()).extracting(c -> c.events().size()).containsExactly(3, 1);
        assertThat(issue.findings()).isEmpty();
    }

    @Test
    void refusesAScoreThatIsNotANumberNamingFileLineAndField() {
        String line = "3 May\tTalks on transit tariffs\t+2";
        assertThatThrownBy(() -> importText(PublishedText.withLine(line, "3 May\tTalks on transit tariffs\t+x")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(FILE + ":" + PublishedText.lineOf(line) + ": Score: \"+x\" is not a whole-number score")
                .hasMessageContaining("3 May\tTalks on transit tariffs\t+x");
    }

    @Test
    void refusesARowWithAMissingScore() {
        String line = "Mid-May\tA border incident is settled\t+1";
        assertThatThrownBy(() -> importText(PublishedText.withLine(line, "Mid-May\tA border incident is settled\t")))
                .hasMessageContaining(FILE + ":" + PublishedText.lineOf(line) + ": Score: the score is missing");
        assertThatThrownBy(() -> importText(PublishedText.withLine(line, "Mid-May\tA border incident is settled")))
                .hasMessageContaining(FILE + ":" + PublishedText.lineOf(line) + ": expected 3 cells (Date, Event, Score)");
    }

    @Test
    void refusesADateItCannotReadQuotingIt() {
        String line = "14–20 June\tTrade dispute\t-1";
        assertThatThrownBy(() -> importText(PublishedText.withLine(line, "Sometime in June\tTrade dispute\t-1")))
                .hasMessageContaining(FILE + ":" + PublishedText.lineOf(line) + ": Date: cannot read the date \"Sometime in June\"");
    }

    @Test
    void refusesASecurityRowWithAMissingRegionalScore() {
        String line = "2 June\tExercise near the border\t-1\t-2";
        assertThatThrownBy(() -> importText(PublishedText.withLine(line, "2 June\tExercise near the border\t-1\t")))
                .hasMessageContaining(FILE + ":" + PublishedText.lineOf(line) + ": Regional tension: the score is missing");
    }

    @Test
    void refusesALineInsideACatalogueThatIsNeitherRowNorHeading() {
        String line = "14–20 June\tTrade dispute\t-1";
        assertThatThrownBy(() -> importText(PublishedText.withLine(line, "14–20 June Trade dispute -1")))
                .hasMessageContaining(FILE + ":" + PublishedText.lineOf(line) + ": expected a catalogue row");
    }

    @Test
    void refusesStatedFiguresOfARelationshipWithoutACatalogue() {
        assertThatThrownBy(() -> importText(PublishedText.withLine("Relationship with the European Union", "Relationship with China")))
                .hasMessageContaining(FILE + ":" + PublishedText.lineOf("Relationship with the European Union")
                        + ": the section of the relationship with China states figures, but Appendix 1 has no catalogue for it");
    }

    @Test
    void refusesAStatedFigureThatIsNotANumber() {
        assertThatThrownBy(() -> importText(PublishedText.withLine("Positive points: +3", "Positive points: three")))
                .hasMessageContaining(FILE + ":" + PublishedText.lineOf("Positive points: +3") + ": Positive points: \"three\" is not a whole-number score");
    }

    @Test
    void needsNumberAndPeriodWhenTheTextDoesNotStateThem() {
        String text = PublishedText.withLine("№ 3 (May and June 2018)", "");
        assertThatThrownBy(() -> importText(text))
                .hasMessageContaining(FILE + ": found no issue line such as \"№ 17 (September and October 2020)\"; give --issue N --from YYYY-MM --to YYYY-MM");

        Issue issue = imports(dataSource).importText(FILE, text, new IssueImport.Options(8, Period.of("2018-05", "2018-06"), false, false)).issue();
        assertThat(issue.number()).isEqualTo(8);
    }

    @Test
    void flagsOverrideTheNumberAndPeriodTheTextStates() {
        Issue issue = imports(dataSource).importText(FILE, PublishedText.valid(),
                new IssueImport.Options(30, Period.of("2018-04", "2018-06"), false, false)).issue();

        assertThat(issue.number()).isEqualTo(30);
        assertThat(issue.period()).isEqualTo(Period.of("2018-04", "2018-06"));
    }

    @Test
    void anEventOutsideThePeriodIsAWarningNotARefusal() {
        IssueImport.Result result = importText(PublishedText.withLine("3 May\tTalks on transit tariffs\t+2", "28 April\tTalks on transit tariffs\t+2"));

        assertThat(result.findings()).containsExactly(new DateOutsidePeriod("russia", "Russia", "28 April", "Talks on transit tariffs", Period.of("2018-05", "2018-06")));
        assertThat(Stores.on(dataSource).issues().exists(3)).isTrue();
    }

    @Test
    void refusesTextWithoutCatalogues() {
        assertThatThrownBy(() -> importText("№ 3 (May and June 2018)\nJust a foreword.\n"))
                .hasMessageContaining("found no relationship catalogue");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefusedImportLeavesTheStoreUnchanged(TestDatabase database) {
        DataSource store = database.fresh();
        imports(store).importText(FILE, PublishedText.valid(), IssueImport.Options.NONE);
        List<Integer> before = rowCounts(store);
        String bad = PublishedText.withLine("2 June\tExercise near the border\t-1\t-2", "2 June\tExercise near the border\t-1\tx");

        assertThatThrownBy(() -> imports(store).importText(FILE, bad, new IssueImport.Options(4, null, false, false)))
                .isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> imports(store).importText(FILE, bad, new IssueImport.Options(null, null, false, true)))
                .isInstanceOf(ImportException.class);

        assertThat(rowCounts(store)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesAnIssueNumberThatExistsUnlessReplacing(TestDatabase database) {
        DataSource store = database.fresh();
        Issue first = imports(store).importText(FILE, PublishedText.valid(), IssueImport.Options.NONE).issue();
        String changed = PublishedText.withLine("Mid-May\tA border incident is settled\t+1", "Mid-May\tA border incident is settled\t+3");

        assertThatThrownBy(() -> imports(store).importText(FILE, changed, IssueImport.Options.NONE))
                .hasMessageContaining("issue No. 3 is already in the store; nothing was changed (give --replace to replace it)");
        assertThat(Stores.on(store).issues().find(3)).contains(first);

        IssueImport.Result replaced = imports(store).importText(FILE, changed, new IssueImport.Options(null, null, false, true));
        assertThat(replaced.replaced()).isTrue();
        assertThat(Stores.on(store).issues().find(3)).contains(replaced.issue());
        assertThat(replaced.issue().catalogues().get(0).index().aggregate()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aReplacementTheStoreRefusesIsRolledBackWhole(TestDatabase database) {
        DataSource store = database.fresh();
        Issue first = imports(store).importText(FILE, PublishedText.valid(), IssueImport.Options.NONE).issue();
        List<Integer> before = rowCounts(store);
        TestDatabase.jdbc(store).sql("alter table issue add constraint shorter_titles check (length(title) < 100)").update();
        Issue tooLong = new Issue(3, first.period(), "x".repeat(300), first.status(), first.bound(), first.scale(),
                first.catalogues(), first.security(), first.stated());

        assertThatThrownBy(() -> imports(store).importText("issue-3.json", IssueJson.write(tooLong), new IssueImport.Options(null, null, false, true)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("issue-3.json: the store refused issue No. 3 and nothing was changed");

        assertThat(rowCounts(store)).isEqualTo(before);
        assertThat(Stores.on(store).issues().find(3)).contains(first);
    }

    static List<Integer> rowCounts(DataSource dataSource) {
        return List.of("issue", "relationship", "issue_relationship", "event", "stated_figure", "finding", "colour_band")
                .stream()
                .map(table -> TestDatabase.jdbc(dataSource).sql("select count(*) from " + table).query(Integer.class).single())
                .toList();
    }
}
