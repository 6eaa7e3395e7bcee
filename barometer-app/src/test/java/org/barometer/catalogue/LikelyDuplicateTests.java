package org.barometer.catalogue;

import java.util.List;

import org.barometer.issue.EventContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LikelyDuplicateTests {

    static final Entry TALKS = new Entry(1, 0, new EventContent(Issues.date("14 March"), "Foreign ministers hold talks in the capital", "", List.of(),
            List.of(1)));

    @Test
    void similarityIsSharedWordsOverAllWordsIgnoringCaseAndPunctuation() {
        assertThat(LikelyDuplicate.similarity("Talks held, in Minsk.", "talks HELD in minsk")).isEqualTo(1.0);
        assertThat(LikelyDuplicate.similarity("a b c d", "a b c e")).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(LikelyDuplicate.similarity("", "anything")).isZero();
    }

    @Test
    void aSameDatedEventDescribedAlikeIsALikelyDuplicate() {
        assertThat(LikelyDuplicate.of(TALKS, "14 March", Issues.date("14 March"), "Foreign ministers hold talks in capital", "")).isTrue();
    }

    @Test
    void alikeTextOnAnotherDateIsNot() {
        assertThat(LikelyDuplicate.of(TALKS, "15 March", Issues.date("15 March"), "Foreign ministers hold talks in the capital", "")).isFalse();
    }

    @Test
    void theSameDateWithDifferentTextIsNot() {
        assertThat(LikelyDuplicate.of(TALKS, "14 March", Issues.date("14 March"), "Trade ministers sign a customs protocol", "")).isFalse();
    }

    @Test
    void theSameDateWrittenInRussianCountsAsTheSameDate() {
        assertThat(LikelyDuplicate.of(TALKS, "14 марта", Issues.date("14 марта"), "Foreign ministers hold talks in the capital", "")).isTrue();
    }
}
