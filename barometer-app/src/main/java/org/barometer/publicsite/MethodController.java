package org.barometer.publicsite;

import java.util.List;
import java.util.Locale;

import org.barometer.method.ColourScale;
import org.barometer.method.ScoreBound;
import org.barometer.report.LevelWords;
import org.barometer.report.ReaderWords;
import org.barometer.system.SameForEveryReader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.barometer.method.Scores.signed;

/** "About the method": what a score is, how each index is added up, the colour bands, figures of record, corrections. */
@Controller
class MethodController {

    private final MessageSource messages;

    MethodController(MessageSource messages) {
        this.messages = messages;
    }

    /** A band of the method's colour scale as a reader reads it: its colour, the totals it takes, what it means. */
    record BandRow(LevelWords level, String range) {
    }

    @GetMapping("/method")
    @SameForEveryReader
    String method(Model model, Locale locale) {
        ReaderWords words = ReaderWords.of(messages, locale);
        List<BandRow> bands = ColourScale.DEFAULT.bands().stream()
                .map(band -> new BandRow(LevelWords.of(band, messages, locale), words.range(band))).toList();
        model.addAttribute("bands", bands);
        model.addAttribute("lowest", signed(ScoreBound.DEFAULT.lowest()));
        model.addAttribute("highest", signed(ScoreBound.DEFAULT.highest()));
        return "publicsite/method";
    }
}
