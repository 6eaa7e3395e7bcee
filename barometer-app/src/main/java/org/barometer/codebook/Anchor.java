package org.barometer.codebook;

import java.time.OffsetDateTime;

import org.barometer.method.Descriptions;
import org.barometer.method.Scores;

/**
 * A published event the editor chose to show what a score means for a relationship: the relationship's code, the score
 * level (the event's published score when chosen), the event's stable uid, why in English and Russian, who chose it and when.
 */
public record Anchor(String relationship, int score, String uid, String rationale, String rationaleRu, String chosenBy,
                     OffsetDateTime chosenAt) {

    /** The score level as the method writes it: "+2", "0", "−1". */
    public String signed() {
        return Scores.signed(score);
    }

    /** The rationale in the language asked for ("en" or "ru"), else in the other one. */
    public String rationale(String language) {
        return Descriptions.in(language, rationale, rationaleRu);
    }

    /** The language {@link #rationale(String)} is in; a page marks it when it is not the page's own. */
    public String rationaleLanguage(String language) {
        return Descriptions.languageIn(language, rationale, rationaleRu);
    }
}
