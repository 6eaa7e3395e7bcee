package org.barometer.method;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/** The date forms analysts write, in English and Russian, read into day ranges within an issue's period. */
final class DateForms {

    static final String ACCEPTED = "a day (1 September), days (22-29 September, 30 September - 2 October), "
            + "part of a month (Early/Mid-/Late September), a month (October) or months (September-October)";

    private static final String WORD = "(\\p{L}+)";
    private static final String DAY = "(\\d{1,2})";
    private static final String YEAR = "(?: (\\d{4}))?";
    private static final Pattern ONE_DAY = Pattern.compile(DAY + " " + WORD + YEAR);
    private static final Pattern DAY_FIRST_MONTH = Pattern.compile(WORD + " " + DAY + "(?:, (\\d{4}))?");
    private static final Pattern DAYS = Pattern.compile(DAY + "-" + DAY + " " + WORD + YEAR);
    private static final Pattern DAYS_ACROSS_MONTHS = Pattern.compile(DAY + " " + WORD + "-" + DAY + " " + WORD + YEAR);
    private static final Pattern PART = Pattern.compile("(early|mid|late|начало|середина|конец)(?:-| |-? ?of )?" + WORD + YEAR);
    private static final Pattern MONTH = Pattern.compile(WORD + YEAR);
    private static final Pattern MONTHS = Pattern.compile(WORD + "-" + WORD + YEAR);

    private static final Map<String, Month> MONTH_NAMES = monthNames();

    private DateForms() {
    }

    static DateExpression parse(String written, Period period) {
        if (written == null || written.isBlank()) {
            throw new DateFormException(written == null ? "" : written, "the date is empty; expected " + ACCEPTED);
        }
        String text = normalise(written);
        try {
            return read(written, text, period)
                    .orElseThrow(() -> new DateFormException(written, "expected " + ACCEPTED));
        } catch (DateTimeException e) {
            throw new DateFormException(written, "no such day (" + e.getMessage() + ")");
        }
    }

    private static Optional<DateExpression> read(String written, String text, Period period) {
        Matcher m;
        if ((m = ONE_DAY.matcher(text)).matches() && isMonth(m.group(2))) {
            LocalDate day = month(written, m.group(2), m.group(3), period).atDay(day(m.group(1)));
            return Optional.of(new DateExpression(written, day, day, DatePrecision.DAY));
        }
        if ((m = DAY_FIRST_MONTH.matcher(text)).matches() && isMonth(m.group(1))) {
            LocalDate day = month(written, m.group(1), m.group(3), period).atDay(day(m.group(2)));
            return Optional.of(new DateExpression(written, day, day, DatePrecision.DAY));
        }
        if ((m = DAYS.matcher(text)).matches() && isMonth(m.group(3))) {
            YearMonth month = month(written, m.group(3), m.group(4), period);
            return Optional.of(span(written, month.atDay(day(m.group(1))), month.atDay(day(m.group(2))), DatePrecision.DAYS));
        }
        if ((m = DAYS_ACROSS_MONTHS.matcher(text)).matches() && isMonth(m.group(2)) && isMonth(m.group(4))) {
            YearMonth last = month(written, m.group(4), m.group(5), period);
            YearMonth first = monthBefore(last, monthNamed(written, m.group(2)));
            return Optional.of(span(written, first.atDay(day(m.group(1))), last.atDay(day(m.group(3))), DatePrecision.DAYS));
        }
        if ((m = PART.matcher(text)).matches() && isMonth(m.group(2))) {
            YearMonth month = month(written, m.group(2), m.group(3), period);
            return Optional.of(part(written, m.group(1), month));
        }
        if ((m = MONTH.matcher(text)).matches() && isMonth(m.group(1))) {
            YearMonth month = month(written, m.group(1), m.group(2), period);
            return Optional.of(new DateExpression(written, month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH));
        }
        if ((m = MONTHS.matcher(text)).matches() && isMonth(m.group(1)) && isMonth(m.group(2))) {
            YearMonth last = month(written, m.group(2), m.group(3), period);
            YearMonth first = monthBefore(last, monthNamed(written, m.group(1)));
            return Optional.of(span(written, first.atDay(1), last.atEndOfMonth(), DatePrecision.MONTHS));
        }
        return Optional.empty();
    }

