package org.barometer.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.catalogue.Issues;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** The owner of the event table: every catalogue of every revision in one table, on H2 and PostgreSQL. */
class EventStoreTests {

    static final String RUSSIA = "russia";
    static final String EU = "eu";
    static final String SECURITY = EventStore.SECURITY;

    static EventContent draft(String date, String description, Integer... scores) {
        return new EventContent(Issues.date(date), description, "", List.of("https://example.org/" + scores.length), List.of(scores));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void addsAnEventAtTheEndOfItsCatalogueOnly(TestDatabase database) {
        Store store = store(database);

        long id = store.events.add(store.issue, RUSSIA, draft("9 April", "Energy dialogue resumes", 2));
        long security = store.events.add(store.issue, SECURITY, draft("9 April", "Snap readiness check", -1, 0));

        assertThat(store.events.catalogue(store.issue, RUSSIA)).extracting(StoredEvent::id).last().isEqualTo(id);
        assertThat(store.events.find(store.issue, RUSSIA, id).orElseThrow().content()).isEqualTo(draft("9 April", "Energy dialogue resumes", 2));
        assertThat(store.events.find(store.issue, RUSSIA, id).orElseThrow().version()).isZero();
        assertThat(store.events.catalogue(store.issue, EU)).hasSize(1);
        assertThat(store.events.find(store.issue, EU, id)).as("an event is found under its own relationship only").isEmpty();
        assertThat(store.events.catalogue(store.issue, SECURITY)).extracting(StoredEvent::id).last().isEqualTo(security);
        assertThat(store.events.find(store.issue, SECURITY, security).orElseThrow().content().scores()).containsExactly(-1, 0);
        assertThat(store.seqs(RUSSIA)).containsExactly(0, 1, 2);
        assertThat(store.seqs(SECURITY)).containsExactly(0, 1, 2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void addsManyEventsAtOnceAfterTheLastInTheirOrderAndGivesThemBackAsStored(TestDatabase database) {
        Store store = store(database);
        List<EventContent> drafts = IntStream.rangeClosed(1, 300)
                .mapToObj(n -> draft((1 + n % 28) + " April", "Pasted row " + n, n % 7 - 3)).toList();

        List<StoredEvent> added = store.events.addAll(store.issue, RUSSIA, drafts);

        assertThat(added).extracting(StoredEvent::content).containsExactlyElementsOf(drafts);
        assertThat(added).extracting(StoredEvent::version).containsOnly(0);
        assertThat(store.events.catalogue(store.issue, RUSSIA)).hasSize(302).extracting(StoredEvent::id)
                .endsWith(added.stream().map(StoredEvent::id).toArray(Long[]::new));
        assertThat(store.seqs(RUSSIA)).hasSize(302).last().isEqualTo(301);
        assertThat(store.events.catalogue(store.issue, EU)).as("other catalogues are left alone").hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void changesAnEventOnlyAtTheVersionItWasGiven(TestDatabase database) {
        Store store = store(database);
        long id = store.events.catalogue(store.issue, RUSSIA).get(0).id();

        assertThat(store.events.update(store.issue, RUSSIA, id, 0, draft("4 March", "Terminal deal signed", 3))).isTrue();
        assertThat(store.events.update(store.issue, RUSSIA, id, 0, draft("5 March", "Terminal deal delayed", -1))).isFalse();

        StoredEvent stored = store.events.find(store.issue, RUSSIA, id).orElseThrow();
        assertThat(stored.content()).isEqualTo(draft("4 March", "Terminal deal signed", 3));
        assertThat(stored.version()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void deletesAnEventOnlyAtTheVersionItWasGivenAndClosesTheGap(TestDatabase database) {
        Store store = store(database);
        store.events.add(store.issue, RUSSIA, draft("9 April", "Energy dialogue resumes", 2));
        store.events.add(store.issue, RUSSIA, draft("10 April", "Consulate hours extended", 1));
        List<StoredEvent> before = store.events.catalogue(store.issue, RUSSIA);

        assertThat(store.events.delete(store.issue, RUSSIA, before.get(1).id(), 1)).isFalse();
        assertThat(store.events.delete(store.issue, RUSSIA, before.get(1).id(), 0)).isTrue();

        assertThat(store.events.catalogue(store.issue, RUSSIA)).extracting(StoredEvent::id, StoredEvent::content)
                .containsExactly(tuple(before.get(0).id(), before.get(0).content()), tuple(before.get(2).id(), before.get(2).content()),
                        tuple(before.get(3).id(), before.get(3).content()));
        assertThat(store.seqs(RUSSIA)).containsExactly(0, 1, 2);
        assertThat(store.events.add(store.issue, RUSSIA, draft("11 April", "Joint exhibition opens", 1))).isPositive();
        assertThat(store.seqs(RUSSIA)).containsExactly(0, 1, 2, 3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ofTwoTransactionsChangingTheSameVersionAtOnceOnlyOneChangesIt(TestDatabase database) throws Exception {
        Store store = store(database);
        long id = store.events.catalogue(store.issue, SECURITY).get(0).id();
        CountDownLatch bothHaveRead = new CountDownLatch(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = two.submit(() -> store.readThenUpdate(id, draft("21 March", "Drill extended", -2, -2), bothHaveRead));
            Future<Boolean> second = two.submit(() -> store.readThenUpdate(id, draft("22 March", "Drill shortened", 0, -1), bothHaveRead));
            boolean firstChanged = first.get(30, TimeUnit.SECONDS);
            boolean secondChanged = second.get(30, TimeUnit.SECONDS);

            assertThat(List.of(firstChanged, secondChanged)).containsExactlyInAnyOrder(true, false);
            StoredEvent stored = store.events.find(store.issue, SECURITY, id).orElseThrow();
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.content().description()).isEqualTo(firstChanged ? "Drill extended" : "Drill shortened");
        } finally {
            two.shutdownNow();
        }
    }

    private static Store store(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        stores.issues().insert(Issues.issue(1, IssueStatus.DRAFT), List.of());
        return new Store(stores.jdbc(), stores.events(), stores.transactions(), stores.revisions().ref(1).orElseThrow().id());
    }

    record Store(JdbcClient jdbc, EventStore events, TransactionOperations transactions, long issue) {

        /** The places of a catalogue's events, as stored. */
        List<Integer> seqs(String catalogue) {
            return jdbc.sql("select seq from event where issue_id = ? and "
                            + (SECURITY.equals(catalogue) ? "kind = 'security'"
                            : "kind = 'relationship' and relationship_id = (select id from relationship where code = '" + catalogue + "')")
                            + " order by seq")
                    .param(issue).query(Integer.class).list();
        }

        /** In one transaction: reads the event at version 0, waits until the other transaction has read it too, then changes it. */
        boolean readThenUpdate(long id, EventContent draft, CountDownLatch bothHaveRead) {
            return Boolean.TRUE.equals(transactions.execute(tx -> {
                int version = events.find(issue, SECURITY, id).orElseThrow().version();
                bothHaveRead.countDown();
                try {
                    bothHaveRead.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return events.update(issue, SECURITY, id, version, draft);
            }));
        }
    }
}
