package org.barometer.issue;

import java.util.List;

import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.SecurityEvent;

/**
 * What an analyst writes of an event: its date, its description in English and Russian, its sources, and its scores
 * in the order of {@link EventStore#scoreColumns}: the score of a relationship's event, or the national and regional
 * scores of a security event.
 */
public record EventContent(DateExpression date, String description, String descriptionRu, List<String> sources, List<Integer> scores) {

    public EventContent {
        sources = List.copyOf(sources);
        scores = List.copyOf(scores);
    }

    public static EventContent of(Event event) {
        return new EventContent(event.date(), event.description(), event.descriptionRu(), event.sources(), List.of(event.score()));
    }

    public static EventContent of(SecurityEvent event) {
        return new EventContent(event.date(), event.description(), event.descriptionRu(), event.sources(),
                List.of(event.national(), event.regional()));
    }

    /** As a relationship's event of the method. */
    public Event event() {
        return new Event(date, description, scores.get(0), descriptionRu, sources);
    }

    /** As a security event of the method. */
    public SecurityEvent securityEvent() {
        return new SecurityEvent(date, description, scores.get(0), scores.get(1), descriptionRu, sources);
    }
}
