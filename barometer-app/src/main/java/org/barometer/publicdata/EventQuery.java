package org.barometer.publicdata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A search over the events of all published issues. Every criterion is optional (null): q is matched by its words, in
 * any of their forms, against the English or the Russian description (see {@link EventSearch}); relationship is a code or "security"; a security event is within
 * the score range when either of its scores is; an event is within the date range when its own dates overlap it.
 * Pages count from 1 and hold 1 to 100 events.
 */
public record EventQuery(String q, String relationship, Integer minScore, Integer maxScore, LocalDate from, LocalDate to,
                         int page, int size) {

    public static final String SECURITY = "security";
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public EventQuery {
        q = blankToNull(q);
        relationship = blankToNull(relationship);
        if (page < 1) {
            throw new InvalidQuery("page", "page must be 1 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQuery("size", "size must be from 1 to " + MAX_SIZE + ", not " + size);
        }
        if (minScore != null && maxScore != null && minScore > maxScore) {
            throw new InvalidQuery("minScore", "minScore (" + minScore + ") is greater than maxScore (" + maxScore + ")");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQuery("from", "from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Every published event, first page. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, 1, DEFAULT_SIZE);
    }

    public static EventQuery text(String q) {
        return new EventQuery(q, null, null, null, null, null, 1, DEFAULT_SIZE);
    }

    /** A query from request parameters as given (any may be null or blank); an InvalidQuery names the first one that is not usable. */
    public static EventQuery parse(String q, String relationship, String minScore, String maxScore, String from, String to,
                                   String page, String size) {
        Integer pageNumber = integer("page", page);
        Integer pageSize = integer("size", size);
        return new EventQuery(q, relationship, integer("minScore", minScore), integer("maxScore", maxScore), date("from", from),
                date("to", to), pageNumber == null ? 1 : pageNumber, pageSize == null ? DEFAULT_SIZE : pageSize);
    }

    public EventQuery withPage(int newPage) {
        return new EventQuery(q, relationship, minScore, maxScore, from, to, newPage, size);
    }

    public EventQuery withSize(int newSize) {
        return new EventQuery(q, relationship, minScore, maxScore, from, to, page, newSize);
    }

    public EventQuery withRelationship(String newRelationship) {
        return new EventQuery(q, newRelationship, minScore, maxScore, from, to, page, size);
    }

    public EventQuery withScores(Integer newMin, Integer newMax) {
        return new EventQuery(q, relationship, newMin, newMax, from, to, page, size);
    }

    public EventQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new EventQuery(q, relationship, minScore, maxScore, newFrom, newTo, page, size);
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    private static Integer integer(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQuery(parameter, parameter + " must be a whole number, not \"" + value + "\"");
        }
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQuery(parameter, parameter + " must be a date as YYYY-MM-DD, not \"" + value + "\"");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
