package org.barometer.publicsite;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.barometer.publicdata.Dynamics;
import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
import org.barometer.publicdata.PublishedEvent;
import org.barometer.publicdata.PublishedIssue;
import org.barometer.reliability.PartReliability;
import org.barometer.report.ChartSvg;
import org.barometer.report.IssueCharts;
import org.barometer.report.LevelWords;
import org.barometer.report.ReaderWords;
import org.barometer.report.Series;
import org.barometer.report.SeriesPoint;
import org.barometer.system.SameForEveryReader;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.barometer.method.Scores.signed;

/** The archive of published issues, and a page per relationship with its series and its events issue by issue. */
@Controller
class ArchiveController {

    private final PublishedData published;
    private final MessageSource messages;

    ArchiveController(PublishedData published, MessageSource messages) {
        this.published = published;
        this.messages = messages;
    }

    /**
     * One published issue; published is the day its shown revision was published, revision above 1 a correction;
     * regional tension and its colour are null where the issue does not cover the security barometer.
     */
    record ArchiveRow(int number, String title, String period, String regional, LevelWords level, String published, int revision) {

        public boolean covered() {
            return level != null;
        }
    }

    record RelationshipRef(String code, String name) {
    }

    /**
     * One issue's figures for a relationship, with the aggregate's range under the second coder's scores where they give
     * another (else null), and its events as published; an issue that does not cover it has no figures (null).
     */
    record IssueEvents(int number, String period, boolean covered, String aggregate, String positive, String negative,
                       List<PublishedEvent> events, PartReliability range) {
    }

    // The exact path only: /issues/{n} and /issues/{n}.pdf are the publication's.
    @GetMapping("/issues")
    @SameForEveryReader
    String archive(Model model, Locale locale) {
        Edition edition = published.edition();
        Dynamics dynamics = edition.dynamics();
        ReaderWords words = ReaderWords.of(messages, locale);
        List<ArchiveRow> rows = new ArrayList<>();
        for (PublishedIssue issue : edition.issues()) {
            Dynamics.SecurityPoint security = dynamics.point(issue.number()).orElseThrow().security();
            String title = edition.revision(issue.number()).map(r -> r.title(words.language())).orElse(issue.title());
            rows.add(0, new ArchiveRow(issue.number(), title, words.period(issue.from(), issue.to()),
                    security.covered() ? signed(security.regional()) : null,
                    security.covered() ? LevelWords.of(security.level(), messages, locale) : null,
                    issue.publishedAt() == null ? "" : words.day(issue.publishedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate()),
                    issue.revision()));
        }
        model.addAttribute("issues", rows);
        model.addAttribute("relationships", dynamics.namesNewestFirst().entrySet().stream()
                .map(name -> new RelationshipRef(name.getKey(), words.relationship(name.getKey(), name.getValue()))).toList());
        return "publicsite/archive";
    }

    @GetMapping("/relationships/{code}")
    @SameForEveryReader
    String relationship(@PathVariable String code, Model model, Locale locale) {
        Edition edition = published.edition();
        String name = edition.dynamics().namesNewestFirst().get(code);
        if (name == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ReaderWords words = ReaderWords.of(messages, locale);
        List<IssueEvents> byIssue = new ArrayList<>();
        List<SeriesPoint> points = new ArrayList<>();
        for (Dynamics.Point point : edition.dynamics().points()) {
            point.relationship(code).ifPresent(index -> {
                String period = edition.issue(point.issue()).map(issue -> words.period(issue.from(), issue.to())).orElse("");
                if (!index.covered()) {
                    byIssue.add(0, new IssueEvents(point.issue(), period, false, null, null, null, List.of(), null));
                    return;
                }
                byIssue.add(0, new IssueEvents(point.issue(), period, true, signed(index.aggregate()), signed(index.positive()),
                        signed(index.negative()), edition.events().stream()
                                .filter(e -> e.issue() == point.issue() && !e.isSecurity() && code.equals(e.relationship())).toList(),
                        edition.range(point.issue(), code).orElse(null)));
                points.add(SeriesPoint.of(point.issue(), index.aggregate()));
            });
        }
        ChartSvg chart = IssueCharts.relationshipIndices(new Series(Map.of(words.relationship(code, name), points), List.of(), List.of()), locale);
        model.addAttribute("name", words.relationship(code, name));
        model.addAttribute("heading", words.relationshipHeading(code, name));
        model.addAttribute("code", code);
        model.addAttribute("issues", byIssue);
        model.addAttribute("chart", chart);
        model.addAttribute("language", locale.getLanguage());
        return "publicsite/relationship";
    }
}
