package org.barometer.method;

import java.util.Arrays;
import java.util.HashSet;
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

    /** Shared words over all words, ignoring case and punctuation; 0 when either text has no words. */
    public static double similarity(String one, String other) {
        Set<String> a = words(one);
        Set<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / union.size();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(normalise(text).split("[^\\p{L}\\p{Nd}]+")).filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }
}
