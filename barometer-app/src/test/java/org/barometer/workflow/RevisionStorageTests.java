package org.barometer.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import javax.sql.DataSource;

import org.barometer.TestDatabase;
import org.barometer.importer.IssueImport;
import org.barometer.importer.IssueJson;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
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
                List.of(new StatedFigure("Ukraine", Figure.AGGREGATE, "+2")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorrectionCopiesTheRevisionIntoTheNextAndLeavesItAlone(TestDatabase database) {
        DataSource dataSource = database.fresh();
        IssueStore store = new IssueStore(TestDatabase.jdbc(dataSource));
        Issue published = issue(7, IssueStatus.PUBLISHED);
        store.insert(published, published.findings());

        IssueRef draft = store.copyAsCorrection(store.ref(7).orElseThrow(), "Dates corrected");

        assertThat(draft).extracting(IssueRef::number, IssueRef::revision, IssueRef::status).containsExactly(7, 2, IssueStatus.DRAFT);
        assertThat(store.ref(7)).contains(draft);
        assertThat(store.find(7)).contains(published.withStatus(IssueStatus.DRAFT));
        assertThat(store.find(7, 1)).contains(published);
        assertThat(store.findings(7, 2)).isEqualTo(store.findings(7, 1)).hasSize(1);
        assertThat(store.findings(7)).isEqualTo(store.findings(7, 2));
        assertThat(store.latestPublished()).contains(published);
        assertThat(store.revisions(7)).extracting(IssueStore.Revision::revision, IssueStore.Revision::status, IssueStore.Revision::correctionNote)
                .containsExactly(tuple(1, IssueStatus.PUBLISHED, null), tuple(2, IssueStatus.DRAFT, "Dates corrected"));
        assertThat(store.list()).singleElement().satisfies(summary -> assertThat(summary.status()).isEqualTo(IssueStatus.DRAFT));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStatusChangesOnlyFromTheStatusExpectedAndPublishingStampsTheTime(TestDatabase database) {
        IssueStore store = new IssueStore(TestDatabase.jdbc(database.fresh()));
        store.insert(issue(8, IssueStatus.DRAFT), List.of());
        IssueRef draft = store.ref(8).orElseThrow();

        assertThat(store.changeStatus(draft, IssueStatus.IN_REVIEW)).isTrue();
        assertThat(store.changeStatus(draft, IssueStatus.IN_REVIEW)).isFalse();
        IssueRef inReview = store.ref(8).orElseThrow();
        assertThat(store.revisions(8).get(0).publishedAt()).isNull();
        assertThat(store.changeStatus(inReview, IssueStatus.PUBLISHED)).isTrue();

        assertThat(store.ref(8).orElseThrow().status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(store.revisions(8).get(0).publishedAt()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void authorsAndReviewCommentsBelongToTheirRevision(TestDatabase database) {
        JdbcClient jdbc = TestDatabase.jdbc(database.fresh());
        IssueStore store = new IssueStore(jdbc);
        IssueAuthors authors = new IssueAuthors(jdbc);
        ReviewComments comments = new ReviewComments(jdbc);
        store.insert(issue(9, IssueStatus.PUBLISHED), List.of());
        IssueRef first = store.ref(9).orElseThrow();
        authors.add(first.id(), new Author(0, "Olga Invented", "Example Centre", "Writes on energy."));
        authors.add(first.id(), new Author(0, "Petr Invented", "", ""));
        comments.add(first.id(), "editor", "Check the December figures.");

        IssueRef second = store.copyAsCorrection(first, "Figures");
        authors.copy(first.id(), second.id());
        assertThat(authors.remove(second.id(), 0)).contains(new Author(0, "Olga Invented", "Example Centre", "Writes on energy."));
        assertThat(authors.remove(second.id(), 5)).isEmpty();
        authors.add(second.id(), new Author(0, "Raisa Invented", "", ""));

        assertThat(authors.list(first.id())).extracting(Author::seq, Author::name).containsExactly(tuple(0, "Olga Invented"), tuple(1, "Petr Invented"));
        assertThat(authors.list(second.id())).extracting(Author::seq, Author::name).containsExactly(tuple(1, "Petr Invented"), tuple(2, "Raisa Invented"));
        assertThat(comments.list(first.id())).extracting(ReviewComments.ReviewComment::author, ReviewComments.ReviewComment::body)
                .containsExactly(tuple("editor", "Check the December figures."));
        assertThat(comments.list(second.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theConfiguredRelationshipsKeepTheOrderTheyWereAddedInAndRefuseATakenCode(TestDatabase database) {
        IssueStore store = new IssueStore(TestDatabase.jdbc(database.fresh()));

        assertThat(store.addRelationship(Relationship.named("the U.S."))).isTrue();
        assertThat(store.addRelationship(Relationship.named("China"))).isTrue();
        assertThat(store.addRelationship(Relationship.named("The US"))).isFalse();

        assertThat(store.relationships()).containsExactly(new Relationship("us", "the U.S."), new Relationship("china", "China"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importWithReplaceRemovesEveryRevisionAndStoresTheIssueAsItsFirst(TestDatabase database) {
        DataSource dataSource = database.fresh();
        IssueStore store = new IssueStore(TestDatabase.jdbc(dataSource));
        Issue published = issue(10, IssueStatus.PUBLISHED);
        store.insert(published, List.of());
        IssueRef draft = store.copyAsCorrection(store.ref(10).orElseThrow(), "A correction");
        new IssueAuthors(TestDatabase.jdbc(dataSource)).add(draft.id(), new Author(0, "Someone", "", ""));
        IssueImport imports = new IssueImport(store, TestDatabase.transactions(dataSource));

        imports.importText("issue-10.json", IssueJson.write(published), new IssueImport.Options(null, null, false, true));

        assertThat(store.revisions(10)).extracting(IssueStore.Revision::revision).containsExactly(1);
        assertThat(store.find(10)).contains(published);
        assertThat(TestDatabase.jdbc(dataSource).sql("select count(*) from issue_author").query(Integer.class).single()).isZero();
    }
}
