package org.barometer.method;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A date expression written in Russian from the days it stands for, as a Russian publication prints it: "1 сентября",
 * "14–25 сентября", "30 сентября – 2 октября", "середина сентября", "октябрь", "сентябрь–октябрь". A year is added
 * only where the analyst wrote one. Every form reads back (DateExpression.parse) to the same days.
 */
final class RussianDates {

    /** Each month as a date names it (genitive: "1 сентября") and as a month alone (nominative: "сентябрь"). */
    static final String[][] MONTHS = {
        {"января", "январь"}, {"февраля", "февраль"}, {"марта", "март"}, {"апреля", "апрель"},
        {"мая", "май"}, {"июня", "июнь"}, {"июля", "июль"}, {"августа", "август"},
        {"сентября", "сентябрь"}, {"октября", "октябрь"}, {"ноября", "ноябрь"}, {"декабря", "декабрь"}};

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final String DASH = "\u2013";

    private RussianDates() {
    }

    static String write(DateExpression date) {
        LocalDate start = date.start();
        LocalDate end = date.end();
        String year = YEAR.matcher(date.written()).find() ? " " + end.getYear() : "";
        return switch (date.precision()) {
            case DAY -> start.getDayOfMonth() + " " + genitive(start) + year;
            case DAYS -> sameMonth(start, end)
                    ? start.getDayOfMonth() + DASH + end.getDayOfMonth() + " " + genitive(end) + year
                    : start.getDayOfMonth() + " " + genitive(start) + " " + DASH + " " + end.getDayOfMonth() + " " + genitive(end) + year;
            case PART_OF_MONTH -> part(start) + " " + genitive(start) + year;
            case MONTH -> nominative(start) + year;
            case MONTHS -> nominative(start) + DASH + nominative(end) + year;
        };
    }

    private static String part(LocalDate start) {
        return start.getDayOfMonth() <= 10 ? "начало" : start.getDayOfMonth() <= 20 ? "середина" : "конец";
    }

    private static boolean sameMonth(LocalDate start, LocalDate end) {
        return start.getYear() == end.getYear() && start.getMonth() == end.getMonth();
    }

    private static String genitive(LocalDate day) {
        return MONTHS[day.getMonthValue() - 1][0];
    }

    private static String nominative(LocalDate day) {
        return MONTHS[day.getMonthValue() - 1][1];
    }
}
