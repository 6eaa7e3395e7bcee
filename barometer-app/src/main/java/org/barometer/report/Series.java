package org.barometer.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dynamics across issues: each relationship's aggregate index (keyed by the relationship's name, in the order of
 * the newest issue), national security, regional tension.
 */
public record Series(Map<String, List<SeriesPoint>> relationships, List<SeriesPoint> national, List<SeriesPoint> regional) {

    public static final Series EMPTY = new Series(Map.of(), List.of(), List.of());

    public Series {
        Map<String, List<SeriesPoint>> ordered = new LinkedHashMap<>();
        relationships.forEach((name, points) -> ordered.put(name, List.copyOf(points)));
        relationships = Collections.unmodifiableMap(ordered);
        national = List.copyOf(national);
        regional = List.copyOf(regional);
    }
}
