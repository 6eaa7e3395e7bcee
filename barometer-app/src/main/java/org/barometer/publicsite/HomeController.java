package org.barometer.publicsite;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

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
import org.barometer.reliability.PartReliability;
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
     * The change since the previous published issue (from the catalogues' sums, as the dynamics): a signed figure; none
     * for a first issue; none either where the previous issue did not cover the subject, whose number it then gives.
     */
    record Change(String figure, Integer notCoveredIn) {

        static final Change NONE = new Change("", null);

        static Change since(Optional<Dynamics.Point> before, Function<Dynamics.Point, Optional<Integer>> covered, int now) {
            return before.map(point -> covered.apply(point).map(was -> new Change(signed(now - was), null))
                    .orElseGet(() -> new Change("", point.issue()))).orElse(NONE);
        }
    }

    /**
     * One relationship's row, figures of record written as the publication writes them, with the aggregate's range under
     * the second coder's scores where they give another index (else null); a relationship the issue does not cover has
     * no figures (null) and no change.
     */
    record IndexRow(String code, String relationship, boolean covered, int events, Shown aggregate, Shown positive, Shown negative,
                    Change change, PartReliability aggregateRange) {
        static IndexRow of(List<StatedFigureMismatch> mismatches, Catalogue catalogue, Dynamics dynamics, int issue, ReaderWords words,
                           List<PartReliability> reliability) {
            String code = catalogue.relationship().code();
            String name = words.relationship(code, catalogue.relationship().name());
            if (!catalogue.covered()) {
                return new IndexRow(code, name, false, 0, null, null, null, Change.NONE, null);
            }
            RelationsIndex index = catalogue.index();
            Change change = Change.since(dynamics.before(issue), point -> point.covered(code).map(Dynamics.RelationshipIndex::aggregate),
                    index.aggregate());
            return new IndexRow(code, name, true, catalogue.events().size(),
                    Shown.of(mismatches, code, Figure.AGGREGATE, index.aggregate()), Shown.of(mismatches, code, Figure.POSITIVE, index.positive()),
                    Shown.of(mismatches, code, Figure.NEGATIVE, index.negative()), change,
                    PartReliability.ranged(reliability, code).orElse(null));
        }
    }

    /**
     * The security barometer's rows, each total with its range under the second coder's scores where they give another
     * (else null); one the issue does not cover has no figures, no colour (null) and no change.
     */
    record SecurityRow(boolean covered, int events, Shown national, Shown regional, LevelWords level, Change nationalChange,
                       Change regionalChange, PartReliability nationalRange, PartReliability regionalRange) {
        static SecurityRow of(Issue issue, List<StatedFigureMismatch> mismatches, Dynamics dynamics, MessageSource messages, Locale locale,
                              List<PartReliability> reliability) {
            if (!issue.security().covered()) {
                return new SecurityRow(false, 0, null, null, null, Change.NONE, Change.NONE, null, null);
            }
            SecurityIndices indices = issue.securityIndices();
            Optional<Dynamics.Point> before = dynamics.before(issue.number());
            return new SecurityRow(true, issue.security().events().size(),
                    Shown.of(mismatches, StatedFigure.SECURITY, Figure.NATIONAL, indices.national()),
                    Shown.of(mismatches, StatedFigure.SECURITY, Figure.REGIONAL, indices.regional()),
                    LevelWords.of(indices.level(), messages, locale),
                    Change.since(before, point -> covered(point).map(Dynamics.SecurityPoint::national), indices.national()),
                    Change.since(before, point -> covered(point).map(Dynamics.SecurityPoint::regional), indices.regional()),
                    PartReliability.ranged(reliability, PartReliability.NATIONAL).orElse(null),
                    PartReliability.ranged(reliability, PartReliability.REGIONAL).orElse(null));
        }

        private static Optional<Dynamics.SecurityPoint> covered(Dynamics.Point point) {
            return Optional.of(point.security()).filter(Dynamics.SecurityPoint::covered);
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
            model.addAttribute("rows", issue.catalogues().stream().map(c -> IndexRow.of(mismatches, c, dynamics, issue.number(), words,
                    revision.reliability())).toList());
            model.addAttribute("security", SecurityRow.of(issue, mismatches, dynamics, messages, locale, revision.reliability()));
            model.addAttribute("mismatches", mismatches);
            boolean comparable = dynamics.points().size() >= 2;
            model.addAttribute("charts", !comparable ? List.of() : List.of(IssueCharts.relationshipIndices(series, locale),
                    IssueCharts.nationalSecurity(series, locale), IssueCharts.regionalTension(series, issue.scale(), locale)));
        });
        return "publicsite/home";
    }
}
