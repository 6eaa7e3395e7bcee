package org.barometer.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * How far two coders agree on the events both scored: Krippendorff's alpha with the ordinal and the interval metric
 * and the coincidence table (computed by DKPro Statistics), the share of events given the same score and the number of
 * events. Alpha is undefined (empty) without events or when every score given is the same: there is no variation to
 * agree on.
 */
public record Agreement(int events, OptionalDouble alphaOrdinal, OptionalDouble alphaInterval, OptionalDouble percentAgreement,
                        CoincidenceTable coincidences) {

    /** Krippendorff's levels of measurement used here: scores are ranked (ordinal) and evenly spaced (interval). */
    enum Metric {
        ORDINAL(new OrdinalDistanceFunction()), INTERVAL(new IntervalDistanceFunction());

        private final IDistanceFunction distance;

        Metric(IDistanceFunction distance) {
            this.distance = distance;
        }
    }

    public Agreement {
        Objects.requireNonNull(alphaOrdinal, "alphaOrdinal");
        Objects.requireNonNull(alphaInterval, "alphaInterval");
        Objects.requireNonNull(percentAgreement, "percentAgreement");
        Objects.requireNonNull(coincidences, "coincidences");
    }

    public static Agreement of(List<DoubleScore> scores) {
        Set<Long> seen = new HashSet<>();
        List<List<Integer>> units = new ArrayList<>();
        for (DoubleScore score : scores) {
            if (!seen.add(score.eventId())) {
                throw new IllegalArgumentException("event " + score.eventId() + " is listed twice: an event has one pair of scores");
            }
            units.add(List.of(score.first(), score.second()));
        }
        if (units.isEmpty()) {
            return new Agreement(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), CoincidenceTable.EMPTY);
        }
        CodingAnnotationStudy study = study(units);
        // counted here: DKPro refuses a percentage where every score is the same, which is all agreeing, 100%
        double agreeing = scores.stream().filter(DoubleScore::agrees).count();
        return new Agreement(units.size(), alpha(study, Metric.ORDINAL), alpha(study, Metric.INTERVAL),
                OptionalDouble.of(agreeing / units.size()), CoincidenceTable.of(coincidences(study)));
    }

    /**
     * Alpha for units coded by any number of coders, a unit's list holding each coder's value or null where that coder
     * did not code it; the same computation {@link #of} makes for two.
     */
    static OptionalDouble alpha(List<List<Integer>> units, Metric metric) {
        return alpha(study(units), metric);
    }

    private static OptionalDouble alpha(CodingAnnotationStudy study, Metric metric) {
        if (study.getItemCount() == 0 || coincidences(study).size() < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(new KrippendorffAlphaAgreement(study, metric.distance).calculateAgreement());
    }

    private static CodingAnnotationStudy study(List<List<Integer>> units) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(units.stream().mapToInt(List::size).max().orElse(2));
        for (List<Integer> unit : units) {
            study.addItemAsArray(unit.toArray());
        }
        return study;
    }

    private static Map<Integer, Map<Integer, Double>> coincidences(CodingAnnotationStudy study) {
        Map<Integer, Map<Integer, Double>> table = new LinkedHashMap<>();
        CodingAnnotationStudy.countCategoryCoincidence(study).forEach((c, row) -> {
            Map<Integer, Double> counts = new LinkedHashMap<>();
            row.forEach((k, count) -> counts.put((Integer) k, count));
            table.put((Integer) c, counts);
        });
        return table;
    }
}
