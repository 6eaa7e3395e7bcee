package org.barometer.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.account.Accounts;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueRef;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.StatedFigure;
import org.barometer.narrative.Narratives;
import org.barometer.readiness.Readiness;
import org.barometer.workspace.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every kind of finding, worked out from a revision as stored, and the editor's acknowledgements of them, on H2 and on
 * PostgreSQL.
 */
class IssueFindingsTests {

    static final Period PERIOD = Period.of("2023-03", "2023-04");
    static final Actor EDITOR = new Actor("editor", Role.EDITOR, Set.of(), false);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsEveryKindInTheRevisionAsStored(TestDatabase database) {
        try (Stores stores = stores(database)) {
            IssueRef ref = draft(stores, 5);
            long may = eventId(stores, ref, "14 May");
            long strong = eventId(stores, ref, "20 March");
            List<Long> talks = stores.jdbc().sql("select id from event where issue_id = ? and date_written = '3 March' order by seq")
                    .param(ref.id()).query(Long.class).list();

            assertThat(stores.get(IssueFindings.class).of(ref)).extracting(IssueFinding::key, IssueFinding::kind, IssueFinding::message,
                            IssueFinding::removable)
                    .startsWith(
                            tuple("mismatch-russia-aggregate", "mismatch", "findings.mismatch", false),
                            tuple("date-russia-" + may, "date-outside-period", "findings.date-outside-period", false),
                            tuple("score-russia-" + strong + "-score", "score-out-of-bound", "findings.score-out-of-bound", false),
                            tuple("duplicate-russia-" + talks.get(0) + "-" + talks.get(1), "duplicate", "findings.duplicate", false),
                            tuple("empty-eu", "empty-catalogue", "findings.empty-catalogue", true),
                            tuple("empty-security", "empty-catalogue", "findings.empty-catalogue", false),
                            tuple("not-ready-russia", "part-not-ready", "findings.part-not-ready", false),
                            tuple("not-ready-eu", "part-not-ready", "findings.part-not-ready", false),
                            tuple("not-ready-security", "part-not-ready", "findings.part-not-ready", false),
                            tuple("not-ready-foreword", "part-not-ready", "findings.part-not-ready", false),
                            tuple("narrative-cover-publisher", "narrative-missing", "findings.narrative-missing.both", false),
                            tuple("narrative-foreword-text", "narrative-missing", "findings.narrative-missing.ru", false),
                            tuple("narrative-foreword-signature", "narrative-missing", "findings.narrative-missing.en", false));
            List<IssueFinding> all = stores.get(IssueFindings.class).of(ref);
            assertThat(all).extracting(IssueFinding::key).contains("narrative-russia-trends", "narrative-eu-forecast", "narrative-national-trends",
                    "narrative-acknowledgements-thanks").endsWith("authors");
            assertThat(all).filteredOn(finding -> finding.subject().equals("russia")).extracting(IssueFinding::kind)
                    .containsExactly("mismatch", "date-outside-period", "score-out-of-bound", "duplicate", "part-not-ready", "narrative-missing",
                            "narrative-missing", "narrative-missing");
            assertThat(all).noneMatch(IssueFinding::acknowledged);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAcknowledgementIsKeptWithItsReasonAndInTheChangeLog(TestDatabase database) {
        try (Stores stores = stores(database)) {
            IssueRef ref = draft(stores, 6);
            IssueFindings findings = stores.get(IssueFindings.class);

            findings.acknowledge(EDITOR, 6, "empty-eu", "  The EU is not covered this time.  ");

            assertThat(findings.of(ref, "eu")).filteredOn(IssueFinding::acknowledged).singleElement().satisfies(finding -> {
                assertThat(finding.key()).isEqualTo("empty-eu");
                assertThat(finding.acknowledgement().reason()).isEqualTo("The EU is not covered this time.");
                assertThat(finding.acknowledgement().by()).isEqualTo("editor");
                assertThat(finding.acknowledgement().at()).isNotNull();
            });
            assertThat(findings.open(ref)).extracting(IssueFinding::key).doesNotContain("empty-eu").contains("empty-security");
            assertThat(stores.get(ChangeLog.class).forIssue(6)).first().satisfies(change -> {
                assertThat(change.entity()).isEqualTo(ChangeLog.Entity.FINDING);
                assertThat(change.action()).isEqualTo(ChangeLog.Action.ACKNOWLEDGE);
                assertThat(change.account()).isEqualTo("editor");
                assertThat(change.after()).contains("\"reason\":\"The EU is not covered this time.\"");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAcknowledgementOfAFindingThatWasFixedIsNotShown(TestDatabase database) {
        try (Stores stores = stores(database)) {
            IssueRef ref = draft(stores, 7);
            IssueFindings findings = stores.get(IssueFindings.class);
            long may = eventId(stores, ref, "14 May");
            findings.acknowledge(EDITOR, 7, "date-russia-" + may, "Announced in the period");

            stores.jdbc().sql("update event set date_written = '14 April', date_start = '2023-04-14', date_end = '2023-04-14' where id = ?")
                    .param(may).update();

            assertThat(findings.of(ref)).extracting(IssueFinding::key).doesNotContain("date-russia-" + may);
            assertThat(findings.of(ref)).noneMatch(IssueFinding::acknowledged);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesAnAcknowledgementWithoutAReasonOrTooLongOrOfNoFindingOrByAnAnalystOrOfAPublishedIssue(TestDatabase database) {
        try (Stores stores = stores(database)) {
            IssueRef ref = draft(stores, 8);
            IssueFindings findings = stores.get(IssueFindings.class);

            assertThatThrownBy(() -> findings.acknowledge(EDITOR, 8, "empty-eu", "   "))
                    .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.problem().key()).isEqualTo("findings.error.reason-required"));
            assertThatThrownBy(() -> findings.acknowledge(EDITOR, 8, "empty-eu", "x".repeat(2_001)))
                    .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.problem().key()).isEqualTo("findings.error.reason-refused"));
            assertThatThrownBy(() -> findings.acknowledge(EDITOR, 8, "empty-nowhere", "Why not"))
                    .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.problem().key()).isEqualTo("findings.error.gone"));
            assertThatThrownBy(() -> findings.acknowledge(new Actor("analyst-russia", Role.ANALYST, Set.of("russia"), false), 8, "empty-eu", "Fine"))
                    .isInstanceOf(AccessDeniedException.class);
            stores.jdbc().sql("update issue set status = 'PUBLISHED' where id = ?").param(ref.id()).update();
            assertThatThrownBy(() -> findings.acknowledge(EDITOR, 8, "empty-eu", "Fine")).isInstanceOf(AccessDeniedException.class);

            assertThat(stores.jdbc().sql("select count(*) from finding_acknowledgement").query(Integer.class).single()).isZero();
            assertThat(stores.get(ChangeLog.class).forIssue(8)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsEveryPartItsOwnerHasNotMarkedReady(TestDatabase database) {
        try (Stores stores = stores(database)) {
            IssueRef ref = draft(stores, 9);
            stores.jdbc().sql("insert into part_state (issue_id, part, state, changed_by) values (?, 'russia', 'READY', 'analyst-russia')")
                    .param(ref.id()).update();

            assertThat(stores.get(IssueFindings.class).of(ref)).filteredOn(finding -> finding.kind().equals("part-not-ready"))
                    .extracting(IssueFinding::key, IssueFinding::subject)
                    .containsExactly(tuple("not-ready-eu", "eu"), tuple("not-ready-security", "security"), tuple("not-ready-foreword", "foreword"));
        }
    }

    private static Stores stores(TestDatabase database) {
        return Stores.on(database.fresh(), Narratives.class, org.barometer.narrative.Forecasts.class, IssueFindings.class, Readiness.class, Accounts.class);
    }

    /**
     * A draft for March and April 2023: Russia with an event dated in May, a score of +5, two entries of one event and a
     * stated aggregate it does not add up to; the EU and the security catalogue without events; the foreword's text in
     * English only and its signature in Russian only; no author.
     */
    private static IssueRef draft(Stores stores, int number) {
        Catalogue russia = new Catalogue(new Relationship("russia", "Russia"), List.of(
                new Event(date("3 March"), "Ministers agree to build a joint grain terminal", 2),
                new Event(date("3 March"), "Ministers agree to build the joint grain terminal", 2),
                new Event(date("14 May"), "A late visit", 1),
                new Event(date("20 March"), "An unheard-of treaty", 5)));
        Catalogue eu = new Catalogue(new Relationship("eu", "the EU"), List.of());
        Issue issue = new Issue(number, PERIOD, "Invented monitoring", IssueStatus.DRAFT, ScoreBound.DEFAULT, null, List.of(russia, eu),
                new SecurityCatalogue(List.of()), List.of(new StatedFigure("russia", Figure.AGGREGATE, "+9")));
        stores.transactions().executeWithoutResult(tx -> stores.issues().insert(issue, List.of()));
        IssueRef ref = stores.revisions().ref(number).orElseThrow();
        stores.jdbc().sql("insert into narrative (issue_id, subject, part, language, body) values (?, 'foreword', 'text', 'en', 'Dear readers')")
                .param(ref.id()).update();
        stores.jdbc().sql("insert into narrative (issue_id, subject, part, language, body) values (?, 'foreword', 'signature', 'ru', 'Редактор')")
                .param(ref.id()).update();
        return ref;
    }

    private static long eventId(Stores stores, IssueRef ref, String written) {
        return stores.jdbc().sql("select id from event where issue_id = ? and date_written = ?").params(ref.id(), written).query(Long.class).single();
    }

    private static DateExpression date(String written) {
        return DateExpression.parse(written, PERIOD);
    }
}
