package org.barometer.publicsite;

import java.util.List;
import java.util.Locale;

import org.barometer.method.BrierScore;
import org.barometer.method.TrackRecord;
import org.barometer.publicdata.ForecastLedger;
import org.barometer.publicdata.PublishedData;
import org.barometer.system.SameForEveryReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public track record: every forecast statement of the published issues, how it turned out, and the tally. */
@Controller
class ForecastsController {

    private final PublishedData published;

    ForecastsController(PublishedData published) {
        this.published = published;
    }

    /** A row of the track record: a subject (or everything), its tally and mean Brier score as the page writes it. */
    record Tally(String subject, String name, TrackRecord record, String meanBrier) {
    }

    @GetMapping("/forecasts")
    @SameForEveryReader
    String forecasts(Model model, Locale locale) {
        ForecastLedger ledger = published.forecasts();
        List<Tally> subjects = ledger.subjects().stream()
                .map(subject -> tally(subject, ledger.name(subject), ledger.bySubject().get(subject), locale))
                .toList();
        model.addAttribute("ledger", ledger);
        model.addAttribute("overall", tally("", "", ledger.overall(), locale));
        model.addAttribute("subjects", subjects);
        model.addAttribute("reference", String.format(locale, "%.2f", BrierScore.ALWAYS_HALF));
        return "publicsite/forecasts";
    }

    /** A track record with its mean Brier score written as the page's language writes decimals. */
    private static Tally tally(String subject, String name, TrackRecord record, Locale locale) {
        return new Tally(subject, name, record, record.meanBrier().isPresent() ? String.format(locale, "%.3f", record.meanBrier().getAsDouble()) : "");
    }
}
