package org.barometer.codebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.barometer.audit.ChangeWords;
import org.barometer.method.Descriptions;
import org.barometer.method.Relationship;
import org.barometer.method.Scores;

/**
 * The editor's codebook page for one relationship: its published events by score level, each with its anchor if the
 * editor chose it; anchors whose event readers no longer see at that score; the latest changes to the codebook.
 */
record CodebookPage(List<Relationship> relationships, Relationship selected, List<Level> levels, List<Anchor> stale,
                    List<ChangeWords.Described> history) {

    /** A score level and the published events at it; anchored counts the anchors among them. */
    record Level(int score, List<Choice> events) {
        public String signed() {
            return Scores.signed(score);
        }

        public String id() {
            return "level-" + (score < 0 ? "minus-" + -score : Integer.toString(score));
        }

        public long anchored() {
            return events.stream().filter(Choice::anchored).count();
        }
    }

    /** A published event, anchor or not. */
    record Choice(AnchorChoices.PublishedEvent published, Anchor anchor) {
        public boolean anchored() {
            return anchor != null;
        }

        public String uid() {
            return published.event().uid();
        }

        public int issue() {
            return published.revision().number();
        }

        public String date(String language) {
            return published.event().content().date().in(language);
        }

        public String description(String language) {
            var content = published.event().content();
            return Descriptions.in(language, content.description(), content.descriptionRu());
        }
    }

    static CodebookPage of(List<Relationship> relationships, Relationship selected, List<AnchorChoices.PublishedEvent> published,
                           List<Anchor> anchors, List<ChangeWords.Described> history) {
        Map<String, Anchor> byUid = anchors.stream().collect(Collectors.toMap(Anchor::uid, anchor -> anchor));
        Map<Integer, List<Choice>> levels = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (AnchorChoices.PublishedEvent event : published) {
            Anchor anchor = byUid.get(event.event().uid());
            boolean current = anchor != null && anchor.score() == event.score();
            if (current) {
                seen.add(anchor.uid());
            }
            levels.computeIfAbsent(event.score(), score -> new ArrayList<>()).add(new Choice(event, current ? anchor : null));
        }
        List<Level> shown = levels.entrySet().stream().map(level -> new Level(level.getKey(), List.copyOf(level.getValue()))).toList();
        List<Anchor> stale = anchors.stream().filter(anchor -> !seen.contains(anchor.uid())).toList();
        return new CodebookPage(relationships, selected, shown, stale, history);
    }
}
