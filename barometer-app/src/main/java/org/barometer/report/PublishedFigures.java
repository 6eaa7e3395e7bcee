package org.barometer.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.StatedFigure;
import org.barometer.method.StatedFigureMismatch;
import org.barometer.report.IssueReport.ComputedFigure;

import static org.barometer.report.ReportNumbers.signed;

/**
 * The figures an issue as originally published stated differently from what its catalogues add up to (its
 * StatedFigureMismatch findings): the report shows the computed figure, marked, with a sentence giving the original.
 */
final class PublishedFigures {

    private final Map<String, Map<Figure, StatedFigureMismatch>> bySubject = new LinkedHashMap<>();
    private final Map<String, String> subjects = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final ReportWords words;

    PublishedFigures(Issue issue, ReportWords words) {
        this.words = words;
        issue.catalogues().forEach(catalogue -> subjects.put(catalogue.relationship().code(), words.name(catalogue.relationship())));
        subjects.put(StatedFigure.SECURITY, words.get("report.security.title"));
        issue.mismatches().forEach(mismatch -> {
                    bySubject.computeIfAbsent(mismatch.subject(), s -> new EnumMap<>(Figure.class)).put(mismatch.figure(), mismatch);
                    notes.add(note(mismatch));
                });
    }

    /** The mismatch of one figure of a subject (a relationship's code, or "security"), or null if it agrees. */
    StatedFigureMismatch find(String subject, Figure figure) {
        return bySubject.getOrDefault(subject, Map.of()).get(figure);
    }

    /** The computed figure, with the original and its note where the issue as published stated another. */
    ComputedFigure figure(String subject, Figure figure, int computed) {
        StatedFigureMismatch mismatch = find(subject, figure);
        return mismatch == null
                ? new ComputedFigure(signed(computed), null, null)
                : new ComputedFigure(signed(computed), mismatch.stated(), note(mismatch));
    }

    /** "Russia, aggregate index: originally published as +21; the catalogue adds up to +23, the figure shown here." */
    String note(StatedFigureMismatch mismatch) {
        boolean level = mismatch.figure() == Figure.LEVEL;
        return words.get("report.note", subjects.getOrDefault(mismatch.subject(), mismatch.subject()), words.figure(mismatch.figure()),
                level ? words.colour(mismatch.stated()) : signed(mismatch.stated()),
                level ? words.colour(mismatch.computed()) : signed(mismatch.computed()));
    }

    /** Every note, in the order of the issue's stated figures. */
    List<String> notes() {
        return List.copyOf(notes);
    }
}
