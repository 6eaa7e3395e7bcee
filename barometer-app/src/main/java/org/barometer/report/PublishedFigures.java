package org.barometer.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.ScoreBound;
import org.barometer.method.Scores;
import org.barometer.method.SecurityEvent;
import org.barometer.method.StatedFigure;
import org.barometer.method.StatedFigureMismatch;
import org.barometer.report.IssueReport.EditorsNote;
import org.barometer.report.IssueReport.NoteRow;
import org.barometer.report.IssueReport.RecordFigure;

import static org.barometer.report.ReportNumbers.signed;

/**
 * An issue's figures of record: the figures it stated where it stated them (an issue imported from its publication),
 * else its catalogue's sums. Where the catalogue adds up to something else (its StatedFigureMismatch findings), the
 * figure is marked and the issue's one editor's note gives both; the note also names every score outside the issue's
 * bound.
 */
final class PublishedFigures {

    private final Issue issue;
    private final Map<String, Map<Figure, StatedFigureMismatch>> bySubject = new LinkedHashMap<>();
    private final Map<String, String> subjects = new HashMap<>();
    private final ReportWords words;

    PublishedFigures(Issue issue, ReportWords words) {
        this.issue = issue;
        this.words = words;
        issue.catalogues().forEach(catalogue -> subjects.put(catalogue.relationship().code(), words.name(catalogue.relationship())));
        subjects.put(StatedFigure.SECURITY, words.get("report.security.title"));
        issue.mismatches().forEach(mismatch ->
                bySubject.computeIfAbsent(mismatch.subject(), s -> new EnumMap<>(Figure.class)).put(mismatch.figure(), mismatch));
    }

    /** The mismatch of one figure of a subject (a relationship's code, or "security"), or null if it agrees. */
    StatedFigureMismatch find(String subject, Figure figure) {
        return bySubject.getOrDefault(subject, Map.of()).get(figure);
    }

    /** The figure of record, with the catalogue's sum where that differs. */
    RecordFigure figure(String subject, Figure figure, int computed) {
        StatedFigureMismatch mismatch = find(subject, figure);
        return mismatch == null
                ? new RecordFigure(signed(computed), null)
                : new RecordFigure(signed(Scores.parse(mismatch.stated())), signed(computed));
    }

    /** The figure of record as a number (for a chart that draws it). */
    int number(String subject, Figure figure, int computed) {
        StatedFigureMismatch mismatch = find(subject, figure);
        return mismatch == null ? computed : Scores.parse(mismatch.stated());
    }

    /** Whether a score lies outside the issue's bound (shown as published, marked, and explained in the note). */
    boolean outOfBound(int score) {
        return !issue.bound().allows(score);
    }

    /** The issue's one editor's note: every figure of record its catalogue does not add up to, every score out of bound. */
    EditorsNote note() {
        List<NoteRow> rows = new ArrayList<>();
        for (StatedFigureMismatch mismatch : issue.mismatches()) {
            boolean level = mismatch.figure() == Figure.LEVEL;
            rows.add(new NoteRow(subjects.getOrDefault(mismatch.subject(), mismatch.subject()), words.figure(mismatch.figure()),
                    level ? words.colour(mismatch.stated()) : signed(Scores.parse(mismatch.stated())),
                    level ? words.colour(mismatch.computed()) : signed(Scores.parse(mismatch.computed()))));
        }
        List<String> scores = new ArrayList<>();
        ScoreBound bound = issue.bound();
        for (Catalogue catalogue : issue.catalogues()) {
            for (Event event : catalogue.events()) {
                if (outOfBound(event.score())) {
                    scores.add(score(words.name(catalogue.relationship()), event.date(), event.score(), bound));
                }
            }
        }
        String security = words.get("report.security.title");
        for (SecurityEvent event : issue.security().events()) {
            if (outOfBound(event.national())) {
                scores.add(score(security + " (" + words.get("report.figure.national") + ")", event.date(), event.national(), bound));
            }
            if (outOfBound(event.regional())) {
                scores.add(score(security + " (" + words.get("report.figure.regional") + ")", event.date(), event.regional(), bound));
            }
        }
        return new EditorsNote(rows, scores);
    }

    /** "The EU, September–October: the score −4 lies outside the issue's bound (−3 to +3); it is shown and counted as published." */
    private String score(String subject, DateExpression date, int score, ScoreBound bound) {
        return words.get("report.note.score", words.capitalised(subject), date.in(words.language()), signed(score),
                words.get("report.range.between", signed(bound.lowest()), signed(bound.highest())));
    }
}
