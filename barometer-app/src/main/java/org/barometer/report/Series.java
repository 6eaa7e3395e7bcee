package org.barometer.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.barometer.method.Relationship;
import org.barometer.publicdata.Dynamics;

/**
 * The dynamics as the charts draw them: each relationship's aggregate index (labelled with its name, the relationships
 * of the newest issue first), national security, regional tension; only issues that cover them have a point.
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

    /** Each relationship labelled as the newest issue covering it names it. */
    public static Series of(Dynamics dynamics) {
        return of(dynamics, Relationship::name);
    }

    /** Each relationship labelled as the label function names it (by its code and the newest issue's heading). */
    public static Series of(Dynamics dynamics, Function<Relationship, String> label) {
        Map<String, String> newest = dynamics.namesNewestFirst();
        Map<String, List<SeriesPoint>> byCode = new LinkedHashMap<>();
        newest.keySet().forEach(code -> byCode.put(code, new ArrayList<>()));
        List<SeriesPoint> national = new ArrayList<>();
        List<SeriesPoint> regional = new ArrayList<>();
        // An issue that does not cover a relationship, or the security barometer, gives it no point: a gap, not a zero.
        for (Dynamics.Point point : dynamics.points()) {
            point.relationships().stream().filter(Dynamics.RelationshipIndex::covered)
                    .forEach(r -> byCode.get(r.code()).add(SeriesPoint.of(point.issue(), r.aggregate())));
            if (point.security().covered()) {
                national.add(SeriesPoint.of(point.issue(), point.security().national()));
                regional.add(SeriesPoint.of(point.issue(), point.security().regional()));
            }
        }
        Map<String, List<SeriesPoint>> labelled = new LinkedHashMap<>();
        byCode.forEach((code, line) -> {
            if (!line.isEmpty()) {
                labelled.put(label.apply(new Relationship(code, newest.get(code))), line);
            }
        });
        return new Series(labelled, national, regional);
    }
}
