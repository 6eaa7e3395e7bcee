package org.barometer.catalogue;

import java.util.List;

import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Scores;
import org.barometer.method.SecurityEvent;

/**
 * One event of a catalogue as stored: its row id and version, and what the analyst wrote.
 * The scores follow {@link Subject#scoreFields()}: one for a relationship, national and regional for security.
 */
record Entry(long id, int version, DateExpression date, String description, String descriptionRu, List<String> sources,
             List<Integer> scores) {

    Entry {
        sources = List.copyOf(sources);
        scores = List.copyOf(scores);
    }

    public List<String> signedScores() {
        return scores.stream().map(Scores::signed).toList();
    }

    Draft draft() {
        return new Draft(date, description, descriptionRu, sources, scores);
    }

    Event event() {
        return new Event(date, description, scores.get(0), descriptionRu, sources);
    }

    SecurityEvent securityEvent() {
        return new SecurityEvent(date, description, scores.get(0), scores.get(1), descriptionRu, sources);
    }
}
