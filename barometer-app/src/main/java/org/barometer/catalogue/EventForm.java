package org.barometer.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.barometer.method.Scores;
import org.barometer.method.Sources;

/**
 * An event form exactly as submitted, every field as typed. The version is the one the editor started from;
 * the id, on a live check, is the event being edited (so that it is not its own likely duplicate).
 */
record EventForm(String date, String description, String descriptionRu, String sources, String score, String national,
                 String regional, Integer version, Long id) {

    static final EventForm EMPTY = new EventForm("", "", "", "", "", "", "", null, null);

    static EventForm of(Entry entry) {
        List<String> scores = entry.scores().stream().map(String::valueOf).toList();
        boolean security = scores.size() == 2;
        return new EventForm(entry.date().written(), entry.description(), entry.descriptionRu(), Sources.join(entry.sources()),
                security ? "" : scores.get(0), security ? scores.get(0) : "", security ? scores.get(1) : "", entry.version(), entry.id());
    }

    /** The same form to save over a newer stored version: what keeping one's own edit after a conflict submits. */
    EventForm withVersion(int newVersion) {
        return new EventForm(date, description, descriptionRu, sources, score, national, regional, newVersion, id);
    }

    /** The typed value of a score field: "score", "national" or "regional". */
    public String value(String field) {
        String value = switch (field) {
            case "score" -> score;
            case "national" -> national;
            case "regional" -> regional;
            default -> throw new IllegalArgumentException("no score field " + field);
        };
        return value == null ? "" : value;
    }

    /**
     * The fields ("date", "description", "descriptionRu", each score field, "sources") in which this form says something
     * other than the stored event: text compared without surrounding spaces, scores by their value (so "+2" is 2),
     * sources line by line.
     */
    Set<String> differences(Entry stored, List<String> scoreFields) {
        Set<String> fields = new LinkedHashSet<>();
        if (!stripped(date).equals(stripped(stored.date().written()))) {
            fields.add("date");
        }
        if (!stripped(description).equals(stripped(stored.description()))) {
            fields.add("description");
        }
        if (!stripped(descriptionRu).equals(stripped(stored.descriptionRu()))) {
            fields.add("descriptionRu");
        }
        for (int i = 0; i < scoreFields.size(); i++) {
            String typed = value(scoreFields.get(i));
            if (!Scores.isScore(typed) || Scores.parse(typed) != stored.scores().get(i)) {
                fields.add(scoreFields.get(i));
            }
        }
        if (!sourceLines().equals(stored.sources())) {
            fields.add("sources");
        }
        return fields;
    }

    public List<String> sourceLines() {
        return Sources.split(sources);
    }

    static String stripped(String value) {
        return value == null ? "" : value.strip();
    }
}
