package org.barometer.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.barometer.method.ForecastReason;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.springframework.context.MessageSource;

/**
 * The publication's words in one language, from i18n/report (colours from i18n/colours): names of relationships and colours where the bundle
 * knows them (else as the issue names them), the period with the month names of the language, figure names.
 */
final class ReportWords {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;
    private final String language;
    private final Locale locale;

    ReportWords(MessageSource messages, String language) {
        this.messages = messages;
        this.language = language;
        this.locale = locale(language);
    }

    /** "en" or "ru"; anything else is read as English. */
    static String language(String requested) {
        return "ru".equals(requested) ? "ru" : "en";
    }

    static Locale locale(String language) {
        return "ru".equals(language) ? RUSSIAN : Locale.ENGLISH;
    }

    String language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    String other() {
        return "ru".equals(language) ? "en" : "ru";
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String optional(String key) {
        return messages.getMessage(key, null, null, locale);
    }

    /** "September–October 2020", "Сентябрь–октябрь 2020", "December 2020 – January 2021" (thin spaces), "October 2020". */
    String period(Period period) {
        YearMonth first = period.first();
        YearMonth last = period.last();
        String text;
        if (first.equals(last)) {
            text = month(first) + " " + first.getYear();
        } else if (first.getYear() == last.getYear()) {
            text = month(first) + "\u2013" + month(last) + " " + last.getYear();
        } else {
            text = month(first) + " " + first.getYear() + "\u2009\u2013\u2009" + month(last) + " " + last.getYear();
        }
        return capitalised(text);
    }

    /** The period as a sentence says it: "September–October 2020", "сентябрь–октябрь 2020". */
    String periodInText(Period period) {
        String text = period(period);
        return "ru".equals(language) ? text.substring(0, 1).toLowerCase(locale) + text.substring(1) : text;
    }

    private String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** The text with its first letter in upper case, as a sentence or a cover starts. */
    String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** The relationship's name in this language where the bundle knows it, else as the issue names it. */
    String name(Relationship relationship) {
        return name(relationship.code(), relationship.name());
    }

    /** The same, of a relationship known by its code and the name an issue gives it. */
    String name(String code, String name) {
        return Objects.requireNonNullElse(optional("report.relationship." + code), name);
    }

    /**
     * Why a forecast statement turned out as it did, in this language, the words the method names in it too: the
     * relationship by its name here, the figure by {@link ForecastReason#figureKey}, the colour by i18n/colours.
     */
    String reason(ForecastReason reason) {
        return get(reason.key(), reason.args().stream().map(this::word).toArray());
    }

    private Object word(Object argument) {
        if (argument instanceof ForecastReason part) {
            return reason(part);
        }
        if (argument instanceof Relationship relationship) {
            return name(relationship);
        }
        if (argument instanceof ForecastReason.FigureOf figure) {
            return get(ForecastReason.figureKey(figure.figure()), figure.relationship() == null ? "" : name(figure.relationship()));
        }
        if (argument instanceof ForecastReason.Colour colour) {
            // inside a Russian sentence a translated colour is an ordinary word («— зелёный»); English keeps the scale's own
            // name, and a name with no translation stays as written
            String named = colour(colour.name());
            return "ru".equals(locale.getLanguage()) && !named.equals(colour.name()) ? named.toLowerCase(locale) : named;
        }
        return argument;
    }

    /** "Relationship with Russia", "Отношения с Россией". */
    String heading(Relationship relationship) {
        String known = optional("report.relationship.with." + relationship.code());
        return known != null ? known : get("report.relationship.with", name(relationship));
    }

    String colour(String colour) {
        return ColourWords.name(colour, locale);
    }

    static String key(String colour) {
        return ColourWords.key(colour);
    }

    /**
     * A band's meaning in this language: the bundle's wording when the band means what the method's default scale
     * says, else the issue's own wording, which is in English.
     */
    IssueReport.Text meaning(ColourBand band) {
        boolean methodsWording = ColourScale.DEFAULT.band(band.colour())
                .map(standard -> standard.meaning().equals(band.meaning())).orElse(false);
        Optional<String> translated = methodsWording ? ColourWords.meaning(band.colour(), locale) : Optional.empty();
        if (translated.isPresent()) {
            return new IssueReport.Text(translated.get(), language, false);
        }
        return new IssueReport.Text(band.meaning(), "en", !"en".equals(language));
    }

    /** "−12 to −7", "−1 and above", "−18 and below". */
    String range(ColourBand band) {
        if (band.lowest() == null && band.highest() == null) {
            return get("report.range.any");
        }
        if (band.lowest() == null) {
            return get("report.range.below", ReportNumbers.signed(band.highest()));
        }
        if (band.highest() == null) {
            return get("report.range.above", ReportNumbers.signed(band.lowest()));
        }
        if (band.lowest().equals(band.highest())) {
            return ReportNumbers.signed(band.lowest());
        }
        return get("report.range.between", ReportNumbers.signed(band.lowest()), ReportNumbers.signed(band.highest()));
    }

    /** The figure's name as a note uses it: "aggregate index", "Total row", "regional tension". */
    String figure(org.barometer.method.Figure figure) {
        return get("report.figure." + figure.key());
    }
}
