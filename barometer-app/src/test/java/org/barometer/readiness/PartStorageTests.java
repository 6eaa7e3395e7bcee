package org.barometer.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.account.Accounts;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.audit.ChangeLog;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueRef;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Where each part of a revision stands, as the store keeps it on H2 and on PostgreSQL. */
class PartStorageTests {

    static final Actor EDITOR = new Actor("editor", Role.EDITOR, Set.of(), false);
    static final Actor RUSSIA = new Actor("analyst-russia", Role.ANALYST, Set.of("russia"), false);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPartNobodyMarkedIsInProgressAndAMarkedOneKeepsItsNoteWhoAndWhen(TestDatabase database) {
        Stores stores = draftOf17(database);
        Readiness readiness = stores.get(Readiness.class);
        PartChanges changes = stores.get(PartChanges.class);
        IssueRef draft = stores.revisions().ref(17).orElseThrow();

        assertThat(readiness.parts(draft)).extracting(PartState::part).containsExactly("russia", "eu", "china", "us", "ukraine",
                "security", "foreword");
        assertThat(readiness.parts(draft)).allSatisfy(part -> assertThat(part.state()).isEqualTo(PartState.State.IN_PROGRESS));

        changes.markReady(RUSSIA, 17, "russia", "  Sources checked, «все»\nall of them  ");

        assertThat(readiness.parts(draft)).filteredOn(part -> part.part().equals("russia")).singleElement().satisfies(part -> {
            assertThat(part.state()).isEqualTo(PartState.State.READY);
            assertThat(part.note()).isEqualTo("Sources checked, «все»\nall of them");
            assertThat(part.changedBy()).isEqualTo("analyst-russia");
            assertThat(part.changedAt()).isNotNull();
        });
        assertThat(stores.get(ChangeLog.class).forIssue(17)).first().extracting(ChangeLog.Change::account, c -> c.entity().key(),
                c -> c.action().key(), ChangeLog.Change::before, ChangeLog.Change::after)
                .containsExactly("analyst-russia", "part", "part-ready", "{\"part\":\"russia\",\"state\":\"in-progress\"}",
                        "{\"part\":\"russia\",\"state\":\"ready\",\"note\":\"Sources checked, «все»\\nall of them\"}");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLastPartMarkedReadySendsTheIssueToReviewInTheSameChange(TestDatabase database) {
        Stores stores = draftOf17(database);
        Readiness readiness = stores.get(Readiness.class);
        PartChanges changes = stores.get(PartChanges.class);
        IssueRef draft = stores.revisions().ref(17).orElseThrow();

        for (String part : Readiness.partsOf(stores.issues().find(17).orElseThrow())) {
            assertThat(stores.revisions().ref(17).orElseThrow().status()).as("before " + part).isEqualTo(IssueStatus.DRAFT);
            changes.markReady(EDITOR, 17, part, "");
        }

        assertThat(stores.revisions().ref(17).orElseThrow().status()).isEqualTo(IssueStatus.IN_REVIEW);
        assertThat(readiness.parts(draft)).allSatisfy(part -> assertThat(part.note()).isNull());
        assertThat(stores.get(ChangeLog.class).forIssue(17)).extracting(c -> c.entity().key(), c -> c.action().key()).startsWith(
                tuple("issue", "submit"), tuple("part", "part-ready"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorrectionStartsEveryPartInProgressAndTheCorrectedRevisionKeepsItsParts(TestDatabase database) {
        Stores stores = draftOf17(database);
        Readiness readiness = stores.get(Readiness.class);
        PartChanges changes = stores.get(PartChanges.class);
        IssueRef second = stores.revisions().ref(17).orElseThrow();
        Readiness.partsOf(stores.issues().find(17).orElseThrow()).forEach(part -> changes.markReady(EDITOR, 17, part, "done"));
        stores.transactions().executeWithoutResult(tx -> stores.revisions().changeStatus(stores.revisions().ref(17).orElseThrow(),
                IssueStatus.PUBLISHED));

        IssueRef third = stores.transactions().execute(tx ->
                stores.revisions().copyAsCorrection(stores.revisions().ref(17).orElseThrow(), "Another correction"));

        assertThat(readiness.parts(third)).allSatisfy(part -> assertThat(part.state()).isEqualTo(PartState.State.IN_PROGRESS));
        assertThat(readiness.parts(second)).allSatisfy(part -> assertThat(part.state()).isEqualTo(PartState.State.READY));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoOwnersMarkingTheLastTwoPartsAtOnceSendTheIssueToReviewOnce(TestDatabase database) throws Exception {
        Stores stores = draftOf17(database);
        PartChanges changes = stores.get(PartChanges.class);
        List<String> parts = Readiness.partsOf(stores.issues().find(17).orElseThrow());
        parts.stream().filter(part -> !part.equals("russia") && !part.equals("security")).forEach(part -> changes.markReady(EDITOR, 17, part, ""));
        Actor security = new Actor("analyst-security", Role.ANALYST, Set.of(), true);
        // each holds its transaction open a little after marking, so that without the lock both would mark before either commits
        CountDownLatch marked = new CountDownLatch(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> both = List.of(
                    two.submit(() -> markAndHold(stores, () -> changes.markReady(RUSSIA, 17, "russia", ""), marked)),
                    two.submit(() -> markAndHold(stores, () -> changes.markReady(security, 17, "security", ""), marked)));
            for (Future<?> one : both) {
                one.get(30, TimeUnit.SECONDS);
            }
        } finally {
            two.shutdownNow();
        }

        assertThat(stores.revisions().ref(17).orElseThrow().status()).isEqualTo(IssueStatus.IN_REVIEW);
        assertThat(stores.get(ChangeLog.class).forIssue(17)).filteredOn(c -> c.action() == ChangeLog.Action.SUBMIT).hasSize(1);
    }

    private static void markAndHold(Stores stores, Runnable mark, CountDownLatch marked) {
        stores.transactions().executeWithoutResult(tx -> {
            mark.run();
            marked.countDown();
            try {
                marked.await(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** No. 17 imported as published, and a correction of it open as revision 2, a draft. */
    private static Stores draftOf17(TestDatabase database) {
        Stores stores = Stores.on(database.fresh(), Readiness.class, PartChanges.class, Accounts.class);
        stores.transactions().executeWithoutResult(tx -> {
            stores.imports().importText("minsk-barometer-17.txt", Seed.text(), IssueImport.Options.NONE);
            stores.revisions().copyAsCorrection(stores.revisions().ref(17).orElseThrow(), "A correction");
        });
        return stores;
    }
}
