package org.barometer.publicsite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.barometer.publicdata.EventQuery;
import org.barometer.publicdata.InvalidQuery;
import org.barometer.publicdata.Page;
import org.barometer.publicdata.PublishedData;
import org.barometer.publicdata.PublishedEvent;
import org.barometer.system.SameForEveryReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search across the events of all published issues; a parameter that cannot be used is said so beside the form. */
@Controller
class SearchController {

    private final PublishedData data;

    SearchController(PublishedData data) {
        this.data = data;
    }

    /** The form as the reader filled it, so it shows again with the results or the message. */
    record SearchForm(String q, String relationship, String minScore, String maxScore, String from, String to) {
        boolean isEmpty() {
            return java.util.stream.Stream.of(q, relationship, minScore, maxScore, from, to).allMatch(v -> v == null || v.isBlank());
        }

        /** The link to one page of these results, without the page number at its end. */
        String pagePath() {
            StringBuilder link = new StringBuilder("/search?");
            addIfSet(link, "q", q);
            addIfSet(link, "relationship", relationship);
            addIfSet(link, "minScore", minScore);
            addIfSet(link, "maxScore", maxScore);
            addIfSet(link, "from", from);
            addIfSet(link, "to", to);
            return link.append("page=").toString();
        }

        private static void addIfSet(StringBuilder link, String name, String value) {
            if (value != null && !value.isBlank()) {
                link.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
    }

    /** A page of results as the shared pagination fragment reads it. */
    record ResultPage(List<PublishedEvent> events, long total, int number, int pages) {
        static ResultPage of(Page<PublishedEvent> page) {
            return new ResultPage(page.items(), page.total(), page.page(), (int) page.totalPages());
        }
    }

    @GetMapping("/search")
    @SameForEveryReader(eachQuery = true)
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String relationship,
                  @RequestParam(required = false) String minScore, @RequestParam(required = false) String maxScore,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String page, Model model, Locale locale, HttpServletResponse response) {
        SearchForm form = new SearchForm(q, relationship, minScore, maxScore, from, to);
        model.addAttribute("form", form);
        model.addAttribute("pagePath", form.pagePath());
        model.addAttribute("relationships", data.relationships());
        model.addAttribute("language", locale.getLanguage());
        if (form.isEmpty() && page == null) {
            return "publicsite/search";
        }
        try {
            EventQuery query = EventQuery.parse(q, relationship, minScore, maxScore, from, to, page, null);
            model.addAttribute("results", ResultPage.of(data.events(query)));
        } catch (InvalidQuery refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", refused.parameter());
        }
        return "publicsite/search";
    }
}
