package org.barometer.publicdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.barometer.issue.IssueChanged;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.SecurityCatalogue;
import org.barometer.narrative.IssueNarrative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What the server keeps of the published editions, and when it reads them again. */
class EditionsTests {

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void anEditionIsReadOnceAndAgainOnlyAfterAChange() {
        Editions editions = new Editions(Duration.ofHours(1));

        assertThat(key(editions.current(load(17)))).isEqualTo(key(17));
        assertThat(key(editions.current(load(17)))).isEqualTo(key(17));
        assertThat(loads).hasValue(1);

        editions.changed(new IssueChanged(18));

        assertThat(key(editions.current(load(17, 18)))).isEqualTo(key(17, 18));
        assertThat(loads).hasValue(2);
    }

    @Test
    void aChangeMadeElsewhereIsSeenWhenTheEditionIsRecheckedAfterItsTime() throws InterruptedException {
        Editions editions = new Editions(Duration.ofMillis(50));
        editions.current(load(17));
        Thread.sleep(60);

        assertThat(key(editions.current(load(17, 18)))).isEqualTo(key(17, 18));
        assertThat(loads).hasValue(2);
    }

    @Test
    void anEditionReadWhileAChangeCommittedIsNotKept() {
        Editions editions = new Editions(Duration.ofHours(1));
        Function<Boolean, Edition> readingWhileSomeonePublishes = keeps -> {
            editions.changed(new IssueChanged(18));
            return load(17).apply(keeps);
        };

        assertThat(key(editions.current(readingWhileSomeonePublishes))).isEqualTo(key(17));
        assertThat(key(editions.current(load(17, 18)))).isEqualTo(key(17, 18));
        assertThat(loads).hasValue(2);
    }

    @Test
    void aTransactionThatWritesReadsItsOwnWritesAndKeepsNothing() {
        Editions editions = new Editions(Duration.ofHours(1));
        editions.current(load(17));
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);

        assertThat(key(editions.current(load(17, 18)))).isEqualTo(key(17, 18));
        assertThat(editions.revision(7L, () -> content(18))).isEqualTo(content(18));
        TransactionSynchronizationManager.setActualTransactionActive(false);

