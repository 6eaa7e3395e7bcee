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

    /**
     * The date as a publication in the language prints it: in Russian ("ru") written anew from the days it stands for
     * ("1 сентября", "14–25 сентября", "середина сентября", "октябрь", "сентябрь–октябрь"); in English as written.
     */
    public String in(String language) {
        return "ru".equals(language) ? RussianDates.write(this) : written;
    }

    @Override
    public String toString() {
        return written;
    }
}
