package org.barometer.publicdata;

import java.util.List;

/** The security barometer in every published issue, in issue order. */
public record SecuritySeries(List<Point> points) {

    public SecuritySeries {
        points = List.copyOf(points);
    }

    /**
     * One issue's security totals (its latest published revision): the national security and regional tension
     * indices, and the colour of regional tension on that issue's scale with its meaning.
     */
    public record Point(int issue, int revision, int events, int national, int regional, String level, String meaning) {
    }
}
