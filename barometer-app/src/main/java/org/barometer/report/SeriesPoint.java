package org.barometer.report;

/** One issue's value in a series, labelled for the axis (e.g. "No. 17"). */
public record SeriesPoint(int issue, String label, int value) {

    /** An issue's value, labelled "No. 17". */
    public static SeriesPoint of(int issue, int value) {
        return new SeriesPoint(issue, "No. " + issue, value);
    }
}
