package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventTests {

    static final Period PERIOD = Period.of("2020-09", "2020-10");
    static final DateExpression DAY = DateExpression.parse("3 September", PERIOD);

    @Test
    void givesTheDescriptionInTheLanguageAskedForAndFallsBackToTheOther() {
        Event both = new Event(DAY, "Talks in Minsk", 1, "Переговоры в Минске", List.of());
        Event englishOnly = new Event(DAY, "Talks in Minsk", 1);
        Event russianOnly = new Event(DAY, "", 1, "Переговоры в Минске", List.of());

        assertThat(both.text("en")).isEqualTo("Talks in Minsk");
        assertThat(both.text("ru")).isEqualTo("Переговоры в Минске");
        assertThat(englishOnly.text("ru")).isEqualTo("Talks in Minsk");
        assertThat(russianOnly.text("en")).isEqualTo("Переговоры в Минске");

        assertThat(both.textLanguage("en")).isEqualTo("en");
        assertThat(both.textLanguage("ru")).isEqualTo("ru");
        assertThat(englishOnly.textLanguage("ru")).isEqualTo("en");
        assertThat(russianOnly.textLanguage("en")).isEqualTo("ru");
        assertThat(new SecurityEvent(DAY, "", 0, -1, "Учения", List.of()).textLanguage("en")).isEqualTo("ru");
    }

    @Test
    void refusesAnEventWithoutAnyDescription() {
        assertThatThrownBy(() -> new Event(DAY, " ", 1, null, List.of()))
                .hasMessage("an event needs a description in English or in Russian");
        assertThatThrownBy(() -> new SecurityEvent(DAY, "", 0, -1, "", List.of()))
                .hasMessage("an event needs a description in English or in Russian");
    }

    @Test
    void keepsItsOwnCopyOfTheSources() {
        List<String> sources = new ArrayList<>(List.of("https://example.org/a"));
        Event event = new Event(DAY, "Talks", 1, "", sources);
        sources.add("https://example.org/b");

        assertThat(event.sources()).containsExactly("https://example.org/a");
    }
}
