package org.barometer.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.workflow.TeamPublications;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class IssueSeriesTests {

    /** Issue n covers two months; its Russia index is n, its EU index -1, national security -n, regional tension 1 - n. */
    static Issue issue(int number, IssueStatus status, String... relationships) {
        YearMonth first = YearMonth.of(2018, 1).plusMonths(2L * number);
        Period period = new Period(first, first.plusMonths(1));
        DateExpression day = DateExpression.parse(first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), period);
        List<Catalogue> catalogues = Arrays.stream(relationships.length == 0 ? new String[] {"Russia", "the EU"} : relationships)
                .map(name -> new Catalogue(Relationship.named(name), List.of(new Event(day, "Talks", name.equals("Russia") ? number : -1))))
                .toList();
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(day, "Exercise", -number, -number),
                new SecurityEvent(day, "Truce holds", 0, 1)));
        return new Issue(number, period, "Monitoring", status, null, null, catalogues, security, List.of());
    }

    /** The dynamics the team's publication of an issue shows: published issues before it, then its latest revision. */
    static Series upTo(Stores stores, int number) {
        return stores.get(TeamPublications.class).latest(number).map(publication -> Series.of(publication.dynamics())).orElse(Series.EMPTY);
    }

    static List<Integer> issues(List<SeriesPoint> points) {
        return points.stream().map(SeriesPoint::issue).toList();
    }

    static List<Integer> values(List<SeriesPoint> points) {
        return points.stream().map(SeriesPoint::value).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void leavesOutDraftsBeforeTheIssueAndEverythingAfterIt(TestDatabase database) {
        Stores stores = Stores.withPublications(database.fresh());
        IssueStore store = stores.issues();
        store.insert(issue(15, IssueStatus.PUBLISHED), List.of());
        store.insert(issue(16, IssueStatus.DRAFT), List.of());
        store.insert(issue(17, IssueStatus.PUBLISHED), List.of());
        store.insert(issue(18, IssueStatus.PUBLISHED), List.of());

        Series series = upTo(stores, 17);

        assertThat(series.relationships().keySet()).containsExactly("Russia", "the EU");
        assertThat(issues(series.relationships().get("Russia"))).containsExactly(15, 17);
        assertThat(values(series.relationships().get("Russia"))).containsExactly(15, 17);
        assertThat(values(series.relationships().get("the EU"))).containsExactly(-1, -1);
        assertThat(issues(series.national())).containsExactly(15, 17);
        assertThat(values(series.national())).containsExactly(-15, -17);
        assertThat(values(series.regional())).containsExactly(-14, -16);
        assertThat(series.national()).extracting(SeriesPoint::label).containsExactly("No. 15", "No. 17");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void includesTheIssueItselfWhenItIsADraft(TestDatabase database) {
        Stores stores = Stores.withPublications(database.fresh());
        IssueStore store = stores.issues();
        store.insert(issue(15, IssueStatus.PUBLISHED), List.of());
        store.insert(issue(16, IssueStatus.DRAFT), List.of());
        store.insert(issue(17, IssueStatus.PUBLISHED), List.of());

        Series series = upTo(stores, 16);

        assertThat(issues(series.relationships().get("Russia"))).containsExactly(15, 16);
        assertThat(issues(series.national())).containsExactly(15, 16);
        assertThat(issues(series.regional())).containsExactly(15, 16);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void usesTheNewestPublishedRevisionOfAnEarlierIssueAndTheNewestRevisionOfTheIssueItself(TestDatabase database) {
        DataSource dataSource = database.fresh();
        Stores stores = Stores.withPublications(dataSource);
        IssueStore store = stores.issues();
        Revisions revisions = stores.revisions();
        store.insert(issue(15, IssueStatus.PUBLISHED), List.of());
        IssueRef corrected = revisions.copyAsCorrection(revisions.ref(15).orElseThrow(), "Russia's index was wrong");
        setRussiaScore(dataSource, corrected, 5);
        revisions.changeStatus(corrected, IssueStatus.PUBLISHED);
        IssueRef pending = revisions.copyAsCorrection(revisions.ref(15).orElseThrow(), "Another correction, not yet published");
        setRussiaScore(dataSource, pending, 9);
        store.insert(issue(16, IssueStatus.PUBLISHED), List.of());

        assertThat(revisions.of(15)).hasSize(3);
        assertThat(upTo(stores, 16).relationships().get("Russia")).extracting(SeriesPoint::issue, SeriesPoint::value)
                .containsExactly(tuple(15, 5), tuple(16, 16));
        assertThat(values(upTo(stores, 15).relationships().get("Russia"))).containsExactly(9);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ordersRelationshipsAsTheNewestIssueDoesAndKeepsOnesItNoLongerCovers(TestDatabase database) {
        Stores stores = Stores.withPublications(database.fresh());
        IssueStore store = stores.issues();
        store.insert(issue(15, IssueStatus.PUBLISHED, "Russia", "Ukraine", "the EU"), List.of());
        store.insert(issue(16, IssueStatus.PUBLISHED, "the EU", "China", "Russia"), List.of());

        Series series = upTo(stores, 16);

        assertThat(series.relationships().keySet()).containsExactly("the EU", "China", "Russia", "Ukraine");
        assertThat(issues(series.relationships().get("China"))).containsExactly(16);
        assertThat(issues(series.relationships().get("Ukraine"))).containsExactly(15);
        assertThat(issues(series.relationships().get("Russia"))).containsExactly(15, 16);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anIssueThatDoesNotCoverARelationshipOrTheSecurityBarometerGivesItNoPoint(TestDatabase database) {
        Stores stores = Stores.withPublications(database.fresh());
        IssueStore store = stores.issues();
        store.insert(issue(15, IssueStatus.PUBLISHED), List.of());
        Issue full = issue(16, IssueStatus.PUBLISHED, "Russia", "the EU", "China");
        store.insert(new Issue(16, full.period(), full.title(), IssueStatus.PUBLISHED, null, null,
                List.of(full.catalogues().get(0), new Catalogue(Relationship.named("the EU"), List.of()),
                        new Catalogue(Relationship.named("China"), List.of())), SecurityCatalogue.EMPTY, List.of()), List.of());
        store.insert(issue(17, IssueStatus.PUBLISHED), List.of());

        Series series = upTo(stores, 17);

        assertThat(issues(series.relationships().get("Russia"))).containsExactly(15, 16, 17);
        assertThat(issues(series.relationships().get("the EU"))).as("no zero for No. 16").containsExactly(15, 17);
        assertThat(series.relationships()).as("a relationship no issue covers has no line").doesNotContainKey("China");
        assertThat(issues(series.national())).containsExactly(15, 17);
        assertThat(issues(series.regional())).containsExactly(15, 17);
        assertThat(IssueCharts.relationshipIndices(series, Locale.ENGLISH).text()).contains("The EU: No. 15 −1, No. 17 −1.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givesAnEmptySeriesWhenNothingIsPublishedBeforeAnIssueThatDoesNotExist(TestDatabase database) {
        Stores stores = Stores.withPublications(database.fresh());
        IssueStore store = stores.issues();
        store.insert(issue(15, IssueStatus.DRAFT), List.of());

        Series series = upTo(stores, 14);

        assertThat(series.relationships()).isEmpty();
        assertThat(series.national()).isEmpty();
        assertThat(series.regional()).isEmpty();
        assertThat(IssueCharts.relationshipIndices(series, Locale.ENGLISH).text()).contains("No data");
    }

    /** A correction to Russia's one event, as the catalogue editor makes it in a draft revision. */
    static void setRussiaScore(DataSource dataSource, IssueRef revision, int score) {
        JdbcClient jdbc = TestDatabase.jdbc(dataSource);
        int changed = jdbc.sql("""
                        update event set score = ? where issue_id = ?
                        and relationship_id = (select id from relationship where code = 'russia')""")
                .params(score, revision.id()).update();
        assertThat(changed).isEqualTo(1);
    }
}
