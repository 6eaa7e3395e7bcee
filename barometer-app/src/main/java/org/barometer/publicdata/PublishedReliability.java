package org.barometer.publicdata;

import java.util.List;
import java.util.OptionalDouble;

import org.barometer.reliability.PartReliability;

/**
 * The reliability of a published issue's scores, as readers get it: per part (a relationship's code, "national" and
 * "regional" for the security barometer) how many events were scored twice, Krippendorff's alpha ordinal and interval,
 * the share scored the same, the coincidence table, and the index of record with its range under the second scores.
 * Figures of a part nobody scored twice are null ("not measured").
 */
public record PublishedReliability(int issue, int revision, List<Part> parts) {

    public PublishedReliability {
        parts = List.copyOf(parts);
    }

    /** One part; alphas and the share are null where not measured, alphas also where every score given was the same. */
    public record Part(String part, int events, Double alphaOrdinal, Double alphaInterval, Double percentAgreement, int indexOfRecord,
                       int indexLowest, int indexHighest, List<Integer> values, List<List<Integer>> coincidences) {
    }

    static PublishedReliability of(PublishedRevision revision) {
        return new PublishedReliability(revision.published().number(), revision.published().revision(),
                revision.reliability().stream().map(PublishedReliability::part).toList());
    }

    private static Part part(PartReliability part) {
        var agreement = part.agreement();
        return new Part(part.part(), agreement.events(), value(agreement.alphaOrdinal()), value(agreement.alphaInterval()),
                value(agreement.percentAgreement()), part.ofRecord(), part.lowest(), part.highest(), agreement.coincidences().values(),
                agreement.coincidences().counts());
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
