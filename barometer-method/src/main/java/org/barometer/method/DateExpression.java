package org.barometer.method;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event's date as the analyst wrote it, with the range of days it stands for.
 * The written form is what every rendering shows; the range is what checks and searches use.
 */
public record DateExpression(String written, LocalDate start, LocalDate end, DatePrecision precision) {

    public DateExpression {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new DateFormException(written, "it ends before it starts");
        }
    }

    /** Reads a date as analysts write it, taking the year from the period. */
    public static DateExpression parse(String written, Period period) {
        return DateForms.parse(written, period);
    }

    @Override
    public String toString() {
        return written;
    }
}
