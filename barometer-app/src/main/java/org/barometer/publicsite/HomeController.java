package org.barometer.publicsite;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.barometer.method.Catalogue;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.RelationsIndex;
import org.barometer.method.SecurityIndices;
import org.barometer.method.StatedFigure;
import org.barometer.method.StatedFigureMismatch;
import org.barometer.publicdata.Dynamics;
import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
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

/** The home page: the latest published issue's indices, their change since the issue before, and their dynamics. */
@Controller
class HomeController {

    private final PublishedData published;
    private final MessageSource messages;

    HomeController(PublishedData published, MessageSource messages) {
        this.published = published;
        this.messages = messages;
    }

    /**
     * A figure as the home page shows it: the issue's figure of record (what it stated, where it stated one; else the
     * catalogue's sum), marked when the catalogue adds up to something else.
     */
    record Shown(String value, boolean differs) {
        static Shown of(List<StatedFigureMismatch> mismatches, String subject, Figure figure, int computed) {
            return mismatches.stream()
                    .filter(m -> m.subject().equals(subject) && m.figure() == figure)
                    .findFirst()
                    .map(m -> new Shown(m.stated(), true))
                    .orElseGet(() -> new Shown(signed(computed), false));
        }
    }

    /**
     * One relationship's row, figures of record written as the publication writes them; change (from the catalogues'
     * sums, as the dynamics) is empty for a first issue.
     */
    record IndexRow(String code, String relationship, int events, Shown aggregate, Shown positive, Shown negative, String change) {
        static IndexRow of(List<StatedFigureMismatch> mismatches, Catalogue catalogue, Dynamics dynamics, int issue, ReaderWords words) {
            RelationsIndex index = catalogue.index();
            String code = catalogue.relationship().code();
            String change = dynamics.points().stream()
                    .filter(point -> point.issue() < issue)
                    .flatMap(point -> point.relationship(code).stream())
                    .reduce((earlier, later) -> later)
                    .map(before -> signed(index.aggregate() - before.aggregate())).orElse("");
            return new IndexRow(code, words.relationship(code, catalogue.relationship().name()), catalogue.events().size(),
                    Shown.of(mismatches, code, Figure.AGGREGATE, index.aggregate()), Shown.of(mismatches, code, Figure.POSITIVE, index.positive()),
                    Shown.of(mismatches, code, Figure.NEGATIVE, index.negative()), change);
        }
    }

    record SecurityRow(int events, Shown national, Shown regional, LevelWords level,
                       String nationalChange, String regionalChange) {
        static SecurityRow of(Issue issue, List<StatedFigureMismatch> mismatches, Dynamics dynamics, LevelWords level) {
            SecurityIndices indices = issue.securityIndices();
            Optional<Dynamics.SecurityPoint> before = dynamics.before(issue.number()).map(Dynamics.Point::security);
            return new SecurityRow(issue.security().events().size(), Shown.of(mismatches, StatedFigure.SECURITY, Figure.NATIONAL, indices.national()),
                    Shown.of(mismatches, StatedFigure.SECURITY, Figure.REGIONAL, indices.regional()), level,
                    before.map(p -> signed(indices.national() - p.national())).orElse(""),
                    before.map(p -> signed(indices.regional() - p.regional())).orElse(""));
        }
    }

    @GetMapping("/")
    @SameForEveryReader
    String home(Model model, Locale locale) {
        Edition edition = published.edition();
        edition.latest().flatMap(latest -> edition.revision(latest.number())).ifPresent(revision -> {
            Issue issue = revision.issue();
            Dynamics dynamics = edition.dynamics();
            ReaderWords words = ReaderWords.of(messages, locale);
            Series series = Series.of(dynamics, relationship -> words.relationship(relationship.code(), relationship.name()));
            List<StatedFigureMismatch> mismatches = issue.mismatches();
            model.addAttribute("issue", issue);
            model.addAttribute("title", revision.title(words.language()));
            model.addAttribute("period", words.period(issue.period()));
            model.addAttribute("rows", issue.catalogues().stream().map(c -> IndexRow.of(mismatches, c, dynamics, issue.number(), words)).toList());
            model.addAttribute("security", SecurityRow.of(issue, mismatches, dynamics, LevelWords.of(issue.securityIndices().level(), messages, locale)));
            model.addAttribute("mismatches", mismatches);
            boolean comparable = dynamics.points().size() >= 2;
            model.addAttribute("charts", !comparable ? List.of() : List.of(IssueCharts.relationshipIndices(series, locale),
                    IssueCharts.nationalSecurity(series, locale), IssueCharts.regionalTension(series, issue.scale(), locale)));
        });
        return "publicsite/home";
    }
}
