package org.barometer.publicdata;

import java.util.List;

/** A relationship's indices in every published issue that covers it, in issue order. */
public record RelationshipSeries(String code, String name, List<Point> points) {

    public RelationshipSeries {
        points = List.copyOf(points);
    }

    /** The indices of one issue (its latest published revision): aggregate = positive + negative. */
    public record Point(int issue, int revision, int events, int aggregate, int positive, int negative) {
    }
}
