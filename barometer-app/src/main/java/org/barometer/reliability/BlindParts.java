package org.barometer.reliability;

import java.util.List;
import java.util.Set;

import org.barometer.audit.ChangeLog;
import org.barometer.audit.ChangeWords;
import org.barometer.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * The parts of an issue someone scores blind now, each by its catalogue's code and its relationship's name (null for
 * the security catalogue, which pages name in their language); empty for nearly everyone.
 */
public record BlindParts(int number, List<Part> parts) {

    public BlindParts {
        parts = List.copyOf(parts);
    }

    public record Part(String code, String name) {
    }

    static BlindParts none(int number) {
        return new BlindParts(number, List.of());
    }

    public boolean any() {
        return !parts.isEmpty();
    }

    /** Whether a subject of the issue belongs to a part scored blind: a catalogue's code, a narrative's subject or part. */
    public boolean covers(String subject) {
        String part = Blindness.partOf(subject);
        return parts.stream().anyMatch(p -> p.code().equals(part));
    }

    /**
     * Whether a change of the history is about a part scored blind: a change of its events, narratives, forecasts,
     * readiness or double scoring; and, while any part is, a finding acknowledged or a score decided, which may quote its
     * figures without naming it.
     */
    public boolean hides(ChangeWords.Described change) {
        if (!any()) {
            return false;
        }
        if (!change.relationship().isEmpty()) {
            return covers(change.relationship());
        }
        for (String json : new String[] {change.change().after(), change.change().before()}) {
            JsonNode node = json == null || json.isBlank() ? null : Json.read(json);
            for (String field : List.of("catalogue", "subject")) {
                if (node != null && !node.path(field).asString("").isEmpty()) {
                    return covers(node.path(field).asString(""));
                }
            }
        }
        return UNNAMED.contains(change.change().entity());
    }

    private static final Set<ChangeLog.Entity> UNNAMED = Set.of(ChangeLog.Entity.DOUBLE_SCORE, ChangeLog.Entity.FINDING);

    BlindParts only(String code) {
        return new BlindParts(number, parts.stream().filter(part -> part.code().equals(code)).toList());
    }
}
