package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.method.ForecastStatement.Comparison.ABOVE;
import static org.barometer.method.ForecastStatement.Comparison.BELOW;
import static org.barometer.method.ForecastStatement.Comparison.BETWEEN;
import static org.barometer.method.ForecastStatement.Comparison.CHANGES_SIGN;
import static org.barometer.method.ForecastStatement.Comparison.STAYS_IN;

import java.util.List;

import org.junit.jupiter.api.Test;

class ForecastStatementTests {

    @Test
    void isAboutTheNextIssueUnlessItSaysOtherwise() {
        ForecastStatement statement = ForecastStatement.aboutNext(17, "russia", Figure.AGGREGATE, ABOVE, List.of(0), null, 0.7);

        assertThat(statement.about()).isEqualTo(18);
        assertThat(statement.chance()).contains(0.7);
        assertThat(new ForecastStatement(17, 20, "russia", Figure.AGGREGATE, ABOVE, List.of(0), null, null).chance()).isEmpty();
    }

    @Test
    void aComparisonIsWrittenAndReadByItsKey() {
        assertThat(STAYS_IN.key()).isEqualTo("stays_in");
        for (ForecastStatement.Comparison comparison : ForecastStatement.Comparison.values()) {
            assertThat(ForecastStatement.Comparison.ofKey(comparison.key())).isEqualTo(comparison);
        }
        assertThat(ForecastStatement.Comparison.ofKey(" Changes_Sign ")).isEqualTo(CHANGES_SIGN);
        assertThatThrownBy(() -> ForecastStatement.Comparison.ofKey("sideways"))
                .hasMessage("\"sideways\" is not a comparison; expected above, below, between, stays_in or changes_sign");
    }

    @Test
    void refusesAProbabilityOutsideZeroToOne() {
        assertThatThrownBy(() -> statement("russia", Figure.AGGREGATE, ABOVE, List.of(0), null, 1.2))
                .hasMessage("a probability is from 0 to 1, not 1.2");
        assertThatThrownBy(() -> statement("russia", Figure.AGGREGATE, ABOVE, List.of(0), null, -0.1))
                .hasMessage("a probability is from 0 to 1, not -0.1");
        assertThatThrownBy(() -> statement("russia", Figure.AGGREGATE, ABOVE, List.of(0), null, Double.NaN))
                .hasMessage("a probability is from 0 to 1, not NaN");
    }

    @Test
    void isAboutALaterIssueThanTheOneItIsMadeIn() {
        assertThatThrownBy(() -> new ForecastStatement(17, 17, "russia", Figure.AGGREGATE, ABOVE, List.of(0), null, null))
                .hasMessage("a forecast made in issue 17 is about a later issue, not 17");
        assertThatThrownBy(() -> new ForecastStatement(0, 1, "russia", Figure.AGGREGATE, ABOVE, List.of(0), null, null))
                .hasMessage("a forecast is made in an issue numbered 1 or more, not 0");
    }

    @Test
    void takesAsManyThresholdsAsItsComparisonNeeds() {
        assertThatThrownBy(() -> statement("russia", Figure.AGGREGATE, ABOVE, List.of(), null, null))
                .hasMessage("a forecast above takes 1 threshold, not 0");
        assertThatThrownBy(() -> statement("russia", Figure.AGGREGATE, BETWEEN, List.of(3), null, null))
                .hasMessage("a forecast between takes 2 thresholds, not 1");
        assertThatThrownBy(() -> statement("russia", Figure.AGGREGATE, CHANGES_SIGN, List.of(0), null, null))
                .hasMessage("a forecast changes sign takes 0 thresholds, not 1");
        assertThatThrownBy(() -> statement("russia", Figure.AGGREGATE, BETWEEN, List.of(3, -2), null, null))
                .hasMessage("between +3 and -2: the lower threshold comes first");
    }

    @Test
    void forecastsAColourOnlyForRegionalTensionAndOnlyAsStayingInIt() {
        assertThatThrownBy(() -> statement("security", Figure.LEVEL, ABOVE, List.of(-7), null, null))
                .hasMessage("regional tension's colour is forecast as staying in a colour, and only the colour is");
        assertThatThrownBy(() -> statement("security", Figure.REGIONAL, STAYS_IN, List.of(), "Yellow", null))
                .hasMessage("regional tension's colour is forecast as staying in a colour, and only the colour is");
        assertThatThrownBy(() -> statement("security", Figure.LEVEL, STAYS_IN, List.of(), " ", null))
                .hasMessage("a colour is named by a forecast that regional tension stays in it, and only by that");
        assertThatThrownBy(() -> statement("security", Figure.REGIONAL, BELOW, List.of(-7), "Yellow", null))
                .hasMessage("a colour is named by a forecast that regional tension stays in it, and only by that");
    }

    @Test
    void namesTheSubjectEachFigureBelongsTo() {
        assertThatThrownBy(() -> statement("security", Figure.AGGREGATE, ABOVE, List.of(0), null, null))
                .hasMessage("the aggregate figure belongs to a relationship, named by its code, not \"security\"");
        assertThatThrownBy(() -> statement("Russia", Figure.AGGREGATE, ABOVE, List.of(0), null, null))
                .hasMessage("the aggregate figure belongs to a relationship, named by its code, not \"Russia\"");
        assertThatThrownBy(() -> statement("russia", Figure.NATIONAL, ABOVE, List.of(0), null, null))
                .hasMessage("the national figure belongs to the security barometer, not to \"russia\"");
        assertThatThrownBy(() -> statement("russia", Figure.TOTAL, ABOVE, List.of(0), null, null))
                .hasMessage("a forecast names the aggregate index, not the Total row");
    }

    @Test
    void refusesAChangeOfSignForPointsThatKeepTheirSign() {
        assertThatThrownBy(() -> statement("russia", Figure.POSITIVE, CHANGES_SIGN, List.of(), null, null))
                .hasMessage("positive points keep their sign: they cannot change it");
        assertThatThrownBy(() -> statement("russia", Figure.NEGATIVE, CHANGES_SIGN, List.of(), null, null))
                .hasMessage("negative points keep their sign: they cannot change it");
    }

    private static ForecastStatement statement(String subject, Figure figure, ForecastStatement.Comparison comparison,
                                               List<Integer> thresholds, String colour, Double probability) {
        return ForecastStatement.aboutNext(17, subject, figure, comparison, thresholds, colour, probability);
    }
}
