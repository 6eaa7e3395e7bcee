package org.barometer.method;

import java.util.Objects;

/** One catalogued event of a relationship: positive develops it, negative damages it, 0 is neutral but worth recording. */
public record Event(DateExpression date, String description, int score) {

    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(description, "description");
    }
}
