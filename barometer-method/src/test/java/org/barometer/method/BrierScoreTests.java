package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.barometer.method.ForecastIssues.graded;
import static org.barometer.method.ForecastIssues.next;
import static org.barometer.method.ForecastStatement.Comparison.ABOVE;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrierScoreTests {

    @ParameterizedTest(name = "{0} that came {1}: {2}")
    @CsvSource({
        // (0.8 - 1)^2 = 0.04; (0.8 - 0)^2 = 0.64
        "0.8, true, 0.04", "0.8, false, 0.64",
        // (0.5 - 1)^2 = (0.5 - 0)^2 = 0.25, whatever happens
        "0.5, true, 0.25", "0.5, false, 0.25",
        // a sure forecast: (1 - 1)^2 = 0 when right, (1 - 0)^2 = 1 when wrong
        "1, true, 0", "1, false, 1",
        // (0.3 - 1)^2 = 0.49
        "0.3, true, 0.49"})
    void isTheSquaredDistanceFromWhatHappened(double probability, boolean cameTrue, double brier) {
        assertThat(BrierScore.of(probability, cameTrue).value()).isCloseTo(brier, within(1e-12));
    }

    /** Published as written (open data, API): the decimal a reader works out by hand, not a binary neighbour of it. */
    @ParameterizedTest(name = "{0} that came {1}: exactly {2}")
    @CsvSource({
        // (0.7 - 1)^2 = 0.3^2 = 0.09; in binary doubles it would come out 0.09000000000000002
        "0.7, true, 0.09",
        // (0.9 - 1)^2 = 0.01; (0.35 - 0)^2 = 0.1225
        "0.9, true, 0.01", "0.35, false, 0.1225"})
    void isExactlyTheDecimalOfTheProbabilityAsWritten(double probability, boolean cameTrue, String brier) {
        assertThat(Double.toString(BrierScore.of(probability, cameTrue).value())).isEqualTo(brier);
    }

    @Test
    void alwaysSayingHalfEarnsAQuarter() {
        assertThat(BrierScore.ALWAYS_HALF).isEqualTo(0.25);
        assertThat(BrierScore.of(0.5, true).value()).isEqualTo(BrierScore.ALWAYS_HALF);
    }

    @Test
    void refusesAProbabilityOutsideZeroToOne() {
        assertThatThrownBy(() -> BrierScore.of(1.5, true)).hasMessage("a probability is from 0 to 1, not 1.5");
        assertThatThrownBy(() -> BrierScore.of(Double.NaN, true)).hasMessage("a probability is from 0 to 1, not NaN");
    }

    @Test
    void aGradedStatementWithAProbabilityHasOneAndOthersNone() {
        // Russia's aggregate in No. 18 is -4: above -5 came true, (0.7 - 1)^2 = 0.09; above 0 did not, (0.7 - 0)^2 = 0.49
        assertThat(graded(next("russia", Figure.AGGREGATE, ABOVE, List.of(-5), null, 0.7)).brier().orElseThrow().value())
                .isCloseTo(0.09, within(1e-12));
        assertThat(graded(next("russia", Figure.AGGREGATE, ABOVE, List.of(0), null, 0.7)).brier().orElseThrow().value())
                .isCloseTo(0.49, within(1e-12));
        assertThat(graded(next("russia", Figure.AGGREGATE, ABOVE, List.of(-5), null, null)).brier()).isEmpty();
        // China is not covered by No. 18: no Brier score, however sure the forecast was
        assertThat(graded(next("china", Figure.AGGREGATE, ABOVE, List.of(0), null, 0.9)).brier()).isEmpty();
    }
}
