package org.barometer.method;

import java.util.Objects;

/**
 * A figure exactly as the issue published it, kept as published even where the catalogue does not add up to it.
 * The subject is a relationship's code (never its heading, which an issue may word differently), or {@value #SECURITY}
 * for the security catalogue.
 */
public record StatedFigure(String subject, Figure figure, String value) {

    public static final String SECURITY = "security";

    public StatedFigure {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(value, "value");
        if (figure.isNumber() && !Scores.isScore(value)) {
            throw new IllegalArgumentException("stated " + figure.key() + " of " + subject + " \"" + value + "\" is not a whole number");
        }
    }

    public int number() {
        return Scores.parse(value);
    }
}
