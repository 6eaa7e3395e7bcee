package org.barometer.method;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How a set of graded forecasts turned out: how many came true, how many were false or ungradeable, and the mean Brier
 * score of those that gave a probability, read against {@link BrierScore#ALWAYS_HALF}.
 */
public record TrackRecord(int statements, int cameTrue, int wereFalse, int ungradeable, int withProbability, OptionalDouble meanBrier) {

    public static TrackRecord of(List<ForecastGrade> grades) {
        int cameTrue = 0;
        int wereFalse = 0;
        for (ForecastGrade grade : grades) {
            switch (grade.verdict()) {
                case TRUE -> cameTrue++;
                case FALSE -> wereFalse++;
                case UNGRADEABLE -> { }
            }
        }
        List<BrierScore> briers = grades.stream().flatMap(grade -> grade.brier().stream()).toList();
        OptionalDouble mean = briers.stream().mapToDouble(BrierScore::value).average();
        return new TrackRecord(grades.size(), cameTrue, wereFalse, grades.size() - cameTrue - wereFalse, briers.size(), mean);
    }

    /** One track record per subject: a relationship's code, or "security"; in code order. */
    public static Map<String, TrackRecord> bySubject(List<ForecastGrade> grades) {
        return grades.stream().collect(Collectors.groupingBy(grade -> grade.statement().subject(), TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), TrackRecord::of)));
    }

    /** What always saying 50% would have earned on the same statements. */
    public double reference() {
        return BrierScore.ALWAYS_HALF;
    }

    /** Whether the probabilities given did better than always saying 50%; false with none given. */
    public boolean beatsAlwaysHalf() {
        return meanBrier.isPresent() && meanBrier.getAsDouble() < BrierScore.ALWAYS_HALF;
    }
}
