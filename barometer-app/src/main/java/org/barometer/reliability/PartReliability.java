package org.barometer.reliability;

import java.util.List;
import java.util.Optional;

/**
 * How reliable one part of an issue is: a relationship's code, or "national" and "regional" for the security
 * catalogue's two scores; the agreement of its double-scored events; its index of record (the sum of the scores of
 * record) and the same sum with the second coder's score in place of the first wherever there is one.
 */
public record PartReliability(String part, Agreement agreement, int ofRecord, int withSecond) {

    /** The parts of the security barometer: its national and its regional scores. */
    public static final String NATIONAL = "national";
    public static final String REGIONAL = "regional";

    public boolean measured() {
        return agreement.events() > 0;
    }

    public int lowest() {
        return Math.min(ofRecord, withSecond);
    }

    public int highest() {
        return Math.max(ofRecord, withSecond);
    }

    /** Whether the second scores give another index: then readers see its range beside the figure of record. */
    public boolean ranged() {
        return measured() && ofRecord != withSecond;
    }

    /** The part of these (a relationship's code, "national", "regional") whose index has a range; empty where none. */
    public static Optional<PartReliability> ranged(List<PartReliability> parts, String part) {
        return parts.stream().filter(p -> p.part().equals(part) && p.ranged()).findFirst();
    }
}
