package org.barometer.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.barometer.method.DateExpression;
import org.barometer.method.LikelyDuplicate;
import org.barometer.method.Period;
import org.barometer.method.ScoreBound;
import org.barometer.method.Scores;
import org.barometer.workspace.FormProblem;

/**
 * What an analyst is told while typing an event, before saving it: a date outside the period (or one that
 * cannot be read), a score outside the bound, and a likely duplicate of an event already in the catalogue.
 * Warnings only; saving decides what is refused.
 */
final class LiveCheck {

    private LiveCheck() {
    }

    static List<FormProblem> warnings(EventForm form, Subject subject, Period period, ScoreBound bound, List<Entry> catalogue) {
        List<FormProblem> warnings = new ArrayList<>();
        DateExpression date = null;
        if (form.date() != null && !form.date().isBlank()) {
            date = FormReading.date(form.date(), period, warnings);
            if (date != null && !period.covers(date)) {
                warnings.add(FormProblem.of("date", "catalogue.warning.date-outside-period", date.written(), period.start(), period.end()));
            }
        }
        for (String field : subject.scoreFields()) {
            String typed = form.value(field);
            if (Scores.isScore(typed) && !bound.allows(Scores.parse(typed))) {
                warnings.add(FormProblem.of(field, "catalogue.warning.score-out-of-bound", Problems.label(field), Scores.signed(Scores.parse(typed)),
                        bound.toString()));
            }
        }
        LikelyDuplicate.Described typed = new LikelyDuplicate.Described(EventForm.stripped(form.date()), date, form.description(),
                form.descriptionRu());
        for (Entry other : catalogue) {
            if (!Objects.equals(other.id(), form.id()) && LikelyDuplicate.of(typed, other.described())) {
                warnings.add(FormProblem.of("description", "catalogue.warning.duplicate", other.date().written(),
                        other.description().isEmpty() ? other.descriptionRu() : other.description()));
            }
        }
        return warnings;
    }
}
