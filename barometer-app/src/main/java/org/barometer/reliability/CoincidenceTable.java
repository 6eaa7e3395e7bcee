package org.barometer.reliability;

import java.util.List;
import java.util.Map;

/**
 * Krippendorff's coincidence table for two coders: each double-scored event pairs its two scores both ways, so an
 * event scored +1 and +2 counts once in (+1, +2) and once in (+2, +1), one scored +2 twice counts twice in (+2, +2),
 * and the table adds up to twice the number of events.
 */
public record CoincidenceTable(List<Integer> values, List<List<Integer>> counts) {

    public static final CoincidenceTable EMPTY = new CoincidenceTable(List.of(), List.of());

    public CoincidenceTable {
        values = List.copyOf(values);
        counts = counts.stream().map(List::copyOf).toList();
        int size = values.size();
        if (counts.size() != size || counts.stream().anyMatch(row -> row.size() != size)) {
            throw new IllegalArgumentException("a coincidence table has a row and a column for each of its " + size + " values");
        }
    }

    /** The table from coincidences counted value by value, which for two coders are whole numbers. */
    static CoincidenceTable of(Map<Integer, Map<Integer, Double>> coincidences) {
        List<Integer> values = coincidences.keySet().stream().sorted().toList();
        List<List<Integer>> counts = values.stream()
                .map(c -> values.stream().map(k -> (int) Math.round(coincidences.get(c).getOrDefault(k, 0.0))).toList())
                .toList();
        return new CoincidenceTable(values, counts);
    }

    /** o(c, k): how often the values c and k were paired; 0 for a value no one gave. */
    public int count(int c, int k) {
        int row = values.indexOf(c);
        int column = values.indexOf(k);
        return row < 0 || column < 0 ? 0 : counts.get(row).get(column);
    }

    /** n(c): how many times the value c was given. */
    public int marginal(int c) {
        int row = values.indexOf(c);
        return row < 0 ? 0 : counts.get(row).stream().mapToInt(Integer::intValue).sum();
    }

    /** n: all values paired, twice the number of events. */
    public int total() {
        return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
    }
}
