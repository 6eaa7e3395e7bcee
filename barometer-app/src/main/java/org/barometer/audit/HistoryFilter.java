package org.barometer.audit;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the reader narrows an issue's history to: a relationship (or part of the issue), a person, a kind of change;
 * a blank choice keeps everything.
 */
public record HistoryFilter(String relationship, String person, String kind) {

    public HistoryFilter {
        relationship = blankToNull(relationship);
        person = blankToNull(person);
        kind = blankToNull(kind);
    }

    public boolean keeps(ChangeWords.Described change) {
        return (relationship == null || relationship.equals(change.relationship()))
                && (person == null || person.equals(change.change().account()))
                && (kind == null || kind.equals(change.kind()));
    }

    /** The relationships (and parts) the history touches, to choose from, in the order first seen. */
    public static List<String> relationships(List<ChangeWords.Described> changes) {
        return distinct(changes, ChangeWords.Described::relationship);
    }

    /** The people who made the changes, to choose from. */
    public static List<String> people(List<ChangeWords.Described> changes) {
        return distinct(changes, change -> change.change().account());
    }

    private static List<String> distinct(List<ChangeWords.Described> changes, Function<ChangeWords.Described, String> value) {
        return changes.stream().map(value).filter(Objects::nonNull).filter(v -> !v.isEmpty()).distinct().sorted().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
