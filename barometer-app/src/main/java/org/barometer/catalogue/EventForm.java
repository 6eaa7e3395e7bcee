package org.barometer.catalogue;

import java.util.List;

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

    public List<String> sourceLines() {
        return Sources.split(sources);
    }

    static String stripped(String value) {
        return value == null ? "" : value.strip();
    }
}
