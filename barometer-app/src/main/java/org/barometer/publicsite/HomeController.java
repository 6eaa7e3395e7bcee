package org.barometer.publicsite;

import java.util.List;
import java.util.Locale;

import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.RelationsIndex;
import org.barometer.method.SecurityIndices;
import org.barometer.publicdata.PublishedData;
import org.barometer.report.IssueCharts;
import org.barometer.report.IssueSeries;
import org.barometer.report.LevelWords;
import org.barometer.report.Series;
import org.barometer.report.SeriesPoint;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.barometer.method.Scores.signed;

/** The home page: the latest published issue's indices, their change since the issue before, and their dynamics. */
@Controller
class HomeController {

    private final PublishedData published;
    private final MessageSource messages;

    HomeController(PublishedData published, MessageSource messages) {
        this.published = published;
        this.messages = messages;
    }

    /** One relationship's row, figures written as the publication writes them; change is empty for a first issue. */
    record IndexRow(String code, String relationship, int events, String aggregate, String positive, String negative, String change) {
        static IndexRow of(Catalogue catalogue, Series dynamics, int issue) {
            RelationsIndex index = catalogue.index();
            String change = previous(dynamics.relationships().getOrDefault(catalogue.relationship().name(), List.of()), issue)
                    .map(before -> signed(index.aggregate() - before.value())).orElse("");
            return new IndexRow(catalogue.relationship().code(), catalogue.relationship().name(), catalogue.events().size(),
                    signed(index.aggregate()), signed(index.positive()), signed(index.negative()), change);
        }
    }

    record SecurityRow(int events, String national, String regional, LevelWords level,
                       String nationalChange, String regionalChange) {
        static SecurityRow of(Issue issue, Series dynamics, LevelWords level) {
            SecurityIndices indices = issue.securityIndices();
            return new SecurityRow(issue.security().events().size(), signed(indices.national()), signed(indices.regional()), level,
                    previous(dynamics.national(), issue.number()).map(p -> signed(indices.national() - p.value())).orElse(""),
                    previous(dynamics.regional(), issue.number()).map(p -> signed(indices.regional() - p.value())).orElse(""));
        }
    }

    /** The point of the nearest earlier published issue. */
    static java.util.Optional<SeriesPoint> previous(List<SeriesPoint> points, int issue) {
        return points.stream().filter(p -> p.issue() < issue).reduce((earlier, later) -> later.issue() > earlier.issue() ? later : earlier);
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        List<Issue> all = published.contents();
        if (!all.isEmpty()) {
            Issue issue = all.get(all.size() - 1);
            Series dynamics = IssueSeries.series(all);
            model.addAttribute("issue", issue);
            model.addAttribute("rows", issue.catalogues().stream().map(c -> IndexRow.of(c, dynamics, issue.number())).toList());
            model.addAttribute("security", SecurityRow.of(issue, dynamics, LevelWords.of(issue.securityIndices().level(), messages, locale)));
            model.addAttribute("mismatches", issue.mismatches());
            model.addAttribute("charts", List.of(IssueCharts.relationshipIndices(dynamics, locale),
                    IssueCharts.nationalSecurity(dynamics, locale), IssueCharts.regionalTension(dynamics, issue.scale(), locale)));
        }
        return "publicsite/home";
    }
}
