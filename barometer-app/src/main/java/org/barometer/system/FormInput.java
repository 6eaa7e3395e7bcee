package org.barometer.system;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.barometer.method.InputRules;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Holds every form posted to Barometer to the input rules before any handler reads it: a field with a character XML
 * cannot carry, a field longer than the column that keeps it, or a row beyond the last a form may have ({@code
 * authors[256]}) refuses the whole form with a 400 page naming the field ({@link FormRefusals}). The forms' own checks
 * (a missing title, a score out of bound) come after, beside their fields.
 */
final class FormInput implements HandlerInterceptor {

    /** The most rows (authors, colour bands) a form may have. */
    static final int MAX_ROWS = 100;

    /** Form fields by their name (the part after any row, as in bands[0].colour), and the column each is kept in. */
    static final Map<String, InputRules.Field> KEPT_IN = Map.of("date", InputRules.Field.DATE, "title", InputRules.Field.TITLE,
            "name", InputRules.Field.AUTHOR_NAME, "affiliation", InputRules.Field.AFFILIATION, "colour", InputRules.Field.COLOUR,
            "username", InputRules.Field.USERNAME);

    private static final Pattern ROW = Pattern.compile("\\[([^]]*)]");

    /** A form the rules refuse: the field and why. */
    static final class Refused extends RuntimeException {

        final String field;
        final String reason;

        Refused(String field, String reason) {
            super(field + ": " + reason);
            this.field = field;
            this.reason = reason;
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            for (String value : field.getValue()) {
                problem(field.getKey(), value).ifPresent(reason -> {
                    throw new Refused(field.getKey(), reason);
                });
            }
        }
        return true;
    }

    /** Why the rules refuse a field's value, or nothing. */
    static Optional<String> problem(String name, String value) {
        Matcher row = ROW.matcher(name);
        while (row.find()) {
            if (!row.group(1).matches("\\d{1,3}") || Integer.parseInt(row.group(1)) >= MAX_ROWS) {
                return Optional.of("a form has at most " + MAX_ROWS + " rows, numbered from 0");
            }
        }
        InputRules.Field keptIn = KEPT_IN.get(name.substring(name.lastIndexOf('.') + 1));
        Optional<String> characters = InputRules.characterProblem(value);
        return keptIn == null || characters.isPresent() ? characters : InputRules.problem(keptIn, value.strip());
    }
}
