package org.barometer.method;

import java.util.Objects;
import java.util.Optional;

/**
 * How a forecast statement turned out, and why, in words any language can say; an ungradeable one is never counted as
 * true or false.
 */
public record ForecastGrade(ForecastStatement statement, Verdict verdict, ForecastReason why) {

    public enum Verdict {
        TRUE, FALSE, UNGRADEABLE
    }

    public ForecastGrade {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(why, "why");
    }

    /** Why, in one sentence in English. */
    public String reason() {
        return why.english();
    }

    public boolean graded() {
        return verdict != Verdict.UNGRADEABLE;
    }

    /** The Brier score of a graded statement that gave a probability; none otherwise. */
    public Optional<BrierScore> brier() {
        if (!graded()) {
            return Optional.empty();
        }
        return statement.chance().map(probability -> BrierScore.of(probability, verdict == Verdict.TRUE));
    }
}
