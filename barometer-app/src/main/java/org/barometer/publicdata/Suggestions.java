package org.barometer.publicdata;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The published events most like a description being typed, the most alike first, and the median of their scores: to
 * show an analyst how like events were scored before, never to fill a score in. Empty when nothing published is alike.
 */
public record Suggestions(List<Suggestion> events) {

    /** How many events a suggestion shows. */
    public static final int COUNT = 5;

    public Suggestions {
        events = List.copyOf(events);
    }

    /** A published event and how alike it is (Lucene's BM25 score: only its order means anything). */
    public record Suggestion(PublishedEvent event, float similarity) {
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** The median score of relationship events; null when there is none. */
    public Double median() {
        return median(PublishedEvent::score);
    }

    /** The median national security score of security events; null when there is none. */
    public Double nationalMedian() {
        return median(PublishedEvent::national);
    }

    /** The median regional tension score of security events; null when there is none. */
    public Double regionalMedian() {
        return median(PublishedEvent::regional);
    }

    /** A median as a page shows it, signed: "+2", "-1.5", "0"; empty for none. */
    public static String signed(Double median) {
        if (median == null) {
            return "";
        }
        String digits = median == Math.rint(median) ? Long.toString(Math.abs(Math.round(median))) : Double.toString(Math.abs(median));
        return (median > 0 ? "+" : median < 0 ? "-" : "") + digits;
    }

    private Double median(Function<PublishedEvent, Integer> score) {
        int[] scores = events.stream().map(s -> score.apply(s.event())).filter(Objects::nonNull).mapToInt(Integer::intValue)
                .sorted().toArray();
        return median(scores);
    }

    /** The middle one of sorted scores, or the mean of the middle two; null for none. */
    static Double median(int[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
