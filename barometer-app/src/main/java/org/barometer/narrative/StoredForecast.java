package org.barometer.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.barometer.method.ForecastStatement;
import org.barometer.method.NarrativeParts;
import org.barometer.method.Scores;

/** A forecast statement as a revision keeps it: the row of the revision it is made in and its position there. */
public record StoredForecast(long issueRow, int seq, ForecastStatement statement) {

    public StoredForecast {
        Objects.requireNonNull(statement, "statement");
    }

    /** The figure as the bundles name it: forecast.figure.aggregate... */
    public String figureKey() {
        return statement.figure().key();
    }

    /** The comparison as the bundles name it: forecast.sentence.stays_in... */
    public String comparisonKey() {
        return statement.comparison().key();
    }

    /** The lower (or only) threshold, signed with a minus sign as the publication writes scores; empty if none. */
    public String low() {
        return statement.thresholds().isEmpty() ? "" : signed(statement.thresholds().get(0));
    }

    public String high() {
        return statement.thresholds().size() < 2 ? "" : signed(statement.thresholds().get(1));
    }

    /** The probability in percent as people write it ("70", "62.5"); empty if none was given. */
    public String percent() {
        if (statement.probability() == null) {
            return "";
        }
        BigDecimal percent = BigDecimal.valueOf(statement.probability()).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        return percent.stripTrailingZeros().toPlainString();
    }

    private static String signed(int value) {
        return value < 0 ? "\u2212" + (-(long) value) : Scores.signed(value);
    }

    /** The narrative section whose forecast it belongs to: the relationship's code, national or regional security. */
    public String section() {
        return section(statement);
    }

    public static String section(ForecastStatement statement) {
        return switch (statement.figure()) {
            case NATIONAL -> NarrativeParts.NATIONAL;
            case REGIONAL, LEVEL -> NarrativeParts.REGIONAL;
            default -> statement.subject();
        };
    }
}
