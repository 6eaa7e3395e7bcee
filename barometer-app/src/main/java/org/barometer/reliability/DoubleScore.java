package org.barometer.reliability;

/** One event scored twice, blind: the score of record's first analyst and the second coder's score. */
public record DoubleScore(long eventId, int first, int second) {

    public boolean agrees() {
        return first == second;
    }
}
