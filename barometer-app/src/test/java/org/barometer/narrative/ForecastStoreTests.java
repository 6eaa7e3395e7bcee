package org.barometer.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.issue.IssueRef;
import org.barometer.method.Figure;
import org.barometer.method.ForecastStatement;
import org.barometer.method.ForecastStatement.Comparison;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.SecurityCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Forecast statements in the store, on H2 and on PostgreSQL: read back exactly, through the statement's own checks. */
class ForecastStoreTests {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsEveryKindOfStatementInTheOrderItWasAdded(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        ForecastStore store = stores.get(ForecastStore.class);
        long issue = issue(stores, 17);
        List<ForecastStatement> statements = List.of(
                ForecastStatement.aboutNext(17, "russia", Figure.AGGREGATE, Comparison.ABOVE, List.of(-2), null, 0.7),
                new ForecastStatement(17, 19, "china", Figure.POSITIVE, Comparison.BETWEEN, List.of(3, 8), null, null),
                ForecastStatement.aboutNext(17, "security", Figure.LEVEL, Comparison.STAYS_IN, List.of(), "Green", 0.625),
                ForecastStatement.aboutNext(17, "security", Figure.NATIONAL, Comparison.CHANGES_SIGN, List.of(), null, 0.0));

        statements.forEach(statement -> store.insert(issue, statement));

        assertThat(store.all(issue)).extracting(StoredForecast::statement).containsExactlyElementsOf(statements);
        assertThat(store.all(issue)).extracting(StoredForecast::seq).containsExactly(1, 2, 3, 4);
        assertThat(store.all(issue)).extracting(StoredForecast::section).containsExactly("russia", "china", "regional", "national");
        assertThat(store.all(issue)).extracting(StoredForecast::low, StoredForecast::high, StoredForecast::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("\u22122", "", "70"), org.assertj.core.groups.Tuple.tuple("+3", "+8", ""),
                        org.assertj.core.groups.Tuple.tuple("", "", "62.5"), org.assertj.core.groups.Tuple.tuple("", "", "0"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorrectionCopiesTheStatementsAndRemovingOneLeavesTheOtherRevisionAlone(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        ForecastStore store = stores.get(ForecastStore.class);
        long first = issue(stores, 17);
        store.insert(first, ForecastStatement.aboutNext(17, "russia", Figure.NEGATIVE, Comparison.BELOW, List.of(-5), null, null));
        store.insert(first, ForecastStatement.aboutNext(17, "security", Figure.REGIONAL, Comparison.ABOVE, List.of(-3), null, 0.4));

        IssueRef from = stores.revisions().ref(17).orElseThrow();
        IssueRef to = stores.revisions().copyAsCorrection(from, "copy");
        store.copy(from.id(), to.id());
        assertThat(store.remove(to.id(), 1)).isTrue();
        assertThat(store.remove(to.id(), 1)).isFalse();

        assertThat(store.all(to.id())).extracting(s -> s.statement().figure()).containsExactly(Figure.REGIONAL);
        assertThat(store.all(List.of(from.id(), to.id()))).hasSize(3);
        assertThat(store.all(first)).hasSize(2);
        assertThat(store.insert(to.id(), ForecastStatement.aboutNext(17, "china", Figure.AGGREGATE, Comparison.ABOVE, List.of(0), null, null)))
                .isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorrectionTakesTheStatementsWithTheNarrative(TestDatabase database) {
        Stores stores = Stores.withPublications(database.fresh());
        long first = issue(stores, 17);
        stores.get(ForecastStore.class).insert(first, ForecastStatement.aboutNext(17, "security", Figure.NATIONAL, Comparison.ABOVE, List.of(-4), null, 0.55));
        IssueRef from = stores.revisions().ref(17).orElseThrow();
        IssueRef to = stores.revisions().copyAsCorrection(from, "a score was wrong");

        stores.get(Narratives.class).copy(from, to);

        assertThat(stores.get(Forecasts.class).of(to)).extracting(StoredForecast::statement)
                .containsExactly(ForecastStatement.aboutNext(17, "security", Figure.NATIONAL, Comparison.ABOVE, List.of(-4), null, 0.55));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRowTheStatementRefusesIsNeverReadAsAStatement(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        ForecastStore store = stores.get(ForecastStore.class);
        long issue = issue(stores, 17);
        stores.jdbc().sql("""
                insert into forecast_statement (issue_id, seq, subject, figure, comparison, threshold_low, about_issue)
                values (?, 1, 'russia', 'NATIONAL', 'ABOVE', 2, 18)""").param(issue).update();

        assertThatThrownBy(() -> store.all(issue)).hasMessageContaining("belongs to the security barometer");
    }

    /** Stores an issue as published and returns the id of its row. */
    private static long issue(Stores stores, int number) {
        stores.issues().insert(new Issue(number, Period.of("2020-01", "2020-02"), "Forecast storage", IssueStatus.PUBLISHED, null, null,
                List.of(), SecurityCatalogue.EMPTY, List.of()), List.of());
        return stores.revisions().ref(number).orElseThrow().id();
    }
}
