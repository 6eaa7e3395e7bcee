package org.barometer.method;

import java.util.List;
import java.util.Optional;

import org.barometer.method.ForecastGrade.Verdict;
import org.barometer.method.ForecastStatement.Comparison;

/** Grades a forecast statement from the figures the issues compute: never from what they stated, never by guessing. */
final class ForecastGrading {

    private ForecastGrading() {
    }

    static ForecastGrade grade(ForecastStatement statement, Issue madeIn, Issue about) {
        if (madeIn.number() != statement.madeIn() || about.number() != statement.about()) {
            throw new IllegalArgumentException("a statement made in issue " + statement.madeIn() + " about issue " + statement.about()
                    + " is graded with those issues, not " + madeIn.number() + " and " + about.number());
        }
        if (about.status() != IssueStatus.PUBLISHED) {
            throw new IllegalStateException("issue " + about.number() + " is not published: its forecasts are graded when it is");
        }
        String name = subjectName(statement.subject(), madeIn, about);
        String figure = describe(statement.figure(), name);
        if (!covered(statement.subject(), about)) {
            return new ForecastGrade(statement, Verdict.UNGRADEABLE, name + " is not covered by issue " + about.number());
        }
        if (statement.comparison() == Comparison.STAYS_IN) {
            return colour(statement, about, figure);
        }
        int value = value(statement.figure(), statement.subject(), about);
        List<Integer> t = statement.thresholds();
        boolean points = statement.figure() == Figure.POSITIVE || statement.figure() == Figure.NEGATIVE;
        String is = figure + " in issue " + about.number() + (points ? " are " : " is ") + Scores.signed(value);
        return switch (statement.comparison()) {
            case ABOVE -> verdict(statement, value > t.get(0), is, "above " + Scores.signed(t.get(0)));
            case BELOW -> verdict(statement, value < t.get(0), is, "below " + Scores.signed(t.get(0)));
            case BETWEEN -> verdict(statement, value >= t.get(0) && value <= t.get(1), is,
                    "between " + Scores.signed(t.get(0)) + " and " + Scores.signed(t.get(1)));
            case CHANGES_SIGN -> sign(statement, madeIn, name, figure, value);
            case STAYS_IN -> throw new IllegalStateException("graded above");
        };
    }

    private static ForecastGrade verdict(ForecastStatement statement, boolean cameTrue, String is, String expected) {
        return new ForecastGrade(statement, cameTrue ? Verdict.TRUE : Verdict.FALSE, is + ", " + (cameTrue ? "" : "not ") + expected);
    }

    private static ForecastGrade colour(ForecastStatement statement, Issue about, String figure) {
        Optional<ColourBand> named = about.scale().band(statement.colour());
        if (named.isEmpty()) {
            return new ForecastGrade(statement, Verdict.UNGRADEABLE, "issue " + about.number() + "'s colour scale has no colour " + statement.colour());
        }
        String level = about.securityIndices().level().colour();
        boolean cameTrue = level.equalsIgnoreCase(named.get().colour());
        return new ForecastGrade(statement, cameTrue ? Verdict.TRUE : Verdict.FALSE,
                figure + " in issue " + about.number() + " is " + level + (cameTrue ? "" : ", not " + named.get().colour()));
    }

    private static ForecastGrade sign(ForecastStatement statement, Issue madeIn, String name, String figure, int value) {
        if (!covered(statement.subject(), madeIn)) {
            return new ForecastGrade(statement, Verdict.UNGRADEABLE,
                    name + " is not covered by issue " + madeIn.number() + ": there is no sign to change");
        }
        int before = value(statement.figure(), statement.subject(), madeIn);
        String was = figure + " was " + Scores.signed(before) + " in issue " + madeIn.number();
        if (before == 0) {
            return new ForecastGrade(statement, Verdict.UNGRADEABLE, was + ": 0 has no sign to change");
        }
        // 0 afterwards has lost its sign without taking the other one
        boolean cameTrue = Integer.signum(value) == -Integer.signum(before);
        return new ForecastGrade(statement, cameTrue ? Verdict.TRUE : Verdict.FALSE,
                was + " and is " + Scores.signed(value) + " in issue " + statement.about());
    }

    private static boolean covered(String subject, Issue issue) {
        if (subject.equals(StatedFigure.SECURITY)) {
            return issue.security().covered();
        }
        return issue.catalogue(subject).map(Catalogue::covered).orElse(false);
    }

    private static int value(Figure figure, String subject, Issue issue) {
        if (subject.equals(StatedFigure.SECURITY)) {
            SecurityIndices indices = issue.securityIndices();
            return figure == Figure.NATIONAL ? indices.national() : indices.regional();
        }
        RelationsIndex index = issue.catalogue(subject).orElseThrow().index();
        return switch (figure) {
            case POSITIVE -> index.positive();
            case NEGATIVE -> index.negative();
            default -> index.aggregate();
        };
    }

    /** The heading of the issue graded against, or of the one the statement was made in where the later has none. */
    private static String subjectName(String subject, Issue madeIn, Issue about) {
        if (subject.equals(StatedFigure.SECURITY)) {
            return "the security barometer";
        }
        return about.catalogue(subject).or(() -> madeIn.catalogue(subject)).map(c -> c.relationship().name()).orElse(subject);
    }

    private static String describe(Figure figure, String name) {
        return switch (figure) {
            case AGGREGATE, TOTAL -> name + "'s aggregate index";
            case POSITIVE -> name + "'s positive points";
            case NEGATIVE -> name + "'s negative points";
            case NATIONAL -> "national security";
            case REGIONAL -> "regional tension";
            case LEVEL -> "regional tension's colour";
        };
    }
}
