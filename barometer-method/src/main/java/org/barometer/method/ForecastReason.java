package org.barometer.method;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Why a forecast statement was graded as it was, in words any language can say: a message key of the application's
 * bundles and its arguments. An argument is an issue number, a score as the method writes it ("+1", "-4"), or a word
 * the reader's language must name too: a {@link Relationship}, a {@link FigureOf figure}, a {@link Colour colour}, or a
 * part of the sentence that is itself a reason. {@link #english()} is the sentence in English, as the API gives it.
 */
public record ForecastReason(String key, List<Object> args) {

    /** A figure of a relationship ("Russia's aggregate index"), or of the security barometer when the relationship is null. */
    public record FigureOf(Figure figure, Relationship relationship) {

        public FigureOf {
            Objects.requireNonNull(figure, "figure");
            if (figure == Figure.TOTAL) {
                throw new IllegalArgumentException("a forecast names the aggregate index, not the Total row");
            }
        }
    }

    /** A colour of regional tension as the scale names it. */
    public record Colour(String name) {

        public Colour {
            Objects.requireNonNull(name, "name");
        }
    }

    // the same patterns as the application's English bundle (i18n/forecasts.properties)
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("forecast.reason.figure.aggregate", "{0}''s aggregate index"),
            Map.entry("forecast.reason.figure.positive", "{0}''s positive points"),
            Map.entry("forecast.reason.figure.negative", "{0}''s negative points"),
            Map.entry("forecast.reason.figure.national", "national security"),
            Map.entry("forecast.reason.figure.regional", "regional tension"),
            Map.entry("forecast.reason.figure.level", "regional tension''s colour"),
            Map.entry("forecast.reason.not-covered", "{0} is not covered by issue {1}"),
            Map.entry("forecast.reason.not-covered.security", "the security barometer is not covered by issue {0}"),
            Map.entry("forecast.reason.no-colour", "issue {0}''s colour scale has no colour {1}"),
            Map.entry("forecast.reason.is", "{0} in issue {1} is {2}"),
            Map.entry("forecast.reason.are", "{0} in issue {1} are {2}"),
            Map.entry("forecast.reason.above", "{0}, above {1}"),
            Map.entry("forecast.reason.not-above", "{0}, not above {1}"),
            Map.entry("forecast.reason.below", "{0}, below {1}"),
            Map.entry("forecast.reason.not-below", "{0}, not below {1}"),
            Map.entry("forecast.reason.between", "{0}, between {1} and {2}"),
            Map.entry("forecast.reason.not-between", "{0}, not between {1} and {2}"),
            Map.entry("forecast.reason.not-colour", "{0}, not {1}"),
            Map.entry("forecast.reason.no-sign", "{0}: there is no sign to change"),
            Map.entry("forecast.reason.was-zero", "{0} was 0 in issue {1}: 0 has no sign to change"),
            Map.entry("forecast.reason.sign", "{0} was {1} in issue {2} and is {3} in issue {4}"));

    public ForecastReason {
        if (!ENGLISH.containsKey(key)) {
            throw new IllegalArgumentException("\"" + key + "\" is not a reason the method gives");
        }
        args = List.copyOf(args);
    }

    static ForecastReason of(String key, Object... args) {
        return new ForecastReason(key, List.of(args));
    }

    /** The key a figure's words have in the bundles: forecast.reason.figure.aggregate, ….national. */
    public static String figureKey(Figure figure) {
        return "forecast.reason.figure." + figure.key();
    }

    /** The sentence in English. */
    public String english() {
        return say(key, args.stream().map(ForecastReason::english).toArray());
    }

    private static Object english(Object argument) {
        if (argument instanceof ForecastReason part) {
            return part.english();
        }
        if (argument instanceof Relationship relationship) {
            return relationship.name();
        }
        if (argument instanceof FigureOf figure) {
            return say(figureKey(figure.figure()), figure.relationship() == null ? "" : figure.relationship().name());
        }
        if (argument instanceof Colour colour) {
            return colour.name();
        }
        return argument;
    }

    private static String say(String key, Object... arguments) {
        return new MessageFormat(ENGLISH.get(key), Locale.ENGLISH).format(arguments);
    }

    @Override
    public String toString() {
        return english();
    }
}
