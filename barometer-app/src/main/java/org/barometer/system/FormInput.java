package org.barometer.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.barometer.method.InputRules;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

    /**
     * Form fields by their name (the part after any row, as in bands[0].colour), and the column each is kept in; the
     * sources field holds one link a line, each held to {@link InputRules.Field#SOURCE}.
     */
    static final Map<String, InputRules.Field> KEPT_IN = Map.ofEntries(Map.entry("date", InputRules.Field.DATE),
            Map.entry("title", InputRules.Field.TITLE), Map.entry("name", InputRules.Field.AUTHOR_NAME),
            Map.entry("affiliation", InputRules.Field.AFFILIATION), Map.entry("colour", InputRules.Field.COLOUR),
            Map.entry("username", InputRules.Field.USERNAME), Map.entry("description", InputRules.Field.DESCRIPTION),
            Map.entry("descriptionRu", InputRules.Field.DESCRIPTION), Map.entry("sources", InputRules.Field.SOURCE),
            Map.entry("meaning", InputRules.Field.MEANING), Map.entry("biography", InputRules.Field.BIOGRAPHY),
            Map.entry("comment", InputRules.Field.REVIEW_COMMENT), Map.entry("note", InputRules.Field.CORRECTION_NOTE));

    /** The fields kept without the spaces around them; every other field is held to its limit as it was sent. */
    private static final Set<String> STRIPPED = Set.of("date", "title", "name", "affiliation", "colour", "username");

    /** The narrative editor's texts are named body.part.language and kept with their line breaks as \n. */
    private static final String NARRATIVE = "body.";

    private static final Pattern ROW = Pattern.compile("\\[([^]]*)]");

    /** A form the rules refuse: the field and why. */
    static final class Refused extends RuntimeException {

        final String field;
        final InputRules.Refusal reason;

        Refused(String field, InputRules.Refusal reason) {
            super(field + ": " + reason.english());
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
    static Optional<InputRules.Refusal> problem(String name, String value) {
        Matcher row = ROW.matcher(name);
        while (row.find()) {
            if (!row.group(1).matches("\\d{1,3}") || Integer.parseInt(row.group(1)) >= MAX_ROWS) {
                return Optional.of(new InputRules.Refusal("input.rows", List.of(MAX_ROWS), "a form has at most " + MAX_ROWS + " rows, numbered from 0"));
            }
        }
        Optional<InputRules.Refusal> characters = InputRules.characterRefusal(value);
        if (characters.isPresent()) {
            return characters;
        }
        if (name.startsWith(NARRATIVE)) {
            return InputRules.refusal(InputRules.Field.NARRATIVE, value.replace("\r\n", "\n").strip());
        }
        String field = name.substring(name.lastIndexOf('.') + 1);
        InputRules.Field keptIn = KEPT_IN.get(field);
        if (keptIn == null) {
            return Optional.empty();
        }
        if (keptIn == InputRules.Field.SOURCE) {
            return value.lines().map(line -> InputRules.refusal(keptIn, line.strip())).flatMap(Optional::stream).findFirst();
        }
        return InputRules.refusal(keptIn, STRIPPED.contains(field) ? value.strip() : value);
    }

    /**
     * A field's name in the reader's language: body.trends.en is the narrative's part and language, bands[0].meaning
     * the label and its row counted from 1; a field without a label (or a row beyond the last) keeps its form name.
     */
    static MessageSourceResolvable label(String name) {
        String[] narrative = name.split("\\.");
        if (name.startsWith(NARRATIVE) && narrative.length == 3) {
            return new DefaultMessageSourceResolvable(new String[] {"input.field.narrative"}, new Object[] {
                    new DefaultMessageSourceResolvable(new String[] {"narrative.part." + narrative[1]}, narrative[1]),
                    new DefaultMessageSourceResolvable(new String[] {"narrative.language." + narrative[2]}, narrative[2])}, name);
        }
        Matcher row = ROW.matcher(name);
        String field = name.substring(name.lastIndexOf('.') + 1);
        MessageSourceResolvable label = new DefaultMessageSourceResolvable(new String[] {"input.field." + field}, name);
        if (!row.find()) {
            return label;
        }
        if (problem(name, "").isPresent()) {
            return new DefaultMessageSourceResolvable(new String[0], name);
        }
        return new DefaultMessageSourceResolvable(new String[] {"input.field.in-row"}, new Object[] {label, Integer.parseInt(row.group(1)) + 1}, name);
    }
}
