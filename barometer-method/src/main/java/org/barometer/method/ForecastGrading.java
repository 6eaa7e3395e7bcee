package org.barometer.method;

import java.util.List;
import java.util.Optional;

import org.barometer.method.ForecastGrade.Verdict;
import org.barometer.method.ForecastReason.Colour;
import org.barometer.method.ForecastReason.FigureOf;
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
        Relationship relationship = relationship(statement.subject(), madeIn, about);
        FigureOf figure = new FigureOf(statement.figure(), relationship);
        if (!covered(statement.subject(), about)) {
            return new ForecastGrade(statement, Verdict.UNGRADEABLE, notCovered(relationship, about));
        }
        if (statement.comparison() == Comparison.STAYS_IN) {
            return colour(statement, about, figure);
        }
        int value = value(statement.figure(), statement.subject(), about);
        List<Integer> t = statement.thresholds();
        boolean points = statement.figure() == Figure.POSITIVE || statement.figure() == Figure.NEGATIVE;
        ForecastReason is = ForecastReason.of(points ? "forecast.reason.are" : "forecast.reason.is", figure, about.number(), Scores.signed(value));
        return switch (statement.comparison()) {
            case ABOVE -> verdict(statement, value > t.get(0), "above", is, Scores.signed(t.get(0)));
            case BELOW -> verdict(statement, value < t.get(0), "below", is, Scores.signed(t.get(0)));
            case BETWEEN -> verdict(statement, value >= t.get(0) && value <= t.get(1), "between", is,
                    Scores.signed(t.get(0)), Scores.signed(t.get(1)));
            case CHANGES_SIGN -> sign(statement, madeIn, relationship, figure, value);
            case STAYS_IN -> throw new IllegalStateException("graded above");
        };
    }

    /** "… is -4, above -5" or "… is -4, not above -4": the comparison's key, with "not-" where it did not come true. */
    private static ForecastGrade verdict(ForecastStatement statement, boolean cameTrue, String comparison, Object... args) {
        return new ForecastGrade(statement, cameTrue ? Verdict.TRUE : Verdict.FALSE,
                ForecastReason.of("forecast.reason." + (cameTrue ? "" : "not-") + comparison, args));
    }

    private static ForecastGrade colour(ForecastStatement statement, Issue about, FigureOf figure) {
        Optional<ColourBand> named = about.scale().band(statement.colour());
        if (named.isEmpty()) {
            return new ForecastGrade(statement, Verdict.UNGRADEABLE,
                    ForecastReason.of("forecast.reason.no-colour", about.number(), new Colour(statement.colour())));
        }
        String level = about.securityIndices().level().colour();
        boolean cameTrue = level.equalsIgnoreCase(named.get().colour());
        ForecastReason is = ForecastReason.of("forecast.reason.is", figure, about.number(), new Colour(level));
        return new ForecastGrade(statement, cameTrue ? Verdict.TRUE : Verdict.FALSE,
                cameTrue ? is : ForecastReason.of("forecast.reason.not-colour", is, new Colour(named.get().colour())));
    }

    private static ForecastGrade sign(ForecastStatement statement, Issue madeIn, Relationship relationship, FigureOf figure, int value) {
        if (!covered(statement.subject(), madeIn)) {
            return new ForecastGrade(statement, Verdict.UNGRADEABLE,
                    ForecastReason.of("forecast.reason.no-sign", notCovered(relationship, madeIn)));
        }
        int before = value(statement.figure(), statement.subject(), madeIn);
        if (before == 0) {
            return new ForecastGrade(statement, Verdict.UNGRADEABLE, ForecastReason.of("forecast.reason.was-zero", figure, madeIn.number()));
        }
        // 0 afterwards has lost its sign without taking the other one
        boolean cameTrue = Integer.signum(value) == -Integer.signum(before);
        return new ForecastGrade(statement, cameTrue ? Verdict.TRUE : Verdict.FALSE, ForecastReason.of("forecast.reason.sign",
                figure, Scores.signed(before), madeIn.number(), Scores.signed(value), statement.about()));
    }

    /** The relationship, or the security barometer when there is none, is not covered by the issue. */
    private static ForecastReason notCovered(Relationship relationship, Issue issue) {
        return relationship == null ? ForecastReason.of("forecast.reason.not-covered.security", issue.number())
                : ForecastReason.of("forecast.reason.not-covered", relationship, issue.number());
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

    /**
     * The relationship as the issue graded against names it, or as the one the statement was made in does where the
     * later has none (as its code where neither does); none for the security barometer.
     */
    private static Relationship relationship(String subject, Issue madeIn, Issue about) {
        if (subject.equals(StatedFigure.SECURITY)) {
            return null;
        }
        return about.catalogue(subject).or(() -> madeIn.catalogue(subject)).map(Catalogue::relationship)
                .orElseGet(() -> new Relationship(subject, subject));
    }
}
