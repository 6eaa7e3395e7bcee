package org.barometer.publicdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.barometer.codebook.Anchor;
import org.barometer.method.Descriptions;
import org.barometer.method.Scores;

/**
 * The codebook as readers see it: for each relationship (in the order readers meet them) and score level (the highest
 * first), the anchor events the editor chose, each a published event with its rationale. An anchor whose event readers
 * no longer see at that score (a correction dropped it or scored it anew) is left out.
 */
public record PublishedCodebook(List<Part> parts) {

    public static final PublishedCodebook NONE = new PublishedCodebook(List.of());

    public PublishedCodebook {
        parts = List.copyOf(parts);
    }

    /** A relationship's anchors, level by level. */
    public record Part(String relationship, String name, List<Level> levels) {
        public Part {
            levels = List.copyOf(levels);
        }
    }

    /** A score level and its anchors in the order they were chosen. */
    public record Level(int score, List<Entry> anchors) {
        public Level {
            anchors = List.copyOf(anchors);
        }

        public String signed() {
            return Scores.signed(score);
        }
    }

    /** An anchor: the published event and why it has its score. */
    public record Entry(PublishedEvent event, String rationale, String rationaleRu) {
        public String rationale(String language) {
            return Descriptions.in(language, rationale, rationaleRu);
        }

        public String rationaleLanguage(String language) {
            return Descriptions.languageIn(language, rationale, rationaleRu);
        }
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** One relationship's part; empty if it has no anchor readers can see. */
    public Optional<Part> of(String relationship) {
        return parts.stream().filter(part -> part.relationship().equals(relationship)).findFirst();
    }

    /** The anchors (in the order {@code Anchors.all} gives them) resolved against the published events and names. */
    static PublishedCodebook of(List<Anchor> anchors, List<PublishedEvent> events, Map<String, String> names) {
        Map<String, PublishedEvent> byUid = events.stream().filter(event -> !event.isSecurity())
                .collect(Collectors.toMap(PublishedEvent::uid, Function.identity(), (first, second) -> first));
        Map<String, Map<Integer, List<Entry>>> found = new LinkedHashMap<>();
        for (Anchor anchor : anchors) {
            PublishedEvent event = byUid.get(anchor.uid());
            if (event != null && event.relationship().equals(anchor.relationship()) && event.score() == anchor.score()) {
                found.computeIfAbsent(anchor.relationship(), code -> new LinkedHashMap<>())
                        .computeIfAbsent(anchor.score(), score -> new ArrayList<>())
                        .add(new Entry(event, anchor.rationale(), anchor.rationaleRu()));
            }
        }
        List<Part> parts = new ArrayList<>();
        names.forEach((code, name) -> {
            Map<Integer, List<Entry>> levels = found.remove(code);
            if (levels != null) {
                parts.add(part(code, name, levels));
            }
        });
        found.forEach((code, levels) -> parts.add(part(code, code, levels)));
        return new PublishedCodebook(parts);
    }

    private static Part part(String code, String name, Map<Integer, List<Entry>> levels) {
        return new Part(code, name, levels.entrySet().stream().map(level -> new Level(level.getKey(), level.getValue())).toList());
    }
}
