package org.barometer.catalogue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.barometer.method.DateExpression;

/**
 * Whether a new event is likely one already catalogued: dated the same (as written, or the same range of days)
 * and described in nearly the same words (a word-set Jaccard similarity of at least 0.6, in either language).
 */
final class LikelyDuplicate {

    static final double THRESHOLD = 0.6;

    private LikelyDuplicate() {
    }

    /** The date is null when the typed one cannot be read; then only the written form can match. */
    static boolean of(Entry other, String written, DateExpression date, String description, String descriptionRu) {
        boolean sameDate = normalise(other.date().written()).equals(normalise(written))
                || (date != null && date.start().equals(other.date().start()) && date.end().equals(other.date().end()));
        return sameDate && (similarity(description, other.description()) >= THRESHOLD
                || similarity(descriptionRu, other.descriptionRu()) >= THRESHOLD);
    }

    /** Shared words over all words, ignoring case and punctuation; 0 when either text has no words. */
    static double similarity(String one, String other) {
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
