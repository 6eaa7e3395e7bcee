package org.barometer.publicdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.barometer.issue.IssueStore;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.SecurityCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What the server keeps of the published editions, and when it reads them again. */
class EditionsTests {

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void anEditionIsReadOnceAndAgainOnlyAfterAChange() {
        Editions editions = new Editions(Duration.ofHours(1));

        assertThat(editions.current(load(17))).isEqualTo(edition(17));
        assertThat(editions.current(load(17))).isEqualTo(edition(17));
        assertThat(loads).hasValue(1);

        editions.changed(new IssueStore.Changed(18));

        assertThat(editions.current(load(17, 18))).isEqualTo(edition(17, 18));
        assertThat(loads).hasValue(2);
    }

    @Test
    void aChangeMadeElsewhereIsSeenWhenTheEditionIsRecheckedAfterItsTime() throws InterruptedException {
        Editions editions = new Editions(Duration.ofMillis(50));
        editions.current(load(17));
        Thread.sleep(60);

        assertThat(editions.current(load(17, 18))).isEqualTo(edition(17, 18));
        assertThat(loads).hasValue(2);
    }

    @Test
    void anEditionReadWhileAChangeCommittedIsNotKept() {
        Editions editions = new Editions(Duration.ofHours(1));
        Supplier<Edition> readingWhileSomeonePublishes = () -> {
            editions.changed(new IssueStore.Changed(18));
            return load(17).get();
        };

        assertThat(editions.current(readingWhileSomeonePublishes)).isEqualTo(edition(17));
        assertThat(editions.current(load(17, 18))).isEqualTo(edition(17, 18));
        assertThat(loads).hasValue(2);
    }

    @Test
    void aTransactionThatWritesReadsItsOwnWritesAndKeepsNothing() {
        Editions editions = new Editions(Duration.ofHours(1));
        editions.current(load(17));
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);

        assertThat(editions.current(load(17, 18))).isEqualTo(edition(17, 18));
        assertThat(editions.content(7L, () -> content(18))).isEqualTo(content(18));
        TransactionSynchronizationManager.setActualTransactionActive(false);

        assertThat(editions.current(load(17, 18))).as("what the writing transaction read was not kept").isEqualTo(edition(17));
        AtomicInteger contentLoads = new AtomicInteger();
        editions.content(7L, () -> { contentLoads.incrementAndGet(); return content(18); });
        assertThat(contentLoads).as("content read inside the writing transaction was not kept").hasValue(1);
    }

    @Test
    void contentIsKeptByStoredRowAndLetGoWhenTheRowLeavesTheEdition() {
        Editions editions = new Editions(Duration.ofHours(1));
        AtomicInteger contentLoads = new AtomicInteger();
        Supplier<Issue> read = () -> { contentLoads.incrementAndGet(); return content(17); };
        editions.current(load(17));

        editions.content(17L, read);
        editions.content(17L, read);
        assertThat(contentLoads).hasValue(1);

        editions.changed(new IssueStore.Changed(17));
        editions.current(() -> new Edition(List.of(published(17)), Map.of(17, 99L)));
        editions.content(17L, read);
        assertThat(contentLoads).as("row 17 left the edition and was let go").hasValue(2);
    }

    @Test
    void theKeyNamesTheStoredRowSoAReplacedIssueIsANewEdition() {
        Edition first = new Edition(List.of(published(17)), Map.of(17, 17L));
        Edition replaced = new Edition(List.of(published(17)), Map.of(17, 40L));

        assertThat(first.key()).isNotEqualTo(replaced.key());
        assertThat(first.key(17)).isEqualTo("17.1#17");
        assertThat(first.key(18)).isNull();
    }

    @AfterEach
    void leaveNoTransactionBehind() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    private Supplier<Edition> load(int... numbers) {
        return () -> {
            loads.incrementAndGet();
            return edition(numbers);
        };
    }

    private static Edition edition(int... numbers) {
        List<PublishedIssue> issues = java.util.Arrays.stream(numbers).mapToObj(EditionsTests::published).toList();
        Map<Integer, Long> rows = new java.util.HashMap<>();
        for (int number : numbers) {
            rows.put(number, (long) number);
        }
        return new Edition(issues, rows);
    }

    private static PublishedIssue published(int number) {
        return new PublishedIssue(number, 1, "No. " + number, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 31),
                OffsetDateTime.parse("2020-11-15T10:00:00Z").plusDays(number), null);
    }

    private static Issue content(int number) {
        return new Issue(number, Period.of("2020-09", "2020-10"), "No. " + number, IssueStatus.PUBLISHED, null, null, List.of(),
                SecurityCatalogue.EMPTY, List.of());
    }
}
