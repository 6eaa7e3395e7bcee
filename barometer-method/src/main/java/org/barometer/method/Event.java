package org.barometer.method;

import java.util.List;
import java.util.Objects;

/**
 * One catalogued event of a relationship: positive develops it, negative damages it, 0 is neutral but worth recording.
 * The description is written in English and in Russian; one of the two may be missing (empty), not both.
 */
public record Event(DateExpression date, String description, int score, String descriptionRu, List<String> sources) {

    public Event {
        Objects.requireNonNull(date, "date");
        description = Descriptions.orEmpty(description);
        descriptionRu = Descriptions.orEmpty(descriptionRu);
        Descriptions.requireOne(description, descriptionRu);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** An event described in English only, without source links. */
    public Event(DateExpression date, String description, int score) {
        this(date, description, score, "", List.of());
    }

    /** The description in the language asked for ("en" or "ru"), or in the other one when it is missing. */
    /** The language {@link #text} shows the description in. */
    public String textLanguage(String language) {
        return Descriptions.languageIn(language, description, descriptionRu);
    }

    public String text(String language) {
        return Descriptions.in(language, description, descriptionRu);
    }
}
