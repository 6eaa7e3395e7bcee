package org.barometer.method;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A forecast that can be checked later: a figure of a subject (a relationship's code, or {@value StatedFigure#SECURITY}),
 * a comparison with its threshold(s) or colour, the issue it is made in and the issue it is about, and optionally the
 * probability the authors give it. ABOVE and BELOW are strict, BETWEEN includes both ends.
 */
public record ForecastStatement(int madeIn, int about, String subject, Figure figure, Comparison comparison,
                                List<Integer> thresholds, String colour, Double probability) {

    /** How the figure of the issue it is about is compared. */
    public enum Comparison {
        /** the figure is greater than the threshold */
        ABOVE,
        /** the figure is less than the threshold */
        BELOW,
        /** the figure is at or between the two thresholds */
        BETWEEN,
        /** regional tension's colour is the one named */
        STAYS_IN,
        /** the figure has the opposite sign to its value in the issue the statement is made in */
        CHANGES_SIGN;

        /** As the exports and the downloads write it: above, below, between, stays_in, changes_sign. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Comparison ofKey(String key) {
            try {
                return valueOf(key.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + key + "\" is not a comparison; expected above, below, between, stays_in or changes_sign");
            }
        }
    }

    public ForecastStatement {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(comparison, "comparison");
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        colour = colour == null || colour.isBlank() ? null : colour.strip();
        if (madeIn < 1) {
            throw new IllegalArgumentException("a forecast is made in an issue numbered 1 or more, not " + madeIn);
        }
        if (about <= madeIn) {
            throw new IllegalArgumentException("a forecast made in issue " + madeIn + " is about a later issue, not " + about);
        }
        checkSubject(subject, figure);
        checkComparison(figure, comparison, thresholds, colour);
        if (probability != null && !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability is from 0 to 1, not " + probability);
        }
    }

    /** A statement about the next issue, as forecasts are unless they say otherwise. */
    public static ForecastStatement aboutNext(int madeIn, String subject, Figure figure, Comparison comparison,
                                              List<Integer> thresholds, String colour, Double probability) {
        return new ForecastStatement(madeIn, madeIn + 1, subject, figure, comparison, thresholds, colour, probability);
    }

    public Optional<Double> chance() {
        return Optional.ofNullable(probability);
    }

    public boolean aboutSecurity() {
        return subject.equals(StatedFigure.SECURITY);
    }

    /** True, false or ungradeable, from the figures computed for the issue it is about (and, for a change of sign, the one it was made in). */
    public ForecastGrade grade(Issue madeInIssue, Issue aboutIssue) {
        return ForecastGrading.grade(this, madeInIssue, aboutIssue);
    }

    private static void checkSubject(String subject, Figure figure) {
        switch (figure) {
            case AGGREGATE, POSITIVE, NEGATIVE -> {
                if (subject.equals(StatedFigure.SECURITY) || !subject.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    throw new IllegalArgumentException("the " + figure.key() + " figure belongs to a relationship, named by its code, not \"" + subject + "\"");
                }
            }
            case NATIONAL, REGIONAL, LEVEL -> {
                if (!subject.equals(StatedFigure.SECURITY)) {
                    throw new IllegalArgumentException("the " + figure.key() + " figure belongs to the security barometer, not to \"" + subject + "\"");
                }
            }
            case TOTAL -> throw new IllegalArgumentException("a forecast names the aggregate index, not the Total row");
        }
    }

    private static void checkComparison(Figure figure, Comparison comparison, List<Integer> thresholds, String colour) {
        if ((figure == Figure.LEVEL) != (comparison == Comparison.STAYS_IN)) {
            throw new IllegalArgumentException("regional tension's colour is forecast as staying in a colour, and only the colour is");
        }
        int wanted = switch (comparison) {
            case ABOVE, BELOW -> 1;
            case BETWEEN -> 2;
            case STAYS_IN, CHANGES_SIGN -> 0;
        };
        if (thresholds.size() != wanted) {
            throw new IllegalArgumentException("a forecast " + comparison.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " takes " + wanted + " threshold" + (wanted == 1 ? "" : "s") + ", not " + thresholds.size());
        }
        if (comparison == Comparison.BETWEEN && thresholds.get(0) > thresholds.get(1)) {
            throw new IllegalArgumentException("between " + Scores.signed(thresholds.get(0)) + " and " + Scores.signed(thresholds.get(1))
                    + ": the lower threshold comes first");
        }
        if ((comparison == Comparison.STAYS_IN) != (colour != null)) {
            throw new IllegalArgumentException("a colour is named by a forecast that regional tension stays in it, and only by that");
        }
        if (comparison == Comparison.CHANGES_SIGN && (figure == Figure.POSITIVE || figure == Figure.NEGATIVE)) {
            throw new IllegalArgumentException(figure.key() + " points keep their sign: they cannot change it");
        }
    }
}
