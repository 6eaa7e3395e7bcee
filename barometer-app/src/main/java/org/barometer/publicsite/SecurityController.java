package org.barometer.publicsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.barometer.publicdata.Dynamics;
import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
import org.barometer.publicdata.PublishedIssue;
import org.barometer.reliability.PartReliability;
import org.barometer.report.ChartSvg;
import org.barometer.report.IssueCharts;
import org.barometer.report.LevelWords;
import org.barometer.report.ReaderWords;
import org.barometer.report.Series;
import org.barometer.system.SameForEveryReader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.barometer.method.Scores.signed;

/** The security barometer issue by issue: national security, regional tension and its colour, and their charts. */
@Controller
class SecurityController {

    private final PublishedData published;
    private final MessageSource messages;

    SecurityController(PublishedData published, MessageSource messages) {
        this.published = published;
        this.messages = messages;
    }

    /**
     * One published issue's security barometer, figures written as the publication writes them, each with its range under
     * the second coder's scores where they give another (else null); none (null) where it is not covered.
     */
    record SecurityRow(int number, String period, int events, String national, String regional, LevelWords level,
                       PartReliability nationalRange, PartReliability regionalRange) {

        public boolean covered() {
            return level != null;
        }
    }

    @GetMapping("/security")
    @SameForEveryReader
    String security(Model model, Locale locale) {
        Edition edition = published.edition();
        ReaderWords words = ReaderWords.of(messages, locale);
        List<SecurityRow> rows = new ArrayList<>();
        for (PublishedIssue issue : edition.issues()) {
            Dynamics.SecurityPoint point = edition.dynamics().point(issue.number()).orElseThrow().security();
            String period = words.period(issue.from(), issue.to());
            rows.add(0, point.covered()
                    ? new SecurityRow(issue.number(), period, point.events(), signed(point.national()), signed(point.regional()),
                            LevelWords.of(point.level(), messages, locale),
                            edition.range(issue.number(), PartReliability.NATIONAL).orElse(null),
                            edition.range(issue.number(), PartReliability.REGIONAL).orElse(null))
                    : new SecurityRow(issue.number(), period, 0, null, null, null, null, null));
        }
        model.addAttribute("rows", rows);
        List<ChartSvg> charts = List.of();
        if (!rows.isEmpty()) {
            Series series = Series.of(edition.dynamics());
            charts = List.of(IssueCharts.nationalSecurity(series, locale),
                    IssueCharts.regionalTension(series, published.scale().orElseThrow(), locale));
        }
        model.addAttribute("charts", charts);
        return "publicsite/security";
    }
}
