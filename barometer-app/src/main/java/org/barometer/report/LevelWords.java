package org.barometer.report;

import java.util.Locale;

import org.barometer.method.ColourBand;
import org.springframework.context.MessageSource;

/**
 * A colour band as a reader reads it in one language: the colour's name and the band's meaning, in the words of the
 * publication where its bundle knows them (the method's five colours and their meanings), else as the issue wrote
 * them. {@code key} is the colour in lower case, for styling; {@code meaningLanguage} is the language the meaning is in.
 */
public record LevelWords(String colour, String key, String meaning, String meaningLanguage) {

    public static LevelWords of(ColourBand band, MessageSource messages, Locale locale) {
        ReportWords words = new ReportWords(messages, ReportWords.language(locale.getLanguage()));
        IssueReport.Text meaning = words.meaning(band);
        return new LevelWords(words.colour(band.colour()), ReportWords.key(band.colour()), meaning.content(), meaning.language());
    }
}
