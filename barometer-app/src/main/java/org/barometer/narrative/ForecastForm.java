package org.barometer.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.barometer.method.Figure;
import org.barometer.method.ForecastStatement;
import org.barometer.method.ForecastStatement.Comparison;
import org.barometer.method.Issue;
import org.barometer.method.Scores;
import org.barometer.method.StatedFigure;
import org.barometer.workspace.FormProblem;

/**
 * A forecast statement as the narrative page's form sends it: figure, comparison, threshold(s) or colour, the issue it
 * is about (the next one unless given) and a probability in percent. Each field is checked with a reason naming it;
 * then the statement's own checks apply, so that nothing the method would refuse is kept.
 */
record ForecastForm(String figure, String comparison, String threshold, String upper, String colour, String about, String probability) {

    static final List<String> FIELDS = List.of("figure", "comparison", "threshold", "upper", "colour", "about", "probability");

    /** The statement, or why not: problems each naming its field. */
    record Outcome(ForecastStatement statement, List<FormProblem> problems) {
    }

    static ForecastForm of(Map<String, String> form) {
        return new ForecastForm(strip(form.get("figure")), strip(form.get("comparison")), strip(form.get("threshold")),
                strip(form.get("upper")), strip(form.get("colour")), strip(form.get("about")), strip(form.get("probability")));
    }

    /** The figures a section's forecast can name. */
    static List<Figure> figures(Subject subject) {
        return switch (subject.kind()) {
            case RELATIONSHIP -> List.of(Figure.AGGREGATE, Figure.POSITIVE, Figure.NEGATIVE);
            case NATIONAL -> List.of(Figure.NATIONAL);
            case REGIONAL -> List.of(Figure.REGIONAL, Figure.LEVEL);
            default -> List.of();
        };
    }

    /** Whether a section of the narrative carries forecast statements. */
    static boolean carries(Subject subject) {
        return !figures(subject).isEmpty();
    }

    /** The subject a statement of this section names: the relationship's code, or the security barometer. */
    static String statementSubject(Subject subject) {
        return subject.isRelationship() ? subject.code() : StatedFigure.SECURITY;
    }

    Outcome check(Subject subject, Issue issue) {
        List<FormProblem> problems = new ArrayList<>();
        Figure chosen = figures(subject).stream().filter(f -> f.key().equals(figure)).findFirst().orElse(null);
        if (chosen == null) {
            problems.add(FormProblem.of("figure", "forecast.error.figure"));
        }
        Comparison how = null;
        try {
            how = comparison.isEmpty() ? null : Comparison.valueOf(comparison.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            how = null;
        }
        if (how == null) {
            problems.add(FormProblem.of("comparison", "forecast.error.comparison"));
        }
        List<Integer> thresholds = new ArrayList<>();
        if (how == Comparison.ABOVE || how == Comparison.BELOW || how == Comparison.BETWEEN) {
            number("threshold", threshold, problems).ifPresent(thresholds::add);
        }
        if (how == Comparison.BETWEEN) {
            number("upper", upper, problems).ifPresent(thresholds::add);
        }
        String named = null;
        if (how == Comparison.STAYS_IN) {
            named = issue.scale().band(colour).map(band -> band.colour()).orElse(null);
            if (named == null) {
                problems.add(FormProblem.of("colour", "forecast.error.colour", colour));
            }
        }
        int aboutIssue = issue.number() + 1;
        if (!about.isEmpty()) {
            try {
                aboutIssue = Integer.parseInt(about);
            } catch (NumberFormatException e) {
                aboutIssue = 0;
            }
            if (aboutIssue <= issue.number()) {
                problems.add(FormProblem.of("about", "forecast.error.about", about, issue.number()));
            }
        }
        Double chance = null;
        if (!probability.isEmpty()) {
            try {
                double percent = Double.parseDouble(probability.replace("%", "").replace(',', '.').strip());
                chance = percent >= 0 && percent <= 100 ? percent / 100 : null;
            } catch (NumberFormatException e) {
                chance = null;
            }
            if (chance == null) {
                problems.add(FormProblem.of("probability", "forecast.error.probability", probability));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        try {
            return new Outcome(new ForecastStatement(issue.number(), aboutIssue, statementSubject(subject), chosen, how, thresholds, named, chance),
                    List.of());
        } catch (IllegalArgumentException refused) {
            return new Outcome(null, List.of(FormProblem.of("comparison", "forecast.error.statement", refused.getMessage())));
        }
    }

    private static java.util.Optional<Integer> number(String field, String written, List<FormProblem> problems) {
        if (Scores.isScore(written)) {
            return java.util.Optional.of(Scores.parse(written));
        }
        problems.add(FormProblem.of(field, "forecast.error." + field + (written.isEmpty() ? ".missing" : ""), written));
        return java.util.Optional.empty();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