    private static final Pattern PERIOD = Pattern.compile(WORD + YEAR + "(?:(?: and | и |-)" + WORD + YEAR + ")?");

    static Period period(String written) {
        Matcher m = PERIOD.matcher(normalise(written == null ? "" : written));
        String expected = "expected months and a year, such as \"September and October 2020\" or \"December 2020 - January 2021\"";
        if (!m.matches() || !isMonth(m.group(1)) || (m.group(3) != null && !isMonth(m.group(3)))) {
            throw new IllegalArgumentException("cannot read the period \"" + written + "\": " + expected);
        }
        String lastYear = m.group(3) == null ? m.group(2) : m.group(4);
        if (lastYear == null) {
            throw new IllegalArgumentException("cannot read the period \"" + written + "\": it names no year; " + expected);
        }
        YearMonth last = YearMonth.of(Integer.parseInt(lastYear), MONTH_NAMES.get(m.group(3) == null ? m.group(1) : m.group(3)));
        if (m.group(3) == null) {
            return new Period(last, last);
        }
        YearMonth first = m.group(2) != null
                ? YearMonth.of(Integer.parseInt(m.group(2)), MONTH_NAMES.get(m.group(1)))
                : monthBefore(last, MONTH_NAMES.get(m.group(1)));
        return new Period(first, last);
    }

    private static DateExpression span(String written, LocalDate start, LocalDate end, DatePrecision precision) {
        if (!end.isAfter(start)) {
            throw new DateFormException(written, "a span must end after it starts");
        }
        return new DateExpression(written, start, end, precision);
    }

    private static DateExpression part(String written, String part, YearMonth month) {
        return switch (part) {
            case "early", "начало" -> new DateExpression(written, month.atDay(1), month.atDay(10), DatePrecision.PART_OF_MONTH);
            case "mid", "середина" -> new DateExpression(written, month.atDay(11), month.atDay(20), DatePrecision.PART_OF_MONTH);
            default -> new DateExpression(written, month.atDay(21), month.atEndOfMonth(), DatePrecision.PART_OF_MONTH);
        };
    }

    /** The month named, in the year given or else in the year that puts it in (or nearest to) the period. */
    private static YearMonth month(String written, String name, String year, Period period) {
        Month month = monthNamed(written, name);
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month);
        }
        return LongStream.rangeClosed(period.first().getYear() - 1L, period.last().getYear() + 1L)
                .mapToObj(y -> YearMonth.of((int) y, month))
                .min(Comparator.comparingLong(period::distanceInMonths))
                .orElseThrow();
    }

    /** The latest occurrence of the month at or before the given one: "December - January" crosses a year. */
    private static YearMonth monthBefore(YearMonth last, Month month) {
        YearMonth candidate = YearMonth.of(last.getYear(), month);
        return candidate.isAfter(last) ? candidate.minusYears(1) : candidate;
    }

    private static int day(String digits) {
        return Integer.parseInt(digits);
    }

    private static boolean isMonth(String word) {
        return MONTH_NAMES.containsKey(word);
    }

    private static Month monthNamed(String written, String word) {
        Month month = MONTH_NAMES.get(word);
        if (month == null) {
            throw new DateFormException(written, "\"" + word + "\" is not a month");
        }
        return month;
    }

    /** Lower case, one space between words, and every dash (hyphen, en, em, minus) as a bare hyphen. */
    private static String normalise(String written) {
        return written.replaceAll("[\\u00A0\\u2007\\u202F]", " ")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s+", " ")
                .replaceAll("\\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\\s*", "-")
                .replaceAll("\\.$", "");
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Month month : Month.values()) {
            String english = month.name().toLowerCase(Locale.ROOT);
            names.put(english, month);
            names.put(english.substring(0, 3), month);
            for (String form : RussianDates.MONTHS[month.ordinal()]) {
                names.put(form, month);
            }
        }
        names.put("sept", Month.SEPTEMBER);
        return Map.copyOf(names);
    }
}
