package org.barometer.method;

import java.util.List;
import java.util.Objects;

/** A relationship's scored events for one issue. */
public record Catalogue(Relationship relationship, List<Event> events) {

    public Catalogue {
        Objects.requireNonNull(relationship, "relationship");
        events = List.copyOf(events);
    }

    /** Coverage: a catalogue with no events is not covered by its issue, which is not zero: no figures, no point, no change. */
    public boolean covered() {
        return covers(events.size());
    }

    /** The coverage rule on a count of events, for what adds catalogues up without reading them (and for security). */
    public static boolean covers(int events) {
        return events > 0;
    }

    public RelationsIndex index() {
        return RelationsIndex.of(events);
    }
}
