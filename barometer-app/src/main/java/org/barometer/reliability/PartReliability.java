package org.barometer.reliability;

/**
 * How reliable one part of an issue is: a relationship's code, or "national" and "regional" for the security
 * catalogue's two scores; the agreement of its double-scored events; its index of record (the sum of the scores of
 * record) and the same sum with the second coder's score in place of the first wherever there is one.
 */
public record PartReliability(String part, Agreement agreement, int ofRecord, int withSecond) {

    public boolean measured() {
        return agreement.events() > 0;
    }

    public int lowest() {
        return Math.min(ofRecord, withSecond);
    }

    public int highest() {
        return Math.max(ofRecord, withSecond);
    }
}
