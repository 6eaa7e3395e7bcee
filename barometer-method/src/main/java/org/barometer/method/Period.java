package org.barometer.method;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** The whole months an issue covers, first and last inclusive. */
public record Period(YearMonth first, YearMonth last) {

    public Period {
        Objects.requireNonNull(first, "first month");
        Objects.requireNonNull(last, "last month");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends (" + last + ") before it starts (" + first + ")");
        }
    }

    /** The period from its first and last month written YYYY-MM; a month written otherwise is refused, quoted. */
    public static Period of(String first, String last) {
        return new Period(month(first), month(last));
    }

    private static YearMonth month(String written) {
        try {
            return YearMonth.parse(written);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + written + "\" is not a month written YYYY-MM");
        }
    }

    /**
     * Reads a period as a publication writes it: "September and October 2020", "September–October 2020",
     * "October 2020", "December 2020 and January 2021", "сентябрь и октябрь 2020".
     */
    public static Period parse(String written) {
        return DateForms.period(written);
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    public LocalDate end() {
        return last.atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public boolean covers(DateExpression date) {
        return contains(date.start()) && contains(date.end());
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** Months between the given month and the nearest month of this period; 0 inside it. */
    long distanceInMonths(YearMonth month) {
        if (month.isBefore(first)) {
            return java.time.temporal.ChronoUnit.MONTHS.between(month, first);
        }
        if (month.isAfter(last)) {
            return java.time.temporal.ChronoUnit.MONTHS.between(last, month);
        }
        return 0;
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
