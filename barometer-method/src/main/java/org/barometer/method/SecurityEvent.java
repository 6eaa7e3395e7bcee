package org.barometer.method;

import java.util.List;
import java.util.Objects;

/**
 * One catalogued security event, scored for its effect on national security and on regional tension.
 * Described in English and in Russian; one of the two may be missing (empty), not both.
 */
public record SecurityEvent(DateExpression date, String description, int national, int regional, String descriptionRu,
                            List<String> sources) {

    public SecurityEvent {
        Objects.requireNonNull(date, "date");
        description = Descriptions.orEmpty(description);
        descriptionRu = Descriptions.orEmpty(descriptionRu);
        Descriptions.requireOne(description, descriptionRu);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A security event described in English only, without source links. */
    public SecurityEvent(DateExpression date, String description, int national, int regional) {
        this(date, description, national, regional, "", List.of());
    }

    /** The description in the language asked for ("en" or "ru"), or in the other one when it is missing. */
    public String text(String language) {
        return Descriptions.in(language, description, descriptionRu);
    }

    /** The language {@link #text} shows the description in. */
    public String textLanguage(String language) {
        return Descriptions.languageIn(language, description, descriptionRu);
    }
}
