package org.barometer.publicdata;

import java.util.List;

/** A relationship's indices in every published issue that names it, in issue order. */
public record RelationshipSeries(String code, String name, List<Point> points) {

    public RelationshipSeries {
        points = List.copyOf(points);
    }

    /**
     * The indices of one issue (its latest published revision): aggregate = positive + negative; where the issue does
     * not cover the relationship (no events), covered is false and the figures are null, never zero.
     */
    public record Point(int issue, int revision, boolean covered, int events, Integer aggregate, Integer positive, Integer negative) {

        static Point of(int issue, int revision, Dynamics.RelationshipIndex index) {
            return index.covered()
                    ? new Point(issue, revision, true, index.events(), index.aggregate(), index.positive(), index.negative())
                    : new Point(issue, revision, false, 0, null, null, null);
        }
    }
}
