package org.barometer.catalogue;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.barometer.method.Scores;
import org.barometer.publicdata.PublishedData;
import org.barometer.publicdata.PublishedEvent;
import org.barometer.publicdata.Suggestions;
import org.barometer.report.ReaderWords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Beside the description being typed, the published events of other issues most like it, with their scores and the
 * median: what like events were given before. It fills nothing in and changes nothing; any member may ask.
 */
@Controller
class SuggestionsController {

    private final PublishedData published;
    private final MessageSource messages;

    SuggestionsController(PublishedData published, MessageSource messages) {
        this.published = published;
        this.messages = messages;
    }

    /** q, or the form's two description fields as the catalogue form sends them; catalogue=security for security events. */
    @GetMapping("/workspace/issues/{number}/suggestions")
    String suggestions(@PathVariable int number, @RequestParam(required = false) String q,
                       @RequestParam(required = false) String description, @RequestParam(required = false) String descriptionRu,
                       @RequestParam(required = false) String catalogue, Locale locale, Model model) {
        String text = Stream.of(q, description, descriptionRu).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        boolean security = "security".equals(catalogue);
        // the events of the issue itself are not past events: a correction would suggest the very event being edited
        Suggestions found = published.suggestions(text, security, event -> event.issue() != number);
        ReaderWords words = ReaderWords.of(messages, locale);
        model.addAttribute("typed", !text.isBlank())
                .addAttribute("suggested", found.events().stream().map(s -> Row.of(s.event(), words)).toList())
                .addAttribute("security", security)
                .addAttribute("median", security
                        ? Suggestions.signed(found.nationalMedian()) + " / " + Suggestions.signed(found.regionalMedian())
                        : Suggestions.signed(found.median()));
        return "catalogue/catalogue :: suggestions";
    }

    /** One suggested event as the fragment shows it. */
    record Row(int issue, String relationship, String score, String text, String language) {

        /** The relationship named as the publication names it in the page's language ("Россия"). */
        static Row of(PublishedEvent event, ReaderWords words) {
            String score = event.isSecurity() ? Scores.signed(event.national()) + " / " + Scores.signed(event.regional())
                    : Scores.signed(event.score());
            String language = words.language();
            return new Row(event.issue(), words.relationship(event.relationship(), event.relationshipName()), score,
                    event.text(language), event.textLanguage(language));
        }
    }
}
