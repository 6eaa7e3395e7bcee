package org.barometer.catalogue;

import java.util.Comparator;
import java.util.List;

import org.barometer.issue.EventContent;
import org.barometer.issue.StoredEvent;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.LikelyDuplicate;
import org.barometer.method.Scores;
import org.barometer.method.SecurityEvent;

/**
 * One event of a catalogue as its page shows it: its row id and version, and what the analyst wrote. The scores
 * follow {@link Subject#scoreFields()}: one for a relationship, national and regional for security.
 */
record Entry(long id, int version, EventContent content) {

    static Entry of(StoredEvent stored) {
        return new Entry(stored.id(), stored.version(), stored.content());
    }

    /** The entries in date order, by the first day each date stands for; entries of the same day as entered. */
    static List<Entry> byDate(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparing(entry -> entry.date().start())).toList();
    }

    public DateExpression date() {
        return content.date();
    }

    public String description() {
        return content.description();
    }

    public String descriptionRu() {
        return content.descriptionRu();
    }

    public List<String> sources() {
        return content.sources();
    }

    public List<Integer> scores() {
        return content.scores();
    }

    public List<String> signedScores() {
        return scores().stream().map(Scores::signed).toList();
    }

    LikelyDuplicate.Described described() {
        return new LikelyDuplicate.Described(date().written(), date(), description(), descriptionRu());
    }

    EventContent draft() {
        return content;
    }

    Event event() {
        return content.event();
    }

    SecurityEvent securityEvent() {
        return content.securityEvent();
    }
}
