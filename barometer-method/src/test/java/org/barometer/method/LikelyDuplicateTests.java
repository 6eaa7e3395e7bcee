package org.barometer.method;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LikelyDuplicateTests {

    static final Period PERIOD = Period.of("2023-03", "2023-04");
    static final LikelyDuplicate.Described TALKS = described("14 March", "Foreign ministers hold talks in the capital");

    @Test
    void similarityIsSharedWordsOverAllWordsIgnoringCaseAndPunctuation() {
        assertThat(LikelyDuplicate.similarity("Talks held, in Minsk.", "talks HELD in minsk")).isEqualTo(1.0);
        assertThat(LikelyDuplicate.similarity("a b c d", "a b c e")).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(LikelyDuplicate.similarity("", "anything")).isZero();
    }

    @Test
    void aSameDatedEventDescribedAlikeIsALikelyDuplicate() {
        assertThat(LikelyDuplicate.of(TALKS, described("14 March", "Foreign ministers hold talks in capital"))).isTrue();
    }

    @Test
    void alikeTextOnAnotherDateIsNot() {
        assertThat(LikelyDuplicate.of(TALKS, described("15 March", "Foreign ministers hold talks in the capital"))).isFalse();
    }

    @Test
    void theSameDateWithDifferentTextIsNot() {
        assertThat(LikelyDuplicate.of(TALKS, described("14 March", "Trade ministers sign a customs protocol"))).isFalse();
    }

    @Test
    void theSameDateWrittenInRussianCountsAsTheSameDate() {
        assertThat(LikelyDuplicate.of(TALKS, described("14 марта", "Foreign ministers hold talks in the capital"))).isTrue();
    }

    @Test
    void anUnreadableDateMatchesOnlyAsWritten() {
        assertThat(LikelyDuplicate.of(new LikelyDuplicate.Described("14 Marhc", null, "Foreign ministers hold talks in the capital", ""),
                TALKS)).isFalse();
        assertThat(LikelyDuplicate.of(new LikelyDuplicate.Described("14 March", null, "Foreign ministers hold talks in the capital", ""),
                TALKS)).isTrue();
    }

    private static LikelyDuplicate.Described described(String written, String description) {
        return new LikelyDuplicate.Described(written, DateExpression.parse(written, PERIOD), description, "");
    }
}
