package org.barometer.publicdata;

import java.time.LocalDate;
import java.util.List;

import org.barometer.method.DatePrecision;
import org.barometer.method.Descriptions;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A published event, of a relationship's catalogue (score set) or of the security catalogue (relationship
 * "security", national and regional set). uid stays the same across the revisions of its issue.
 */
public record PublishedEvent(String uid, int issue, int revision, String relationship, String relationshipName, String date,
                             LocalDate start, LocalDate end, String description, String descriptionRu, Integer score,
                             Integer national, Integer regional, List<String> sources,
                             @JsonIgnore DatePrecision precision) {

    public PublishedEvent {
        sources = List.copyOf(sources);
    }

    /** How exactly the analyst dated it, as the downloads write it: "day", "part_of_month", … */
    public String precisionKey() {
        return precision.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The date as a page in the language prints it: in Russian written anew from its days («5 октября»), else as written. */
    public String date(String language) {
        return new org.barometer.method.DateExpression(date, start, end, precision).in(language);
    }

    /** The description in the language asked for ("en" or "ru"), else in the other one. */
    public String text(String language) {
        return Descriptions.in(language, description, descriptionRu);
    }

    /** The language {@link #text} is in; a page marks it when it is not the page's own. */
    public String textLanguage(String language) {
        return Descriptions.languageIn(language, description, descriptionRu);
    }

    public boolean isSecurity() {
        return EventQuery.SECURITY.equals(relationship);
    }
}
