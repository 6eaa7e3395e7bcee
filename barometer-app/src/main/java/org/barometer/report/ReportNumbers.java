package org.barometer.report;

/**
 * Figures as the publication prints them: a plus sign before a positive figure, a true minus sign (U+2212, as wide as
 * the plus and never broken from its digits) before a negative one, and 0 alone: "+23", "−18", "0".
 */
final class ReportNumbers {

    static final char MINUS = '\u2212';

    private ReportNumbers() {
    }

    static String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? MINUS + Long.toString(-(long) value) : "0";
    }

    /** A figure written as text, as an issue stated it ("-4", "+2"): the same with a minus sign for its hyphen. */
    static String signed(String figure) {
        return figure.startsWith("-") ? MINUS + figure.substring(1) : figure;
    }
}
