package org.barometer.publicdata;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.barometer.CountingDataSource;
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
import org.barometer.narrative.Forecasts;
import org.barometer.narrative.Narratives;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the public sees of the store: published issues only, found by text, relationship, score, date and page. */
class PublishedDataTests {

    static final Period PERIOD = Period.of("2020-09", "2020-10");

    static DateExpression date(String written) {
        return DateExpression.parse(written, PERIOD);
    }

    /** Russia: three events (+2, -1, 0); the EU: one (-3); security: two. */
    static Issue issue(int number, IssueStatus status, String marker) {
        Catalogue russia = new Catalogue(new Relationship("russia", "Russia"), List.of(
                new Event(date("14 September"), marker + "Summit in Sochi", 2, marker + "Саммит в Сочи", List.of("https://example.org/sochi")),
                new Event(date("22-29 September"), marker + "Trade dispute over potash", -1, marker + "Торговый спор о калии", List.of()),
                new Event(date("October"), marker + "Consultations of ministries", 0, marker + "Консультации министерств", List.of())));
        Catalogue eu = new Catalogue(new Relationship("eu", "the EU"), List.of(
                new Event(date("2 October"), marker + "Sanctions adopted", -3, marker + "Приняты санкции", List.of())));
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(date("Mid-September"), marker + "Joint exercise Slavic Brotherhood", -1, -2, marker + "Учения «Славянское братство»", List.of()),
                new SecurityEvent(date("1 October"), marker + "Border incident", 0, -1, marker + "Пограничный инцидент", List.of())));
        Period period = Period.of(String.format("%d-09", 2020 + number - 17), String.format("%d-10", 2020 + number - 17));
        Issue issue = new Issue(number, PERIOD, "Monitoring No. " + number, status, null, null, List.of(russia, eu), security, List.of());
        return number == 17 ? issue : issue.withNumberAndPeriod(number, period);
    }

    record Store(DataSource dataSource, IssueStore issues, Revisions revisions, PublishedData published) {
    }

    static Store store(TestDatabase database) {
        DataSource dataSource = database.fresh();
        Stores stores = Stores.on(dataSource, new Editions(Duration.ZERO), Narratives.class, Forecasts.class,
                PublishedData.class, org.barometer.reliability.DoubleScoring.class, org.barometer.account.Accounts.class);
        return new Store(dataSource, stores.issues(), stores.revisions(), stores.get(PublishedData.class));
    }

    static List<String> descriptions(Page<PublishedEvent> page) {
        return page.items().stream().map(PublishedEvent::description).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsOnlyPublishedIssuesAsTheirLatestPublishedRevision(TestDatabase database) {
        Store store = store(database);
        store.issues().insert(issue(17, IssueStatus.PUBLISHED, ""), List.of());
        store.issues().insert(issue(18, IssueStatus.DRAFT, "DRAFT-ONLY "), List.of());
        store.issues().insert(issue(19, IssueStatus.IN_REVIEW, "DRAFT-ONLY "), List.of());
        IssueRef correction = store.revisions().copyAsCorrection(store.revisions().ref(17).orElseThrow(), "Sochi date corrected");
        store.revisions().changeStatus(correction, IssueStatus.PUBLISHED);
        store.revisions().copyAsCorrection(store.revisions().ref(17).orElseThrow(), "DRAFT-ONLY correction");

        assertThat(store.published().issues()).extracting(PublishedIssue::number, PublishedIssue::revision, PublishedIssue::correctionNote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(17, 2, "Sochi date corrected"));
        assertThat(store.published().issue(18)).isEmpty();
        assertThat(store.published().issue(17).orElseThrow().publishedAt()).isNotNull();
        assertThat(store.published().publications()).extracting(PublishedIssue::revision).containsExactlyInAnyOrder(1, 2);
        assertThat(store.published().content(17).orElseThrow().catalogues().get(0).events().get(0).date().written()).isEqualTo("14 September");
        assertThat(store.published().content(18)).isEmpty();
        assertThat(descriptions(store.published().events(EventQuery.all().withSize(100)))).hasSize(6).noneMatch(d -> d.contains("DRAFT-ONLY"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void namesRelationshipsAndGivesTheirSeriesAcrossPublishedIssues(TestDatabase database) {
        Store store = store(database);
        store.issues().insert(issue(15, IssueStatus.PUBLISHED, ""), List.of());
        store.issues().insert(issue(16, IssueStatus.DRAFT, ""), List.of());
        store.issues().insert(issue(17, IssueStatus.PUBLISHED, ""), List.of());

        assertThat(store.published().relationships()).containsExactly(
                new PublishedRelationship("russia", "Russia", List.of(15, 17), List.of(15, 17)),
                new PublishedRelationship("eu", "the EU", List.of(15, 17), List.of(15, 17)));
        assertThat(store.published().series("russia").orElseThrow().points()).containsExactly(
                new RelationshipSeries.Point(15, 1, true, 3, 1, 2, -1),
                new RelationshipSeries.Point(17, 1, true, 3, 1, 2, -1));
        assertThat(store.published().series("china")).isEmpty();
    }

    /** No. 16 as published with the EU's catalogue and the security catalogue empty: the editor accepted them so. */
    static Issue withoutTheEuAndSecurity(int number) {
        Issue full = issue(number, IssueStatus.PUBLISHED, "");
        return new Issue(number, full.period(), full.title(), IssueStatus.PUBLISHED, null, null,
                List.of(full.catalogues().get(0), new Catalogue(new Relationship("eu", "the EU"), List.of())), SecurityCatalogue.EMPTY, List.of());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmptyCatalogueOfAPublishedIssueIsNotCoveredNeverZero(TestDatabase database) {
        Store store = store(database);
        store.issues().insert(issue(15, IssueStatus.PUBLISHED, ""), List.of());
        store.issues().insert(withoutTheEuAndSecurity(16), List.of());
        store.issues().insert(issue(17, IssueStatus.PUBLISHED, ""), List.of());
        PublishedData published = store.published();

        assertThat(published.relationship("eu").orElseThrow()).isEqualTo(new PublishedRelationship("eu", "the EU", List.of(15, 16, 17), List.of(15, 17)));
        assertThat(published.series("eu").orElseThrow().points()).containsExactly(
                new RelationshipSeries.Point(15, 1, true, 1, -3, 0, -3),
                new RelationshipSeries.Point(16, 1, false, 0, null, null, null),
                new RelationshipSeries.Point(17, 1, true, 1, -3, 0, -3));
        assertThat(published.series("russia").orElseThrow().points()).extracting(RelationshipSeries.Point::covered).containsOnly(true);
        assertThat(published.securitySeries().points()).extracting(SecuritySeries.Point::issue, SecuritySeries.Point::covered,
                        SecuritySeries.Point::national, SecuritySeries.Point::regional, SecuritySeries.Point::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(15, true, -1, -3, "Green"),
                        org.assertj.core.groups.Tuple.tuple(16, false, null, null, null),
                        org.assertj.core.groups.Tuple.tuple(17, true, -1, -3, "Green"));
        Dynamics.Point sixteen = published.edition().dynamics().point(16).orElseThrow();
        assertThat(sixteen.covered("eu")).isEmpty();
        assertThat(sixteen.covered("russia")).isPresent();
        assertThat(sixteen.security().covered()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsEventsByTextInEnglishAndRussianIgnoringCase(TestDatabase database) {
        Store store = store(database);
        store.issues().insert(issue(17, IssueStatus.PUBLISHED, ""), List.of());

        assertThat(descriptions(store.published().events(EventQuery.text("SOCHI")))).containsExactly("Summit in Sochi");
        assertThat(descriptions(store.published().events(EventQuery.text("сочи")))).containsExactly("Summit in Sochi");
        assertThat(descriptions(store.published().events(EventQuery.text("СЛАВЯНСКОЕ")))).containsExactly("Joint exercise Slavic Brotherhood");
        assertThat(descriptions(store.published().events(EventQuery.text("100%_")))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersByRelationshipScoreAndDates(TestDatabase database) {
        Store store = store(database);
        store.issues().insert(issue(17, IssueStatus.PUBLISHED, ""), List.of());
        PublishedData published = store.published();

        assertThat(descriptions(published.events(EventQuery.all().withRelationship("eu")))).containsExactly("Sanctions adopted");
        assertThat(published.events(EventQuery.all().withRelationship("security")).items())
                .extracting(PublishedEvent::relationship, PublishedEvent::national, PublishedEvent::regional)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("security", -1, -2), org.assertj.core.groups.Tuple.tuple("security", 0, -1));
        assertThat(descriptions(published.events(EventQuery.all().withScores(1, null)))).containsExactly("Summit in Sochi");
        assertThat(descriptions(published.events(EventQuery.all().withScores(-2, -2)))).containsExactly("Joint exercise Slavic Brotherhood");
        assertThat(descriptions(published.events(EventQuery.all().withScores(null, -1))))
                .containsExactly("Trade dispute over potash", "Sanctions adopted", "Joint exercise Slavic Brotherhood", "Border incident");
        assertThat(descriptions(published.events(EventQuery.all().withDates(LocalDate.parse("2020-09-25"), LocalDate.parse("2020-09-30")))))
                .containsExactly("Trade dispute over potash");
        assertThat(descriptions(published.events(EventQuery.all().withDates(null, LocalDate.parse("2020-09-14")))))
                .containsExactly("Summit in Sochi", "Joint exercise Slavic Brotherhood");
        assertThatThrownBy(() -> published.events(EventQuery.all().withRelationship("mars")))
                .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("relationship"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesResultsInIssueThenCatalogueOrder(TestDatabase database) {
        Store store = store(database);
        store.issues().insert(issue(17, IssueStatus.PUBLISHED, ""), List.of());
        PublishedData published = store.published();

        Page<PublishedEvent> first = published.events(EventQuery.all().withSize(4));
        Page<PublishedEvent> second = published.events(EventQuery.all().withSize(4).withPage(2));
        Page<PublishedEvent> beyond = published.events(EventQuery.all().withSize(4).withPage(3));

        assertThat(descriptions(first)).containsExactly("Summit in Sochi", "Trade dispute over potash", "Consultations of ministries", "Sanctions adopted");
        assertThat(descriptions(second)).containsExactly("Joint exercise Slavic Brotherhood", "Border incident");
        assertThat(beyond.items()).isEmpty();
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
        PublishedEvent sochi = first.items().get(0);
        assertThat(sochi.uid()).isNotBlank();
        assertThat(sochi).extracting(PublishedEvent::issue, PublishedEvent::revision, PublishedEvent::relationship, PublishedEvent::relationshipName,
                        PublishedEvent::date, PublishedEvent::start, PublishedEvent::descriptionRu, PublishedEvent::score, PublishedEvent::sources)
                .containsExactly(17, 1, "russia", "Russia", "14 September", LocalDate.parse("2020-09-14"), "Саммит в Сочи", 2,
                        List.of("https://example.org/sochi"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDynamicsOfTwentyIssuesAreAddedUpByTheStoreWithoutReadingAnEvent(TestDatabase database) {
        CountingDataSource counting = new CountingDataSource(database.fresh());
        Stores stores = Stores.on(counting.dataSource(), new Editions(Duration.ZERO), Narratives.class, Forecasts.class,
                PublishedData.class, org.barometer.reliability.DoubleScoring.class, org.barometer.account.Accounts.class);
        for (int number = 1; number <= 20; number++) {
            stores.issues().insert(issue(number, IssueStatus.PUBLISHED, ""), List.of());
        }
        stores.issues().insert(issue(21, IssueStatus.DRAFT, "DRAFT-ONLY "), List.of());
        counting.forget();

        Dynamics dynamics = stores.get(PublishedData.class).edition().dynamics();

        assertThat(dynamics.points()).extracting(Dynamics.Point::issue).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(dynamics.points()).allSatisfy(point -> {
            assertThat(point.relationship("russia").orElseThrow()).isEqualTo(new Dynamics.RelationshipIndex("russia", "Russia", 3, 1, 2, -1));
            assertThat(point.relationship("eu").orElseThrow()).isEqualTo(new Dynamics.RelationshipIndex("eu", "the EU", 1, -3, 0, -3));
            assertThat(point.security()).extracting(Dynamics.SecurityPoint::events, Dynamics.SecurityPoint::national,
                    Dynamics.SecurityPoint::regional).containsExactly(2, -1, -3);
            assertThat(point.security().level().colour()).isEqualTo("Green");
        });
        assertThat(counting.statements()).as("the published revisions, the codebook, their relationships, their scales and their sums").hasSize(5);
        assertThat(counting.statements()).as("no event is read, only added up")
                .noneMatch(sql -> sql.contains("description") || sql.contains("date_written"));

        counting.forget();
        stores.get(PublishedData.class).edition().dynamics();
        assertThat(counting.statements()).as("asked again, the dynamics are kept on the edition; only the edition and its codebook are checked").hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsEachEventsIdentifierAcrossACorrection(TestDatabase database) {
        Store store = store(database);
        store.issues().insert(issue(17, IssueStatus.PUBLISHED, ""), List.of());
        List<String> before = store.published().events(EventQuery.all()).items().stream().map(PublishedEvent::uid).toList();
        IssueRef correction = store.revisions().copyAsCorrection(store.revisions().ref(17).orElseThrow(), "Corrected");
        store.revisions().changeStatus(correction, IssueStatus.PUBLISHED);

        Page<PublishedEvent> after = store.published().events(EventQuery.all());

        assertThat(after.items()).extracting(PublishedEvent::revision).containsOnly(2);
        assertThat(after.items().stream().map(PublishedEvent::uid).toList()).isEqualTo(before).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesUnusableParametersNamingThem(TestDatabase database) {
        assertThatThrownBy(() -> EventQuery.parse(null, null, null, null, null, null, null, "1000000000"))
                .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("size"));
        assertThatThrownBy(() -> EventQuery.parse(null, null, "x", null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("minScore"));
        assertThatThrownBy(() -> EventQuery.parse(null, null, "2", "1", null, null, null, null))
                .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("minScore"));
        assertThatThrownBy(() -> EventQuery.parse(null, null, null, null, "2020-13-01", null, null, null))
                .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("from"));
        assertThatThrownBy(() -> EventQuery.parse(null, null, null, null, null, null, "0", null))
                .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("page"));
    }
}
