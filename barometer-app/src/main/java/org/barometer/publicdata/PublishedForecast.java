package org.barometer.publicdata;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.barometer.method.BrierScore;
import org.barometer.method.ForecastGrade;
import org.barometer.method.ForecastReason;
import org.barometer.method.ForecastStatement;
import org.barometer.narrative.StoredForecast;

/**
 * A forecast statement of a published issue and how it turned out, graded by the method from the published figures of
 * the issue it is about; no grade while that issue is not published. The subject's name is the one the issue it was
 * made in gives it (empty for the security barometer, which the pages name in their own words).
 */
public record PublishedForecast(StoredForecast stored, String subjectName, ForecastGrade grade) {

    public PublishedForecast {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(subjectName, "subjectName");
    }

    public ForecastStatement statement() {
        return stored.statement();
    }

    public Optional<ForecastGrade> graded() {
        return Optional.ofNullable(grade);
    }

    /** true, false, ungradeable, or pending while the issue it is about is not published. */
    public String outcome() {
        return grade == null ? "pending" : grade.verdict().name().toLowerCase(Locale.ROOT);
    }

    /** The Brier score the method gives a graded statement with a probability; none otherwise. */
    public Optional<Double> brier() {
        return graded().flatMap(ForecastGrade::brier).map(BrierScore::value);
    }

    /** The Brier score as the pages of a language write it, three decimals ("0.090", «0,090»); empty if none. */
    public String brierText(Locale locale) {
        return brier().map(value -> String.format(locale, "%.3f", value)).orElse("");
    }

    /** Why, in the method's words (English, as the API gives it); empty while pending. */
    public String reason() {
        return grade == null ? "" : grade.reason();
    }

    /** Why, as a key and arguments a page says in its language; none while pending. */
    public Optional<ForecastReason> why() {
        return graded().map(ForecastGrade::why);
    }
}
