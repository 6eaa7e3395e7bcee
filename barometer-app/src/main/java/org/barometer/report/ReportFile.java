package org.barometer.report;

/** One rendering of an issue: its content, a file name for it, and which revision it shows. */
public record ReportFile(String name, ReportFormat format, byte[] content, int number, int revision, boolean draft) {
}
