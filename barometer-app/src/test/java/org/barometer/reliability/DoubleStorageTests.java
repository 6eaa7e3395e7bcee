package org.barometer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.account.Accounts;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.audit.ChangeLog;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueRef;
import org.barometer.issue.StoredEvent;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

/** Samples, second scores and the editor's decisions, as the store keeps them on H2 and on PostgreSQL. */
class DoubleStorageTests {

    static final Actor EDITOR = new Actor("editor", Role.EDITOR, Set.of(), false);
    static final Actor RUSSIA = new Actor("analyst-russia", Role.ANALYST, Set.of("russia"), false);
    static final Actor EU = new Actor("analyst-eu", Role.ANALYST, Set.of("eu"), false);
    static final Actor REVIEWER = new Actor("reviewer", Role.REVIEWER, Set.of(), false);

    @Test
    void theSameSeedDrawsTheSameEventsWhateverTheirOrderAndAnotherSeedOthers() {
        List<String> uids = List.of("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10");

        List<String> drawn = DoubleScoring.draw(uids, 30, 42);

        assertThat(drawn).hasSize(3).isSubsetOf(uids);
        assertThat(DoubleScoring.draw(List.of("e10", "e9", "e8", "e7", "e6", "e5", "e4", "e3", "e2", "e1"), 30, 42)).isEqualTo(drawn);
        assertThat(DoubleScoring.draw(uids, 30, 43)).isNotEqualTo(drawn);
        assertThat(DoubleScoring.draw(uids, 1, 42)).hasSize(1);
        assertThat(DoubleScoring.draw(uids, 0, 42)).isEmpty();
        assertThat(DoubleScoring.draw(uids, 100, 42)).containsExactlyInAnyOrderElementsOf(uids);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDrawnSampleIsStoredWithItsSeedAndDrawingAgainWithTheSeedKeepsTheEvents(TestDatabase database) {
        Stores stores = draftOf17(database);
        DoubleScoring scoring = stores.get(DoubleScoring.class);
        IssueRef draft = stores.revisions().ref(17).orElseThrow();

        scoring.draw(EDITOR, 17, "russia", 30, 7L, "analyst-eu");
        List<String> first = sampled(scoring, draft);
        scoring.draw(EDITOR, 17, "russia", 30, 7L, "analyst-eu");

        int events = stores.events().catalogue(draft.id(), "russia").size();
        assertThat(first).hasSize((int) Math.ceil(events * 0.3)).isEqualTo(sampled(scoring, draft));
        assertThat(scoring.sample(draft.id(), "russia")).hasValueSatisfying(sample -> {
            assertThat(sample.seed()).isEqualTo(7L);
            assertThat(sample.sharePercent()).isEqualTo(30);
            assertThat(sample.secondCoder()).isEqualTo("analyst-eu");
        });
        scoring.draw(EDITOR, 17, "russia", 30, null, null);
        assertThat(scoring.sample(draft.id(), "russia").orElseThrow().seed()).as("a seed is made and kept").isPositive();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theEditorsDecisionBecomesTheScoreOfRecordAndTheHistoryKeepsBothScores(TestDatabase database) {
        Stores stores = draftOf17(database);
        DoubleScoring scoring = stores.get(DoubleScoring.class);
        IssueRef draft = stores.revisions().ref(17).orElseThrow();
        scoring.draw(EDITOR, 17, "russia", 30, 7L, "analyst-eu");
        List<String> sampled = sampled(scoring, draft);
        StoredEvent disputed = event(stores, draft, sampled.get(0));
        int first = disputed.content().scores().get(0);
        int far = first <= 0 ? first + 2 : first - 2;
        scoring.score(EU, 17, "russia", sampled.get(0), List.of(far));
        for (String uid : sampled.subList(1, sampled.size())) {
            scoring.score(EU, 17, "russia", uid, event(stores, draft, uid).content().scores());
        }
        assertThat(scoring.pairs(draft.id(), "russia")).filteredOn(DoubleScoring.Pair::awaitsDecision).extracting(DoubleScoring.Pair::uid)
                .containsExactly(sampled.get(0));
        int before = aggregate(stores, draft);

        scoring.adjudicate(EDITOR, 17, "russia", sampled.get(0), List.of(far), "The second reading <b>fits</b> the sources");

        assertThat(event(stores, draft, sampled.get(0)).content().scores()).containsExactly(far);
        assertThat(aggregate(stores, draft)).isEqualTo(before - first + far);
        assertThat(scoring.pairs(draft.id(), "russia")).noneMatch(DoubleScoring.Pair::awaitsDecision)
                .filteredOn(pair -> pair.uid().equals(sampled.get(0))).singleElement()
                .satisfies(pair -> assertThat(pair.first()).as("alpha still compares the blind scores").containsExactly(first));
        assertThat(stores.get(ChangeLog.class).forIssue(17)).first().satisfies(change -> {
            assertThat(change.action()).isEqualTo(ChangeLog.Action.ADJUDICATE);
            assertThat(change.before()).contains("\"first\":\"" + org.barometer.method.Scores.signed(first) + "\"")
                    .contains("\"second\":\"" + org.barometer.method.Scores.signed(far) + "\"");
            assertThat(change.after()).contains("The second reading <b>fits</b> the sources");
        });
        PartReliability russia = scoring.reliability(draft.id()).get(0);
        assertThat(russia.part()).isEqualTo("russia");
        assertThat(russia.agreement().events()).isEqualTo(sampled.size());
        assertThat(russia.agreement()).isEqualTo(Agreement.of(scoring.pairs(draft.id(), "russia").stream()
                .map(pair -> new DoubleScore(pair.eventId(), pair.first().get(0), pair.second().get(0))).toList()));
        assertThat(russia.ofRecord()).isEqualTo(aggregate(stores, draft));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badInputAndTheWrongPeopleChangeNothing(TestDatabase database) {
        Stores stores = draftOf17(database);
        DoubleScoring scoring = stores.get(DoubleScoring.class);
        IssueRef draft = stores.revisions().ref(17).orElseThrow();
        scoring.draw(EDITOR, 17, "russia", 30, 7L, "reviewer");
        String uid = sampled(scoring, draft).get(0);
        int logged = stores.get(ChangeLog.class).forIssue(17).size();

        assertThatThrownBy(() -> scoring.draw(EDITOR, 17, "russia", 30, 7L, "analyst-russia")).as("the catalogue's own analyst")
                .isInstanceOf(DoubleScoring.Refused.class);
        assertThatThrownBy(() -> scoring.draw(EDITOR, 17, "russia", 130, 7L, "reviewer")).isInstanceOf(DoubleScoring.Refused.class);
        assertThatThrownBy(() -> scoring.draw(RUSSIA, 17, "russia", 30, 8L, "reviewer")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scoring.score(EU, 17, "russia", uid, List.of(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scoring.score(RUSSIA, 17, "russia", uid, List.of(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scoring.score(REVIEWER, 17, "russia", uid, List.of(9))).isInstanceOf(DoubleScoring.Refused.class);
        scoring.score(REVIEWER, 17, "russia", uid, List.of(3));
        assertThatThrownBy(() -> scoring.adjudicate(EDITOR, 17, "russia", uid, List.of(1), "  ")).isInstanceOf(DoubleScoring.Refused.class);
        assertThatThrownBy(() -> scoring.adjudicate(REVIEWER, 17, "russia", uid, List.of(1), "mine")).isInstanceOf(AccessDeniedException.class);

        assertThat(scoring.sample(draft.id(), "russia").orElseThrow().secondCoder()).isEqualTo("reviewer");
        assertThat(stores.get(ChangeLog.class).forIssue(17)).hasSize(logged + 1);
        assertThat(scoring.pairs(draft.id(), "russia")).singleElement().satisfies(pair -> assertThat(pair.second()).containsExactly(3));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorrectionCarriesTheDoubleScoresAndAPublishedRevisionIsNotChanged(TestDatabase database) {
        Stores stores = draftOf17(database);
        DoubleScoring scoring = stores.get(DoubleScoring.class);
        scoring.draw(EDITOR, 17, "security", 50, 3L, "reviewer");
        IssueRef second = stores.revisions().ref(17).orElseThrow();
        String uid = sampled(scoring, second).get(0);
        scoring.score(REVIEWER, 17, "security", uid, List.of(-3, 3));
        String disputedFirst = event(stores, second, uid).content().scores().toString();
        scoring.adjudicate(EDITOR, 17, "security", uid, List.of(-3, 3), "decided");
        stores.transactions().executeWithoutResult(tx -> stores.revisions().changeStatus(second, IssueStatus.PUBLISHED));

        assertThatThrownBy(() -> scoring.score(REVIEWER, 17, "security", uid, List.of(0, 0))).isInstanceOf(AccessDeniedException.class);
        IssueRef third = stores.transactions().execute(tx -> stores.revisions().copyAsCorrection(stores.revisions().ref(17).orElseThrow(), "Again"));

        assertThat(scoring.sample(third.id(), "security")).hasValueSatisfying(sample -> assertThat(sample.seed()).isEqualTo(3L));
        assertThat(scoring.pairs(third.id(), "security")).singleElement().satisfies(pair -> {
            assertThat(pair.second()).containsExactly(-3, 3);
            assertThat(pair.first().toString()).isEqualTo(disputedFirst);
            assertThat(pair.decision()).hasValueSatisfying(decision -> assertThat(decision.reason()).isEqualTo("decided"));
        });
        assertThat(scoring.reliability(third.id())).extracting(PartReliability::part).endsWith("national", "regional");
        assertThat(scoring.reliability(third.id())).filteredOn(part -> part.part().equals("regional")).singleElement()
                .satisfies(part -> assertThat(part.agreement().events()).isEqualTo(1));
    }

    private static List<String> sampled(DoubleScoring scoring, IssueRef ref) {
        return scoring.seconds(ref.id(), null).stream().map(DoubleStore.Second::uid).toList();
    }

    private static StoredEvent event(Stores stores, IssueRef ref, String uid) {
        return stores.events().ofRevisions(List.of(ref.id())).stream().filter(e -> e.uid().equals(uid)).findFirst().orElseThrow();
    }

    private static int aggregate(Stores stores, IssueRef ref) {
        return stores.events().catalogue(ref.id(), "russia").stream().mapToInt(e -> e.content().scores().get(0)).sum();
    }

    /** No. 17 imported as published, a correction of it open as revision 2, and a second coder of each kind. */
    static Stores draftOf17(TestDatabase database) {
        Stores stores = Stores.on(database.fresh(), DoubleScoring.class, Accounts.class);
        stores.transactions().executeWithoutResult(tx -> {
            stores.imports().importText("minsk-barometer-17.txt", Seed.text(), IssueImport.Options.NONE);
            stores.revisions().copyAsCorrection(stores.revisions().ref(17).orElseThrow(), "A correction");
        });
        Accounts accounts = stores.get(Accounts.class);
        accounts.add("analyst-russia", "a-long-password", Role.ANALYST, Set.of("russia"), false);
        accounts.add("analyst-eu", "a-long-password", Role.ANALYST, Set.of("eu"), false);
        accounts.add("reviewer", "a-long-password", Role.REVIEWER, Set.of(), false);
        return stores;
    }
}
