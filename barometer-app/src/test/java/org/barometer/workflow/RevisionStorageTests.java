package org.barometer.workflow;

import java.util.List;

import javax.sql.DataSource;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.importer.IssueImport;
import org.barometer.importer.IssueJson;
import org.barometer.issue.Author;
import org.barometer.issue.Authors;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Relationships;
import org.barometer.issue.Revision;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.method.StatedFigure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Revisions, status changes, authors and review comments in the store, on H2 and on PostgreSQL. */
class RevisionStorageTests {

    static final Period PERIOD = Period.of("2019-11", "2019-12");

    static Issue issue(int number, IssueStatus status) {
        Catalogue ukraine = new Catalogue(Relationship.named("Ukraine"), List.of(
                new Event(DateExpression.parse("2 November", PERIOD), "Grain corridor agreed", 3, "Зерновой коридор согласован",
                        List.of("https://example.org/a", "https://example.org/b")),
                new Event(DateExpression.parse("December", PERIOD), "Trade dispute", -2)));
        Catalogue china = new Catalogue(Relationship.named("China"), List.of());
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(DateExpression.parse("Late November", PERIOD), "Invented drill", -2, -4)));
        ColourScale scale = new ColourScale(List.of(new ColourBand("Quiet", 0, null, "calm"), new ColourBand("Loud", null, -1, "not calm")));
        return new Issue(number, PERIOD, "Storage monitoring", status, new ScoreBound(-4, 4), scale, List.of(ukraine, china), security,
                List.of(new StatedFigure("ukraine", Figure.AGGREGATE, "+2")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorrectionCopiesTheRevisionIntoTheNextAndLeavesItAlone(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        IssueStore store = stores.issues();
        Revisions revisions = stores.revisions();
        Issue published = issue(7, IssueStatus.PUBLISHED);
        store.insert(published, published.findings());

        IssueRef draft = revisions.copyAsCorrection(revisions.ref(7).orElseThrow(), "Dates corrected");

        assertThat(draft).extracting(IssueRef::number, IssueRef::revision, IssueRef::status).containsExactly(7, 2, IssueStatus.DRAFT);
        assertThat(revisions.ref(7)).contains(draft);
        assertThat(store.find(7)).contains(published.withStatus(IssueStatus.DRAFT));
        assertThat(store.find(7, 1)).contains(published);
        assertThat(store.findings(7, 2)).isEqualTo(store.findings(7, 1)).hasSize(1);
        assertThat(store.findings(7)).isEqualTo(store.findings(7, 2));
        assertThat(revisions.latestPublished()).extracting(Revision::number, Revision::revision).containsExactly(tuple(7, 1));
        assertThat(revisions.of(7)).extracting(Revision::revision, Revision::status, Revision::correctionNote)
                .containsExactly(tuple(1, IssueStatus.PUBLISHED, null), tuple(2, IssueStatus.DRAFT, "Dates corrected"));
        assertThat(revisions.latest()).singleElement().satisfies(latest -> assertThat(latest.status()).isEqualTo(IssueStatus.DRAFT));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStatusChangesOnlyFromTheStatusExpectedAndPublishingStampsTheTime(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        Revisions revisions = stores.revisions();
        stores.issues().insert(issue(8, IssueStatus.DRAFT), List.of());
        IssueRef draft = revisions.ref(8).orElseThrow();

        assertThat(revisions.changeStatus(draft, IssueStatus.IN_REVIEW)).isTrue();
        assertThat(revisions.changeStatus(draft, IssueStatus.IN_REVIEW)).isFalse();
        IssueRef inReview = revisions.ref(8).orElseThrow();
        assertThat(revisions.of(8).get(0).publishedAt()).isNull();
        assertThat(revisions.changeStatus(inReview, IssueStatus.PUBLISHED)).isTrue();

        assertThat(revisions.ref(8).orElseThrow().status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(revisions.of(8).get(0).publishedAt()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void authorsAndReviewCommentsBelongToTheirRevision(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        Revisions revisions = stores.revisions();
        Authors authors = stores.get(Authors.class);
        ReviewComments comments = stores.get(ReviewComments.class);
        stores.issues().insert(issue(9, IssueStatus.PUBLISHED), List.of());
        IssueRef first = revisions.ref(9).orElseThrow();
        authors.add(first.id(), new Author(0, "Olga Invented", "Example Centre", "Writes on energy."));
        authors.add(first.id(), new Author(0, "Petr Invented", "", ""));
        comments.add(first.id(), "editor", "Check the December figures.");

        IssueRef second = revisions.copyAsCorrection(first, "Figures");
        assertThat(authors.remove(second.id(), 0)).contains(new Author(0, "Olga Invented", "Example Centre", "Writes on energy."));
        assertThat(authors.remove(second.id(), 5)).isEmpty();
        authors.add(second.id(), new Author(0, "Raisa Invented", "", ""));

        assertThat(authors.of(first.id())).extracting(Author::seq, Author::name).containsExactly(tuple(0, "Olga Invented"), tuple(1, "Petr Invented"));
        assertThat(authors.of(second.id())).extracting(Author::seq, Author::name).containsExactly(tuple(1, "Petr Invented"), tuple(2, "Raisa Invented"));
        assertThat(comments.list(first.id())).extracting(ReviewComments.ReviewComment::author, ReviewComments.ReviewComment::body)
                .containsExactly(tuple("editor", "Check the December figures."));
        assertThat(comments.list(second.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theConfiguredRelationshipsKeepTheOrderTheyWereAddedInAndRefuseATakenCode(TestDatabase database) {
        Relationships relationships = Stores.on(database.fresh()).get(Relationships.class);

        assertThat(relationships.add(Relationship.named("the U.S."))).isTrue();
        assertThat(relationships.add(Relationship.named("China"))).isTrue();
        assertThat(relationships.add(Relationship.named("The US"))).isFalse();

        assertThat(relationships.list()).containsExactly(new Relationship("us", "the U.S."), new Relationship("china", "China"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importWithReplaceRemovesEveryRevisionAndStoresTheIssueAsItsFirst(TestDatabase database) {
        DataSource dataSource = database.fresh();
        Stores stores = Stores.on(dataSource);
        IssueStore store = stores.issues();
        Issue published = issue(10, IssueStatus.PUBLISHED);
        store.insert(published, List.of());
        IssueRef draft = stores.revisions().copyAsCorrection(stores.revisions().ref(10).orElseThrow(), "A correction");
        stores.get(Authors.class).add(draft.id(), new Author(0, "Someone", "", ""));

        stores.imports().importText("issue-10.json", IssueJson.write(published), new IssueImport.Options(null, null, false, true));

        assertThat(stores.revisions().of(10)).extracting(Revision::revision).containsExactly(1);
        assertThat(store.find(10)).contains(published);
        assertThat(TestDatabase.jdbc(dataSource).sql("select count(*) from issue_author").query(Integer.class).single()).isZero();
    }
}
