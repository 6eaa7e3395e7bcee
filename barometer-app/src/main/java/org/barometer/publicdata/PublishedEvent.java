package org.barometer.publicdata;

import java.time.LocalDate;
import java.util.List;

/**
 * A published event, of a relationship's catalogue (score set) or of the security catalogue (relationship
 * "security", national and regional set). uid stays the same across the revisions of its issue.
 */
public record PublishedEvent(String uid, int issue, int revision, String relationship, String relationshipName, String date,
                             LocalDate start, LocalDate end, String description, String descriptionRu, Integer score,
                             Integer national, Integer regional, List<String> sources) {

    public PublishedEvent {
        sources = List.copyOf(sources);
    }

    public boolean isSecurity() {
        return EventQuery.SECURITY.equals(relationship);
    }
}
