package org.barometer.publicdata;

import java.util.List;

import org.barometer.TestDatabase;
import org.barometer.issue.IssueRef;
import org.barometer.method.Catalogue;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.publicdata.PublishedDataTests.date;
import static org.barometer.publicdata.PublishedDataTests.descriptions;

/** Finding published events by any form of a word, in English or Russian, and the events most like one being typed. */
class EventSearchTests {

    /** Russia: a visit (+2), talks (+1), sanctions (-2), another visit (+3); the EU: a visit (-1); security: an exercise. */
    static Issue issue(int number, IssueStatus status) {
        Catalogue russia = new Catalogue(new Relationship("russia", "Russia"), List.of(
                new Event(date("14 September"), "Lukashenko's visit to Moscow", 2, "Визит Лукашенко в Москву", List.of()),
                new Event(date("20 September"), "Talks of the foreign ministers", 1, "Переговоры министров иностранных дел", List.of()),
                new Event(date("22 September"), "Sanctions against potash exports", -2, "Санкции против экспорта калия", List.of()),
                new Event(date("1 October"), "Prime minister's visit to Sochi", 3, "Визит премьер-министра в Сочи", List.of())));
        Catalogue eu = new Catalogue(new Relationship("eu", "the EU"), List.of(
                new Event(date("2 October"), "Visit of an EU delegation cancelled", -1, "Визит делегации ЕС отменён", List.of())));
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(date("Mid-September"), "Joint exercise near the border", -1, -2, "Совместные учения у границы", List.of())));
        Issue issue = new Issue(17, PublishedDataTests.PERIOD, "Monitoring No. " + number, status, null, null, List.of(russia, eu), security, List.of());
        return number == 17 ? issue : issue.withNumberAndPeriod(number, PublishedDataTests.issue(number, status, "").period());
    }

    private static PublishedData published17(TestDatabase database) {
        PublishedDataTests.Store store = PublishedDataTests.store(database);
        store.issues().insert(issue(17, IssueStatus.PUBLISHED), List.of());
        return store.published();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEnglishWordFindsItsOtherForms(TestDatabase database) {
        PublishedData published = published17(database);

        assertThat(descriptions(published.events(EventQuery.text("visits"))))
                .containsExactly("Lukashenko's visit to Moscow", "Prime minister's visit to Sochi", "Visit of an EU delegation cancelled");
        assertThat(descriptions(published.events(EventQuery.text("Visiting MOSCOW")))).containsExactly("Lukashenko's visit to Moscow");
        assertThat(descriptions(published.events(EventQuery.text("sanctioned")))).containsExactly("Sanctions against potash exports");
        assertThat(descriptions(published.events(EventQuery.text("visits").withRelationship("eu")))).containsExactly("Visit of an EU delegation cancelled");
        assertThat(descriptions(published.events(EventQuery.text("visits").withScores(3, null)))).containsExactly("Prime minister's visit to Sochi");
        assertThat(descriptions(published.events(EventQuery.text("visits Minsk")))).as("every word must be found").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRussianWordFindsItsOtherForms(TestDatabase database) {
        PublishedData published = published17(database);

        assertThat(descriptions(published.events(EventQuery.text("санкциями")))).containsExactly("Sanctions against potash exports");
        assertThat(descriptions(published.events(EventQuery.text("в Москве")))).containsExactly("Lukashenko's visit to Moscow");
        assertThat(descriptions(published.events(EventQuery.text("учений")))).containsExactly("Joint exercise near the border");
        assertThat(descriptions(published.events(EventQuery.text("переговорам министра")))).containsExactly("Talks of the foreign ministers");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPublicationIsFoundAsSoonAsItIsPublished(TestDatabase database) {
        PublishedDataTests.Store store = PublishedDataTests.store(database);
        store.issues().insert(PublishedDataTests.issue(16, IssueStatus.PUBLISHED, ""), List.of());
        store.issues().insert(issue(17, IssueStatus.IN_REVIEW), List.of());
        PublishedData published = store.published();
        assertThat(published.events(EventQuery.text("visits")).items()).as("not published yet").isEmpty();
        assertThat(published.suggestions("visit to Moscow", false, event -> true).isEmpty()).isTrue();

        IssueRef review = store.revisions().ref(17).orElseThrow();
        store.revisions().changeStatus(review, IssueStatus.PUBLISHED);

        assertThat(descriptions(published.events(EventQuery.text("visits")))).hasSize(3);
        assertThat(descriptions(published.events(EventQuery.text("summits")))).as("the issue published before is still found")
                .containsExactly("Summit in Sochi");
        assertThat(published.suggestions("visit to Moscow", false, event -> true).events().get(0).event().description())
                .isEqualTo("Lukashenko's visit to Moscow");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void suggestsTheFiveMostAlikeEventsOfAnyRelationshipWithTheirMedianScore(TestDatabase database) {
        PublishedData published = published17(database);

        Suggestions visit = published.suggestions("The president visits Moscow", false, event -> true);
        Suggestions russian = published.suggestions("Визиты в Москву", false, event -> true);

        assertThat(visit.events()).extracting(s -> s.event().description())
                .startsWith("Lukashenko's visit to Moscow").contains("Prime minister's visit to Sochi", "Visit of an EU delegation cancelled")
                .doesNotContain("Joint exercise near the border", "Sanctions against potash exports");
        assertThat(visit.median()).as("the median of +2, +3 and -1").isEqualTo(2.0);
        assertThat(russian.events().get(0).event().description()).isEqualTo("Lukashenko's visit to Moscow");
        assertThat(published.suggestions("ministers talks sanctions visit", false, event -> true).events()).hasSize(Suggestions.COUNT);
        assertThat(published.suggestions("visit", false, event -> !event.relationship().equals("eu")).median()).as("median of +2 and +3").isEqualTo(2.5);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void securityEventsAreSuggestedOnlyForSecurityWithBothMedians(TestDatabase database) {
        Suggestions exercise = published17(database).suggestions("exercises at the border", true, event -> true);

        assertThat(exercise.events()).extracting(s -> s.event().description()).containsExactly("Joint exercise near the border");
        assertThat(exercise.median()).isNull();
        assertThat(exercise.nationalMedian()).isEqualTo(-1.0);
        assertThat(exercise.regionalMedian()).isEqualTo(-2.0);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nothingPublishedOrNothingAlikeSuggestsNothing(TestDatabase database) {
        PublishedDataTests.Store store = PublishedDataTests.store(database);
        store.issues().insert(issue(17, IssueStatus.DRAFT), List.of());
        assertThat(store.published().suggestions("visit to Moscow", false, event -> true).isEmpty()).isTrue();

        store.issues().insert(issue(16, IssueStatus.PUBLISHED), List.of());
        Suggestions none = store.published().suggestions("earthquake", false, event -> true);

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.median()).isNull();
        assertThat(store.published().suggestions("  ", false, event -> true).isEmpty()).isTrue();
        assertThat(store.published().suggestions("the of", false, event -> true).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTextOfThousandsOfDifferentWordsIsSearchedNotRefused(TestDatabase database) {
        PublishedData published = published17(database);
        String words = java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "word" + i).collect(java.util.stream.Collectors.joining(" "));

        assertThat(published.events(EventQuery.text(words)).items()).isEmpty();
        assertThat(published.suggestions("visit " + words, false, event -> true).events()).hasSize(3);
    }

    @Test
    void aMedianIsShownSigned() {
        assertThat(Suggestions.signed(2.0)).isEqualTo("+2");
        assertThat(Suggestions.signed(-1.5)).isEqualTo("-1.5");
        assertThat(Suggestions.signed(0.0)).isEqualTo("0");
        assertThat(Suggestions.signed(null)).isEmpty();
        assertThat(Suggestions.median(new int[] {-3, 1, 2})).isEqualTo(1.0);
        assertThat(Suggestions.median(new int[] {-3, 0, 1, 2})).isEqualTo(0.5);
    }
}
