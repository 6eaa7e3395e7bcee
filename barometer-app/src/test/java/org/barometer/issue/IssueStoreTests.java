package org.barometer.issue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.barometer.Stores;
import org.barometer.TestDatabase;
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
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class IssueStoreTests {

    static final Period PERIOD = Period.of("2018-05", "2018-06");

    static Issue issue(int number, IssueStatus status) {
        Catalogue russia = new Catalogue(Relationship.named("Russia"), List.of(
                new Event(DateExpression.parse("3 May", PERIOD), "Talks on gas prices", 2),
                new Event(DateExpression.parse("Mid-June", PERIOD), "Customs dispute \"flares\" again; ≠ ŭ č", -1),
                new Event(DateExpression.parse("May–June", PERIOD), "Routine consultations", 0)));
        Catalogue eu = new Catalogue(Relationship.named("the EU"), List.of(
                new Event(DateExpression.parse("14–20 June", PERIOD), "Visa facilitation talks", 1)));
        Catalogue empty = new Catalogue(Relationship.named("Ukraine"), List.of());
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(DateExpression.parse("30 May – 2 June", PERIOD), "Joint exercise near the border", -2, -3),
                new SecurityEvent(DateExpression.parse("June", PERIOD), "Truce holds", 1, 1)));
        ColourScale scale = new ColourScale(List.of(
                new ColourBand("Calm", 0, null, "nothing to watch"),
                new ColourBand("Tense", -5, -1, "watch"),
                new ColourBand("Alarming", null, -6, "act")));
        return new Issue(number, PERIOD, "Test monitoring", status, new ScoreBound(-5, 5), scale,
                List.of(russia, eu, empty), security,
                List.of(new StatedFigure("russia", Figure.AGGREGATE, "+2"), new StatedFigure("russia", Figure.TOTAL, "+1"),
                        new StatedFigure(StatedFigure.SECURITY, Figure.LEVEL, "Tense")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesAndLoadsAnIssueWithEverythingInIt(TestDatabase database) {
        IssueStore store = store(database.fresh());
        Issue issue = issue(3, IssueStatus.PUBLISHED);

        store.insert(issue, issue.findings());

        assertThat(store.find(3)).contains(issue);
        assertThat(store.exists(3)).isTrue();
        assertThat(store.exists(4)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsTheFindingsWithTheIssue(TestDatabase database) {
        IssueStore store = store(database.fresh());
        Issue issue = issue(3, IssueStatus.PUBLISHED);

        store.insert(issue, issue.findings());

        assertThat(store.findings(3))
                .extracting(StoredFinding::kind, StoredFinding::subject, StoredFinding::figure, StoredFinding::stated, StoredFinding::computed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mismatch", "russia", "aggregate", "+2", "+1"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void latestPublishedSkipsDrafts(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        IssueStore store = stores.issues();
        store.insert(issue(3, IssueStatus.PUBLISHED), List.of());
        store.insert(issue(5, IssueStatus.PUBLISHED), List.of());
        store.insert(issue(6, IssueStatus.DRAFT), List.of());

        assertThat(stores.revisions().latestPublished()).extracting(Revision::number).containsExactly(3, 5);
        assertThat(stores.revisions().latest()).extracting(Revision::number).containsExactly(3, 5, 6);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void deletingAnIssueRemovesItsCataloguesAndLeavesOthers(TestDatabase database) {
        DataSource dataSource = database.fresh();
        IssueStore store = store(dataSource);
        store.insert(issue(3, IssueStatus.PUBLISHED), issue(3, IssueStatus.PUBLISHED).findings());
        store.insert(issue(4, IssueStatus.PUBLISHED), List.of());

        store.delete(3);

        assertThat(store.find(3)).isEmpty();
        assertThat(store.find(4)).contains(issue(4, IssueStatus.PUBLISHED));
        assertThat(TestDatabase.jdbc(dataSource).sql("select count(*) from event").query(Integer.class).single())
                .as("the four relationship events and two security events of No. 4").isEqualTo(6);
        assertThat(TestDatabase.jdbc(dataSource).sql("select count(*) from finding").query(Integer.class).single()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmptyStoreHasNoLatestIssue(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());

        assertThat(stores.revisions().latestPublished()).isEmpty();
        assertThat(stores.issues().find(1)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRevisionLockedForAWriteHoldsBackAChangeOfItsStatusUntilTheWriteEnds(TestDatabase database) throws Exception {
        DataSource dataSource = database.fresh();
        Stores stores = Stores.on(dataSource);
        stores.issues().insert(issue(5, IssueStatus.IN_REVIEW), List.of());
        Revisions store = stores.revisions();
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<IssueStatus> edit = threads.submit(() -> transactions.execute(tx -> {
                IssueStatus seen = store.refForWriting(5).orElseThrow().status();
                locked.countDown();
                await(release);
                return seen;
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> publish = threads.submit(() -> transactions.execute(tx ->
                    store.changeStatus(store.refForWriting(5).orElseThrow(), IssueStatus.PUBLISHED)));

            Thread.sleep(300);
            assertThat(publish.isDone()).as("the publication waits for the write that holds the revision").isFalse();
            release.countDown();

            assertThat(edit.get(10, TimeUnit.SECONDS)).isEqualTo(IssueStatus.IN_REVIEW);
            assertThat(publish.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(store.ref(5).orElseThrow().status()).isEqualTo(IssueStatus.PUBLISHED);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static IssueStore store(DataSource dataSource) {
        return Stores.on(dataSource).issues();
    }
}
