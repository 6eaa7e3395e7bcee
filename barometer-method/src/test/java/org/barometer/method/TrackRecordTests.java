package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.barometer.method.ForecastIssues.graded;
import static org.barometer.method.ForecastIssues.next;
import static org.barometer.method.ForecastStatement.Comparison.ABOVE;
import static org.barometer.method.ForecastStatement.Comparison.BELOW;
import static org.barometer.method.ForecastStatement.Comparison.BETWEEN;
import static org.barometer.method.ForecastStatement.Comparison.CHANGES_SIGN;
import static org.barometer.method.ForecastStatement.Comparison.STAYS_IN;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TrackRecordTests {

    /** Seven statements made in No. 17 about No. 18; each outcome and Brier score worked out by hand. */
    private static final List<ForecastGrade> GRADES = List.of(
            // Russia's aggregate -4 > -5: true; (0.9 - 1)^2 = 0.01
            graded(next("russia", Figure.AGGREGATE, ABOVE, List.of(-5), null, 0.9)),
            // Russia's aggregate +4 -> -4: true; (0.3 - 1)^2 = 0.49
            graded(next("russia", Figure.AGGREGATE, CHANGES_SIGN, List.of(), null, 0.3)),
            // Russia's negative points -5 < -5: false; (0.6 - 0)^2 = 0.36
            graded(next("russia", Figure.NEGATIVE, BELOW, List.of(-5), null, 0.6)),
            // Russia's positive points +1 in +1..+3: true; no probability given
            graded(next("russia", Figure.POSITIVE, BETWEEN, List.of(1, 3), null, null)),
            // China is not covered by No. 18: ungradeable, its 0.7 counts nowhere
            graded(next("china", Figure.AGGREGATE, ABOVE, List.of(0), null, 0.7)),
            // regional tension is Green: true; (0.8 - 1)^2 = 0.04
            graded(next("security", Figure.LEVEL, STAYS_IN, List.of(), "Green", 0.8)),
            // regional tension -8 -> -2: no change of sign, false; (0.2 - 0)^2 = 0.04
            graded(next("security", Figure.REGIONAL, CHANGES_SIGN, List.of(), null, 0.2)));

    @Test
    void countsWhatCameTrueWhatWasFalseAndWhatCouldNotBeGraded() {
        TrackRecord overall = TrackRecord.of(GRADES);

        assertThat(overall.statements()).isEqualTo(7);
        assertThat(overall.cameTrue()).isEqualTo(4);
        assertThat(overall.wereFalse()).isEqualTo(2);
        assertThat(overall.ungradeable()).isEqualTo(1);
        assertThat(overall.withProbability()).isEqualTo(5);
    }

    @Test
    void meanBrierScoreIsOverGradedStatementsWithAProbabilityAndReadAgainstAlwaysSayingHalf() {
        TrackRecord overall = TrackRecord.of(GRADES);

        // (0.01 + 0.49 + 0.36 + 0.04 + 0.04) / 5 = 0.94 / 5 = 0.188, better than 0.25
        assertThat(overall.meanBrier().getAsDouble()).isCloseTo(0.188, within(1e-12));
        assertThat(overall.reference()).isEqualTo(0.25);
        assertThat(overall.beatsAlwaysHalf()).isTrue();
    }

    @Test
    void givesOneRecordPerRelationshipAndOneForSecurity() {
        Map<String, TrackRecord> bySubject = TrackRecord.bySubject(GRADES);

        assertThat(bySubject).containsOnlyKeys("china", "russia", "security");
        TrackRecord russia = bySubject.get("russia");
        assertThat(russia.statements()).isEqualTo(4);
        assertThat(russia.cameTrue()).isEqualTo(3);
        assertThat(russia.wereFalse()).isEqualTo(1);
        // (0.01 + 0.49 + 0.36) / 3 = 0.86 / 3 = 0.2867, worse than 0.25
        assertThat(russia.meanBrier().getAsDouble()).isCloseTo(0.86 / 3, within(1e-12));
        assertThat(russia.beatsAlwaysHalf()).isFalse();
        // (0.04 + 0.04) / 2 = 0.04
        assertThat(bySubject.get("security").meanBrier().getAsDouble()).isCloseTo(0.04, within(1e-12));
        TrackRecord china = bySubject.get("china");
        assertThat(china.ungradeable()).isEqualTo(1);
        assertThat(china.meanBrier()).isEmpty();
        assertThat(china.beatsAlwaysHalf()).isFalse();
    }

    @Test
    void anEmptyLedgerHasNoMeanBrierScore() {
        TrackRecord none = TrackRecord.of(List.of());

        assertThat(none.statements()).isZero();
        assertThat(none.meanBrier()).isEmpty();
    }
}
