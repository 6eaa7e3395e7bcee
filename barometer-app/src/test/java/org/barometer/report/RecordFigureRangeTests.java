package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.barometer.reliability.Agreement;
import org.barometer.reliability.DoubleScore;
import org.barometer.reliability.PartReliability;
import org.junit.jupiter.api.Test;

/** The range with the second scores goes beside a figure of record only where that figure is the catalogue's sum. */
class RecordFigureRangeTests {

    /** Russia's sum of record +23; with the second scores +21. */
    private static final Optional<PartReliability> RUSSIA = Optional.of(new PartReliability("russia",
            Agreement.of(List.of(new DoubleScore(1, 2, 0), new DoubleScore(2, 1, 1))), 23, 21));

    @Test
    void aFigureThatIsTheCataloguesSumShowsTheRange() {
        IssueReport.RecordFigure figure = new IssueReport.RecordFigure("+23", null).within(RUSSIA);

        assertThat(figure.ranged()).isTrue();
        assertThat(figure.range()).isEqualTo("+21 \u2026 +23");
    }

    @Test
    void aStatedFigureThatDiffersFromTheSumShowsNoRangeItDoesNotStartFrom() {
        IssueReport.RecordFigure figure = new IssueReport.RecordFigure("+21", "+23").within(RUSSIA);

        assertThat(figure.ranged()).isFalse();
        assertThat(figure.value()).isEqualTo("+21");
        assertThat(figure.catalogue()).isEqualTo("+23");
    }

    @Test
    void aPartNotScoredTwiceShowsNone() {
        assertThat(new IssueReport.RecordFigure("+23", null).within(Optional.empty()).ranged()).isFalse();
    }
}
