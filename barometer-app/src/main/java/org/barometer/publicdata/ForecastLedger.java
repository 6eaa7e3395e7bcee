package org.barometer.publicdata;

import java.util.List;
import java.util.Map;

import org.barometer.method.ForecastGrade;
import org.barometer.method.TrackRecord;

/**
 * Every forecast statement of the published issues with how it turned out, and the track record of those graded (pending
 * ones are left out until the issue they are about is published): overall and per subject, by the method's TrackRecord.
 */
public record ForecastLedger(List<PublishedForecast> statements, TrackRecord overall, Map<String, TrackRecord> bySubject,
                             Map<String, String> names) {

    /** No statement at all: for a publication made without the read model. */
    public static final ForecastLedger NONE = of(List.of());

    public ForecastLedger {
        statements = List.copyOf(statements);
        bySubject = Map.copyOf(bySubject);
        names = Map.copyOf(names);
    }

    static ForecastLedger of(List<PublishedForecast> statements) {
        List<ForecastGrade> grades = statements.stream().flatMap(statement -> statement.graded().stream()).toList();
        Map<String, String> names = new java.util.HashMap<>();
        statements.forEach(statement -> names.putIfAbsent(statement.statement().subject(), statement.subjectName()));
        return new ForecastLedger(statements, TrackRecord.of(grades), new java.util.TreeMap<>(TrackRecord.bySubject(grades)), names);
    }

    /** The statements about one issue, made in earlier ones, as its publication opens its forecasts with them. */
    public List<PublishedForecast> about(int number) {
        return statements.stream().filter(statement -> statement.statement().about() == number).toList();
    }

    /** The statements made in one issue, in their order, as its workbook lists them. */
    public List<PublishedForecast> madeIn(int number) {
        return statements.stream().filter(statement -> statement.statement().madeIn() == number).toList();
    }

    /** The subjects with a track record, in code order, security included. */
    public List<String> subjects() {
        return bySubject.keySet().stream().sorted().toList();
    }

    public String name(String subject) {
        return names.getOrDefault(subject, subject);
    }
}
