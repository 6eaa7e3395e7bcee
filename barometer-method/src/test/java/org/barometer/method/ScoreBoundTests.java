package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreBoundTests {

    @ParameterizedTest(name = "allows {0}")
    @ValueSource(ints = {-3, -2, -1, 0, 1, 2, 3})
    void defaultBoundAllowsMinusThreeToPlusThree(int score) {
        assertThat(ScoreBound.DEFAULT.allows(score)).isTrue();
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(ints = {-4, 4, -100, 100})
    void defaultBoundRefusesScoresBeyondThree(int score) {
        assertThat(ScoreBound.DEFAULT.allows(score)).isFalse();
    }

    @Test
    void writesTheBoundWithSigns() {
        assertThat(ScoreBound.DEFAULT).hasToString("-3..+3");
    }

    @Test
    void checkReturnsAnAllowedScore() {
        assertThat(ScoreBound.DEFAULT.check("score", -3)).isEqualTo(-3);
        assertThat(ScoreBound.DEFAULT.check("score", 3)).isEqualTo(3);
    }

    @Test
    void checkRefusesScoreOutsideBoundNamingTheFieldAndTheScore() {
        assertThatThrownBy(() -> ScoreBound.DEFAULT.check("national", 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("national")
                .hasMessageContaining("+4")
                .hasMessageContaining("-3..+3");
        assertThatThrownBy(() -> ScoreBound.DEFAULT.check("regional", -4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regional -4");
    }

    @ParameterizedTest(name = "refuses {0}..{1}")
    @CsvSource({"1, 3", "-3, -1", "0, 0", "3, -3", "0, 3", "-3, 0"})
    void refusesBoundThatDoesNotRunThroughZeroFromNegativeToPositive(int lowest, int highest) {
        assertThatThrownBy(() -> new ScoreBound(lowest, highest))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Scores.signed(lowest) + ".." + Scores.signed(highest));
    }

    @Test
    void acceptsCustomBound() {
        ScoreBound bound = new ScoreBound(-5, 5);

        assertThat(bound.allows(-5)).isTrue();
        assertThat(bound.allows(5)).isTrue();
        assertThat(bound.allows(4)).isTrue();
        assertThat(bound.allows(-6)).isFalse();
        assertThat(bound.allows(6)).isFalse();
        assertThat(bound.check("score", 5)).isEqualTo(5);
        assertThatThrownBy(() -> bound.check("score", 6)).hasMessageContaining("score +6");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"+2, 2", "-1, -1", "0, 0", "\u22121, -1", "' +3 ', 3", "-12, -12"})
    void readsScoresAsPublicationsWriteThem(String text, int score) {
        assertThat(Scores.parse(text)).isEqualTo(score);
        assertThat(Scores.isScore(text)).isTrue();
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {"+x", "", "1.5", "two", "+"})
    void refusesTextThatIsNotAWholeNumberQuotingIt(String text) {
        assertThatThrownBy(() -> Scores.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
        assertThat(Scores.isScore(text)).isFalse();
    }

    @ParameterizedTest(name = "{0} is written \"{1}\"")
    @CsvSource({"2, +2", "0, 0", "-1, -1"})
    void writesPositiveFiguresWithAPlusSign(int value, String written) {
        assertThat(Scores.signed(value)).isEqualTo(written);
    }
}
