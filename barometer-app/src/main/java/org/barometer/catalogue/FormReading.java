package org.barometer.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.barometer.issue.EventContent;
import org.barometer.method.DateExpression;
import org.barometer.method.DateFormException;
import org.barometer.method.InputRules;
import org.barometer.method.Period;
import org.barometer.method.ScoreBound;
import org.barometer.method.Scores;
import org.barometer.method.Sources;
import org.barometer.workspace.FormProblem;

/**
 * Reads a submitted event form into a draft, or says what it refuses and why: a date none of the analysts' forms
 * reads, a score outside the issue's bound, no description in either language, a source that is not an http(s) link.
 */
final class FormReading {

    private FormReading() {
    }

    /** The draft, or null with the problems that refuse it. */
    record Reading(EventContent draft, List<FormProblem> problems) {
        boolean accepted() {
            return draft != null;
        }
    }

    static Reading read(EventForm form, Subject subject, Period period, ScoreBound bound) {
        List<FormProblem> problems = new ArrayList<>();
        DateExpression date = date(form.date(), period, problems);
        String description = EventForm.stripped(form.description());
        String descriptionRu = EventForm.stripped(form.descriptionRu());
        if (description.isEmpty() && descriptionRu.isEmpty()) {
            problems.add(FormProblem.of("description", "catalogue.error.description-missing"));
        }
        List<Integer> scores = new ArrayList<>();
        for (String field : subject.scoreFields()) {
            Integer score = score(field, form.value(field), problems);
            if (score != null && !bound.allows(score)) {
                problems.add(FormProblem.of(field, "catalogue.error.score-bound", Problems.label(field), Scores.signed(score), bound.toString()));
            }
            scores.add(score);
        }
        List<String> sources = Sources.split(form.sources());
        for (String source : sources) {
            if (!isWebLink(source)) {
                problems.add(FormProblem.of("sources", "catalogue.error.source", source));
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(null, problems);
        }
        return new Reading(new EventContent(date, description, descriptionRu, sources, scores), List.of());
    }

    /** The date as read, or null with the parser's message (which quotes what was typed) as the problem. */
    static DateExpression date(String written, Period period, List<FormProblem> problems) {
        try {
            return DateExpression.parse(written == null ? "" : written.strip(), period);
        } catch (DateFormException e) {
            problems.add(FormProblem.of("date", "catalogue.error.date", e.getMessage()));
            return null;
        }
    }

    /** The score as read, or null with the problem. */
    static Integer score(String field, String typed, List<FormProblem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(FormProblem.of(field, "catalogue.error.score-missing", Problems.label(field)));
            return null;
        }
        if (!Scores.isScore(typed)) {
            problems.add(FormProblem.of(field, "catalogue.error.score-unreadable", Problems.label(field), typed.strip()));
            return null;
        }
        return Scores.parse(typed);
    }

    static boolean isWebLink(String source) {
        return InputRules.sourceProblem(source).isEmpty();
    }
}
