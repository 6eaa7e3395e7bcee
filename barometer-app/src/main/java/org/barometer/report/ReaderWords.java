package org.barometer.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.barometer.method.ColourBand;
import org.barometer.method.Period;
import org.barometer.publicdata.PublishedForecast;
import org.springframework.context.MessageSource;

/**
 * The publication's words for the pages around it, so that the site names things as the PDF does: relationships in
 * the reader's language where the report's bundle knows them ("Россия"), periods and days as people write them
 * ("September–October 2020", "5 ноября 2020"), a colour band's range ("−12 to −7").
 */
public final class ReaderWords {

    private final MessageSource messages;
    private final ReportWords words;
    private final DateTimeFormatter days;

    private ReaderWords(MessageSource messages, ReportWords words) {
        this.messages = messages;
        this.words = words;
        this.days = DateTimeFormatter.ofPattern("d MMMM yyyy", words.locale());
    }

    /** The words of the locale's language: Russian for "ru", English for any other. */
    public static ReaderWords of(MessageSource messages, Locale locale) {
        return new ReaderWords(messages, new ReportWords(messages, ReportWords.language(locale.getLanguage())));
    }

    /** "en" or "ru": the language of these words. */
    public String language() {
        return words.language();
    }

    /**
     * The relationship's name in this language where the publication's bundle knows it ({@code report.relationship.CODE}),
     * else as the issue names it; any stored code is looked up, also one kept from before the input rules.
     */
    public String relationship(String code, String name) {
        return words.name(code, name);
    }

    /** A colour of regional tension in this language where the bundle knows it, else as the scale names it; empty for none. */
    public String colour(String colour) {
        return colour == null ? "" : words.colour(colour);
    }

    /** Why a forecast statement turned out as it did, in this language; empty while it is pending. */
    public String reason(PublishedForecast forecast) {
        return forecast.why().map(words::reason).orElse("");
    }

    /** "Relationship with the EU", "Отношения с Европейским союзом", as the publication heads its section. */
    public String relationshipHeading(String code, String name) {
        String known = messages.getMessage("report.relationship.with." + code, null, null, words.locale());
        return known != null ? known : words.get("report.relationship.with", relationship(code, name));
    }

    /** "September–October 2020", "Сентябрь–октябрь 2020". */
    public String period(Period period) {
        return words.period(period);
    }

    /** The whole months from the first day's to the last day's. */
    public String period(LocalDate from, LocalDate to) {
        return words.period(new Period(YearMonth.from(from), YearMonth.from(to)));
    }

    /** "5 November 2020", "5 ноября 2020". */
    public String day(LocalDate day) {
        return days.format(day);
    }

    /** "−12 to −7", "−1 and above", "от −12 до −7". */
    public String range(ColourBand band) {
        return words.range(band);
    }
}
