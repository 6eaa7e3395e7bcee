package org.barometer.publicdata;

import java.util.List;

/** The security barometer in every published issue, in issue order. */
public record SecuritySeries(List<Point> points) {

    public SecuritySeries {
        points = List.copyOf(points);
    }

    /**
     * One issue's security totals (its latest published revision): the national security and regional tension
     * indices, and the colour of regional tension on that issue's scale with its meaning; where the issue has no
     * security events, covered is false and the totals and colour are null.
     */
    public record Point(int issue, int revision, boolean covered, int events, Integer national, Integer regional, String level,
                        String meaning) {

        static Point of(int issue, int revision, Dynamics.SecurityPoint security) {
            return security.covered()
                    ? new Point(issue, revision, true, security.events(), security.national(), security.regional(),
                            security.level().colour(), security.level().meaning())
                    : new Point(issue, revision, false, 0, null, null, null, null);
        }
    }
}
