package org.barometer.report;

/** One issue's value in a series, labelled for the axis (e.g. "No. 17"). */
public record SeriesPoint(int issue, String label, int value) {
}