        assertThat(key(editions.current(load(17, 18)))).as("what the writing transaction read was not kept").isEqualTo(key(17));
        AtomicInteger contentLoads = new AtomicInteger();
        editions.revision(7L, () -> { contentLoads.incrementAndGet(); return content(18); });
        assertThat(contentLoads).as("content read inside the writing transaction was not kept").hasValue(1);
    }

    @Test
    void contentIsKeptByStoredRowAndLetGoWhenTheRowLeavesTheEdition() {
        Editions editions = new Editions(Duration.ofHours(1));
        AtomicInteger contentLoads = new AtomicInteger();
        Supplier<PublishedRevision> read = () -> { contentLoads.incrementAndGet(); return content(17); };
        editions.current(load(17));

        editions.revision(17L, read);
        editions.revision(17L, read);
        assertThat(contentLoads).hasValue(1);

        editions.changed(new IssueChanged(17));
        editions.current(keeps -> edition(List.of(published(17)), Map.of(17, 99L), keeps));
        editions.revision(17L, read);
        assertThat(contentLoads).as("row 17 left the edition and was let go").hasValue(2);
    }

    @Test
    void theKeyNamesTheStoredRowSoAReplacedIssueIsANewEdition() {
        Edition first = edition(List.of(published(17)), Map.of(17, 17L), true);
        Edition replaced = edition(List.of(published(17)), Map.of(17, 40L), true);

        assertThat(first.key()).isNotEqualTo(replaced.key());
        assertThat(first.key(17)).isEqualTo("17.1#17");
        assertThat(first.key(18)).isNull();
    }

    @AfterEach
    void leaveNoTransactionBehind() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    @Test
    void whatIsMadeFromAnEditionIsKeptOnItAndGoesWithIt() {
        Editions editions = new Editions(Duration.ofHours(1));
        AtomicInteger made = new AtomicInteger();
        Supplier<String> page = () -> "page " + made.incrementAndGet();
        Edition first = editions.current(load(17));

        assertThat(first.made("home", page)).isEqualTo("page 1");
        assertThat(editions.current(load(17)).made("home", page)).as("the same edition keeps it").isEqualTo("page 1");

        editions.changed(new IssueChanged(17));
        Edition unchanged = editions.current(load(17));
        assertThat(unchanged).as("read again after a change, the same content is the same edition").isSameAs(first);
        editions.changed(new IssueChanged(18));
        assertThat(editions.current(load(17, 18)).made("home", page)).as("a new edition starts empty").isEqualTo("page 2");
    }

    @Test
    void anEditionReadInsideAWritingTransactionKeepsNothingMadeFromIt() {
        Editions editions = new Editions(Duration.ofHours(1));
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        AtomicInteger made = new AtomicInteger();
        Edition writing = editions.current(load(17));

        writing.made("home", made::incrementAndGet);
        writing.made("home", made::incrementAndGet);

        assertThat(made).hasValue(2);
    }

    /** Readers loading the same content at the same moment get one edition: what is kept on it is made once. */
    @Test
    void readersLoadingAtOnceAgreeOnOneEdition() throws Exception {
        Editions editions = new Editions(Duration.ZERO);
        editions.current(load(16));
        editions.changed(new IssueChanged(17)); // after a change made here, every reader reads the store
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(8);
        Function<Boolean, Edition> slowLoad = keeps -> {
            Edition fresh = edition(keeps, 17);
            try {
                together.await(); // every reader has loaded its own copy before any compares it with the last
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return fresh;
        };
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Edition>> got = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(readers.submit(() -> editions.current(slowLoad)));
            }
            java.util.Set<Edition> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (java.util.concurrent.Future<Edition> edition : got) {
                distinct.add(edition.get(10, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(1);
        } finally {
            readers.shutdownNow();
        }
    }

    /** At the timed recheck one reader reads the store again; the others are served the edition already read meanwhile. */
    @Test
    void whileOneReaderRechecksTheOthersAreServedTheEditionAlreadyRead() throws Exception {
        Editions editions = new Editions(Duration.ofMillis(50));
        editions.current(load(17));
        Thread.sleep(60);
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Function<Boolean, Edition> slowLoad = keeps -> {
            reading.countDown();
            try {
                release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return load(17, 18).apply(keeps);
        };
        java.util.concurrent.ExecutorService rechecker = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<Edition> rechecked = rechecker.submit(() -> editions.current(slowLoad));
            assertThat(reading.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            for (int i = 0; i < 100; i++) {
                assertThat(key(editions.current(load(17, 18)))).as("served while the store is read again").isEqualTo(key(17));
            }
            assertThat(loads).as("only the rechecking reader reads the store").hasValue(1);

            release.countDown();
            assertThat(key(rechecked.get(10, java.util.concurrent.TimeUnit.SECONDS))).isEqualTo(key(17, 18));
            assertThat(key(editions.current(load(17, 18)))).isEqualTo(key(17, 18));
            assertThat(loads).hasValue(2);
        } finally {
            release.countDown();
            rechecker.shutdownNow();
        }
    }

    private Function<Boolean, Edition> load(int... numbers) {
        return keeps -> {
            loads.incrementAndGet();
            return edition(keeps, numbers);
        };
    }

    private static String key(int... numbers) {
        return edition(true, numbers).key();
    }

    private static String key(Edition edition) {
        return edition.key();
    }

    private static Edition edition(boolean keeps, int... numbers) {
        List<PublishedIssue> issues = java.util.Arrays.stream(numbers).mapToObj(EditionsTests::published).toList();
        Map<Integer, Long> rows = new java.util.HashMap<>();
        for (int number : numbers) {
            rows.put(number, (long) number);
        }
        return edition(issues, rows, keeps);
    }

    /** An edition whose parts are never read in these tests. */
    private static Edition edition(List<PublishedIssue> issues, Map<Integer, Long> rows, boolean keeps) {
        return new Edition(issues, rows, edition -> {
            throw new AssertionError("not read here");
        }, keeps);
    }

    private static PublishedIssue published(int number) {
        return new PublishedIssue(number, 1, "No. " + number, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 31),
                OffsetDateTime.parse("2020-11-15T10:00:00Z").plusDays(number), null);
    }

    private static PublishedRevision content(int number) {
        return new PublishedRevision(published(number), new Issue(number, Period.of("2020-09", "2020-10"), "No. " + number,
                IssueStatus.PUBLISHED, null, null, List.of(), SecurityCatalogue.EMPTY, List.of()),
                new IssueNarrative(number, 1, List.of()), List.of());
    }
}
