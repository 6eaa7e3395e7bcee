package org.barometer.publicsite;

import java.util.Locale;

import org.barometer.publicdata.PublishedData;
import org.barometer.system.SameForEveryReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The codebook for readers: what each score means, shown by the anchor events the editor chose from published catalogues. */
@Controller
class CodebookController {

    private final PublishedData published;

    CodebookController(PublishedData published) {
        this.published = published;
    }

    @GetMapping("/codebook")
    @SameForEveryReader
    String codebook(Model model, Locale locale) {
        model.addAttribute("codebook", published.codebook()).addAttribute("language", "ru".equals(locale.getLanguage()) ? "ru" : "en");
        return "publicsite/codebook";
    }
}
