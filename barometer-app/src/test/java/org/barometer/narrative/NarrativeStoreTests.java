package org.barometer.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.issue.IssueRef;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.SecurityCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Narrative texts in the store, on H2 and on PostgreSQL: a save never replaces a text someone else saved since. */
class NarrativeStoreTests {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void savesATextAsVersionOneAndEachChangeAsTheNext(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        NarrativeStore store = stores.get(NarrativeStore.class);
        long issue = issue(stores, 1);

        assertThat(store.insert(issue, "russia", "trends", "en", "1. First trend")).isTrue();
        assertThat(store.update(issue, "russia", "trends", "en", "1. First trend, revised", 1)).isTrue();

        assertThat(store.find(issue, "russia", "trends", "en"))
                .contains(new NarrativeText("russia", "trends", "en", "1. First trend, revised", 2));
        assertThat(store.find(issue, "russia", "trends", "ru")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesToReplaceATextChangedSinceItWasRead(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        NarrativeStore store = stores.get(NarrativeStore.class);
        long issue = issue(stores, 1);
        store.insert(issue, "national", "forecast", "ru", "Прогноз первый");

        assertThat(store.insert(issue, "national", "forecast", "ru", "Прогноз второй")).isFalse();
        assertThat(store.update(issue, "national", "forecast", "ru", "Прогноз третий", 0)).isFalse();
        assertThat(store.update(issue, "national", "forecast", "ru", "Прогноз третий", 1)).isTrue();
        assertThat(store.update(issue, "national", "forecast", "ru", "Прогноз четвёртый", 1)).isFalse();

        assertThat(store.find(issue, "national", "forecast", "ru")).map(NarrativeText::markdown).contains("Прогноз третий");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void copiesEveryTextOfARevisionIntoAnother(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        NarrativeStore store = stores.get(NarrativeStore.class);
        long first = issue(stores, 1);
        long other = issue(stores, 2);
        store.insert(first, "foreword", "text", "en", "Dear reader,");
        store.insert(first, "foreword", "signature", "en", "The editor");
        store.insert(other, "regional", "trends", "en", "Not part of the copy");

        IssueRef from = stores.revisions().ref(1).orElseThrow();
        IssueRef to = stores.revisions().copyAsCorrection(from, "copy");
        store.copy(from.id(), to.id());
        store.update(to.id(), "foreword", "text", "en", "Dear readers,", 1);

        assertThat(store.all(to.id())).extracting(NarrativeText::part, NarrativeText::markdown)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("signature", "The editor"),
                        org.assertj.core.groups.Tuple.tuple("text", "Dear readers,"));
        assertThat(store.all(first)).extracting(NarrativeText::markdown).containsExactly("The editor", "Dear reader,");
    }

    /** Stores an issue as published and returns the id of its row. */
    private static long issue(Stores stores, int number) {
        stores.issues().insert(new Issue(number, Period.of("2020-01", "2020-02"), "Narrative storage", IssueStatus.PUBLISHED, null, null,
                List.of(), SecurityCatalogue.EMPTY, List.of()), List.of());
        return stores.revisions().ref(number).orElseThrow().id();
    }
}
