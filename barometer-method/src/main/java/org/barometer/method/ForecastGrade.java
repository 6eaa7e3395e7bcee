package org.barometer.method;

import java.util.Objects;
import java.util.Optional;

/** How a forecast statement turned out, with the reason in one sentence; an ungradeable one is never counted as true or false. */
public record ForecastGrade(ForecastStatement statement, Verdict verdict, String reason) {

    public enum Verdict {
        TRUE, FALSE, UNGRADEABLE
    }

    public ForecastGrade {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
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
