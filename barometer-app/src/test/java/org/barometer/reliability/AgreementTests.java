package org.barometer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.barometer.reliability.Agreement.Metric;
import org.junit.jupiter.api.Test;

/**
 * Alpha against Krippendorff's own worked examples, whose values he published, and against an example of Barometer
 * scores worked by hand from the definition: alpha = 1 - Do/De, with Do = (1/n) sum o(c,k) d²(c,k) over the coincidence
 * table and De = (1/(n(n-1))) sum n(c) n(k) d²(c,k) over its marginals.
 */
class AgreementTests {

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication, University
     * of Pennsylvania, Departmental Papers (ASC) 43 (repository.upenn.edu/asc_papers/43): "binary data, two observers, no
     * missing data", ten units; the same example is in his Content Analysis (2004), p. 224. Published alpha = 0.095.
     */
    private static final int[] OBSERVER_A = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
    private static final int[] OBSERVER_B = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};

    @Test
    void reproducesKrippendorffsBinaryExampleWithTwoObservers() {
        Agreement agreement = Agreement.of(pairs(OBSERVER_A, OBSERVER_B));

        // pairs (0,1) (1,1) (1,0)... : 5 units agree on 0, 1 on 1, 4 disagree
        // o(0,0) = 2 x 5 = 10, o(1,1) = 2 x 1 = 2, o(0,1) = o(1,0) = 4; n(0) = 14, n(1) = 6, n = 20
        // alpha = 1 - (n - 1) o(0,1) / (n(0) n(1)) = 1 - 19 x 4 / (14 x 6) = 1 - 76/84 = 0.0952
        // with two values every metric gives the pair (0,1) one and the same distance, so both alphas are 0.095
        assertThat(agreement.alphaInterval().getAsDouble()).isCloseTo(0.095, within(0.0005));
        assertThat(agreement.alphaOrdinal().getAsDouble()).isCloseTo(0.095, within(0.0005));
        assertThat(agreement.alphaInterval().getAsDouble()).isCloseTo(1 - 76.0 / 84, within(1e-12));
        assertThat(agreement.events()).isEqualTo(10);
        // 6 of 10 units agree
        assertThat(agreement.percentAgreement().getAsDouble()).isCloseTo(0.6, within(1e-12));

        CoincidenceTable table = agreement.coincidences();
        assertThat(table.values()).containsExactly(0, 1);
        assertThat(table.counts()).containsExactly(List.of(10, 4), List.of(4, 2));
        assertThat(table.marginal(0)).isEqualTo(14);
        assertThat(table.marginal(1)).isEqualTo(6);
        assertThat(table.total()).isEqualTo(20);
    }

    /**
     * Krippendorff (2011), the example with four observers, values 1 to 5 and missing data (also in Content Analysis,
     * 2004, p. 230): published alpha = 0.743 nominal, 0.815 ordinal, 0.849 interval. Unit 12 was coded by one observer
     * only: it is unpairable and does not count.
     */
    @Test
    void reproducesKrippendorffsOrdinalAndIntervalExampleWithFourObserversAndMissingValues() {
        Integer[] a = {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null};
        Integer[] b = {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3};
        Integer[] c = {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null};
        Integer[] d = {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null};
        List<List<Integer>> units = new ArrayList<>();
        for (int unit = 0; unit < a.length; unit++) {
            units.add(Arrays.asList(a[unit], b[unit], c[unit], d[unit]));
        }

        assertThat(Agreement.alpha(units, Metric.ORDINAL).getAsDouble()).isCloseTo(0.815, within(0.0005));
        assertThat(Agreement.alpha(units, Metric.INTERVAL).getAsDouble()).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void agreesWithAnExampleOfBarometerScoresWorkedByHand() {
        // five events: (+2,+2) (+1,+2) (-1,-1) (0,-1) (-2,-2)
        Agreement agreement = Agreement.of(List.of(
                new DoubleScore(11, 2, 2), new DoubleScore(12, 1, 2), new DoubleScore(13, -1, -1),
                new DoubleScore(14, 0, -1), new DoubleScore(15, -2, -2)));

        // coincidences: each agreeing event adds 2 on the diagonal, each disagreeing one 1 on each side of it
        //          -2  -1   0  +1  +2   n(c)
        //    -2     2   0   0   0   0    2
        //    -1     0   2   1   0   0    3
        //     0     0   1   0   0   0    1
        //    +1     0   0   0   0   1    1
        //    +2     0   0   0   1   2    3      n = 10
        CoincidenceTable table = agreement.coincidences();
        assertThat(table.values()).containsExactly(-2, -1, 0, 1, 2);
        assertThat(table.counts()).containsExactly(
                List.of(2, 0, 0, 0, 0),
                List.of(0, 2, 1, 0, 0),
                List.of(0, 1, 0, 0, 0),
                List.of(0, 0, 0, 0, 1),
                List.of(0, 0, 0, 1, 2));
        assertThat(table.count(-1, 0)).isEqualTo(1);
        assertThat(table.count(3, 3)).isZero();
        assertThat(List.of(table.marginal(-2), table.marginal(-1), table.marginal(0), table.marginal(1), table.marginal(2)))
                .containsExactly(2, 3, 1, 1, 3);
        assertThat(table.total()).isEqualTo(10);

        // interval, d²(c,k) = (c - k)²:
        // Do = (o(+1,+2) + o(+2,+1) + o(-1,0) + o(0,-1)) x 1 / 10 = 4/10 = 0.4
        // De = 2 x sum over c<k of n(c) n(k) (c - k)² / (10 x 9)
        //    = 2 x (2·3·1 + 2·1·4 + 2·1·9 + 2·3·16 + 3·1·1 + 3·1·4 + 3·3·9 + 1·1·1 + 1·3·4 + 1·3·1) / 90
        //    = 2 x (6 + 8 + 18 + 96 + 3 + 12 + 81 + 1 + 12 + 3) / 90 = 2 x 240 / 90 = 16/3
        // alpha = 1 - 0.4 / (16/3) = 1 - 1.2/16 = 0.925
        assertThat(agreement.alphaInterval().getAsDouble()).isCloseTo(0.925, within(1e-9));

        // ordinal, d(c,k) = sum of n(g) for g from c to k, less (n(c) + n(k)) / 2; d² its square:
        // d(+1,+2) = 1 + 3 - 2 = 2 and d(-1,0) = 3 + 1 - 2 = 2, so Do = (2 + 2) x 4 / 10 = 1.6
        // for c<k, n(c) n(k) d²: (-2,-1) 6·2.5² = 37.5, (-2,0) 2·4.5² = 40.5, (-2,+1) 2·5.5² = 60.5, (-2,+2) 6·7.5² = 337.5,
        //   (-1,0) 3·2² = 12, (-1,+1) 3·3² = 27, (-1,+2) 9·5² = 225, (0,+1) 1·1² = 1, (0,+2) 3·3² = 27, (+1,+2) 3·2² = 12
        //   which add up to 780, so De = 2 x 780 / 90 = 52/3
        // alpha = 1 - 1.6 / (52/3) = 1 - 4.8/52 = 59/65 = 0.9077
        assertThat(agreement.alphaOrdinal().getAsDouble()).isCloseTo(59.0 / 65, within(1e-9));

        // three of five events got the same score twice
        assertThat(agreement.percentAgreement().getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(agreement.events()).isEqualTo(5);
    }

    @Test
    void identicalScoresThatVaryGiveAlphaOne() {
        Agreement agreement = Agreement.of(List.of(new DoubleScore(1, 3, 3), new DoubleScore(2, -1, -1), new DoubleScore(3, 0, 0)));

        // Do = 0, De > 0: alpha = 1 - 0 = 1
        assertThat(agreement.alphaOrdinal().getAsDouble()).isEqualTo(1.0);
        assertThat(agreement.alphaInterval().getAsDouble()).isEqualTo(1.0);
        assertThat(agreement.percentAgreement().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void alphaIsUndefinedWhenEveryScoreGivenIsTheSame() {
        // one value only: Do = De = 0, and 0/0 is no figure to publish
        Agreement agreement = Agreement.of(List.of(new DoubleScore(1, 0, 0), new DoubleScore(2, 0, 0)));

        assertThat(agreement.alphaOrdinal()).isEmpty();
        assertThat(agreement.alphaInterval()).isEmpty();
        assertThat(agreement.percentAgreement().getAsDouble()).isEqualTo(1.0);
        assertThat(agreement.events()).isEqualTo(2);
        assertThat(agreement.coincidences().counts()).containsExactly(List.of(4));
    }

    @Test
    void withoutDoubleScoredEventsThereIsNothingToReport() {
        Agreement agreement = Agreement.of(List.of());

        assertThat(agreement.events()).isZero();
        assertThat(agreement.alphaOrdinal()).isEmpty();
        assertThat(agreement.alphaInterval()).isEmpty();
        assertThat(agreement.percentAgreement()).isEmpty();
        assertThat(agreement.coincidences().total()).isZero();
    }

    @Test
    void refusesAnEventListedTwice() {
        assertThatThrownBy(() -> Agreement.of(List.of(new DoubleScore(7, 1, 2), new DoubleScore(7, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event 7 is listed twice: an event has one pair of scores");
    }

    private static List<DoubleScore> pairs(int[] first, int[] second) {
        List<DoubleScore> pairs = new ArrayList<>();
        for (int unit = 0; unit < first.length; unit++) {
            pairs.add(new DoubleScore(unit + 1, first[unit], second[unit]));
        }
        return pairs;
    }
}
