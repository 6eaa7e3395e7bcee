package org.barometer.method;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two events of one catalogue are likely one event entered twice: dated the same (as written, or the same range
 * of days) and described in nearly the same words (a word-set Jaccard similarity of at least 0.6, in either language).
 */
public final class LikelyDuplicate {

    public static final double THRESHOLD = 0.6;

    /** An event as the check compares it; the date is null when the written one cannot be read (then only the written form can match). */
    public record Described(String written, DateExpression date, String description, String descriptionRu) {
    }

    private LikelyDuplicate() {
    }

    public static boolean of(Described one, Described other) {
        boolean sameDate = normalise(one.written()).equals(normalise(other.written()))
                || (one.date() != null && other.date() != null && one.date().start().equals(other.date().start())
                && one.date().end().equals(other.date().end()));
        return sameDate && (similarity(one.description(), other.description()) >= THRESHOLD
                || similarity(one.descriptionRu(), other.descriptionRu()) >= THRESHOLD);
    }

    /** The words of an event's descriptions, worked out once for a catalogue whose events are compared with each other. */
    public record Words(Set<String> english, Set<String> russian) {

        public static Words of(Described event) {
            return new Words(words(event.description()), words(event.descriptionRu()));
        }
    }

    /** Whether two events already known to be of the same days are described in nearly the same words. */
    public static boolean alike(Words one, Words other) {
        return similarity(one.english(), other.english()) >= THRESHOLD || similarity(one.russian(), other.russian()) >= THRESHOLD;
    }

    /** Shared words over all words, ignoring case and punctuation; 0 when either text has no words. */
    public static double similarity(String one, String other) {
        return similarity(words(one), words(other));
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(normalise(text).split("[^\\p{L}\\p{Nd}]+")).filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }
}
