package org.barometer.method;

import java.util.Objects;

/** One catalogued security event, scored for its effect on national security and on regional tension. */
public record SecurityEvent(DateExpression date, String description, int national, int regional) {

    public SecurityEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(description, "description");
    }
}
