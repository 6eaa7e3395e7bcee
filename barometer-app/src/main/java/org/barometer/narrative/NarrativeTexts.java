package org.barometer.narrative;

import java.util.List;

import org.barometer.method.ForecastStatement;
import org.springframework.stereotype.Repository;

/**
 * The narrative texts of one revision as imports and exports carry them: all of them in the store's order, and a
 * text written at once as the first version. Callers own the transaction.
 */
@Repository
public class NarrativeTexts {

    private final NarrativeStore store;
    private final ForecastStore forecasts;

    NarrativeTexts(NarrativeStore store, ForecastStore forecasts) {
        this.store = store;
        this.forecasts = forecasts;
    }

    /** The forecast statements of the revision stored in this row, in their order. */
    public List<ForecastStatement> forecasts(long issueRow) {
        return forecasts.all(issueRow).stream().map(StoredForecast::statement).toList();
    }

    /** Adds a forecast statement after the revision's last one. */
    public void addForecast(long issueRow, ForecastStatement statement) {
        forecasts.insert(issueRow, statement);
    }

    /** Every text of the revision stored in this row, by subject, part and language. */
    public List<NarrativeText> of(long issueRow) {
        return store.all(issueRow);
    }

    /** Writes a text the revision has not yet; false, and nothing changed, if it has one for that subject, part and language. */
    public boolean add(long issueRow, String subject, String part, String language, String markdown) {
        return store.insert(issueRow, subject, part, language, markdown);
    }
}
