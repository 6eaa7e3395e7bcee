package org.barometer.publicsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.barometer.method.Catalogue;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.RelationsIndex;
import org.barometer.report.ChartSvg;
import org.barometer.publicdata.PublishedData;
import org.barometer.report.IssueCharts;
import org.barometer.report.IssueSeries;
import org.barometer.report.LevelWords;
import org.barometer.report.Series;
import org.barometer.report.SeriesPoint;
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

    record ArchiveRow(int number, String title, String from, String to, String regional, LevelWords level) {
    }

    record RelationshipRef(String code, String name) {
    }

    /** One issue's figures for a relationship, and its events as published. */
    record IssueEvents(int number, String aggregate, String positive, String negative, List<Event> events) {
    }

    // The exact path only: /issues/{n} and /issues/{n}.pdf are the publication's.
    @GetMapping("/issues")
    String archive(Model model, Locale locale) {
        List<Issue> all = published.contents();
        List<Issue> issues = new ArrayList<>(all);
        java.util.Collections.reverse(issues);
        model.addAttribute("issues", issues.stream().map(issue -> new ArchiveRow(issue.number(), issue.title(),
                issue.period().start().toString(), issue.period().end().toString(),
                signed(issue.securityIndices().regional()), LevelWords.of(issue.securityIndices().level(), messages, locale))).toList());
        model.addAttribute("relationships", relationships(all));
        return "publicsite/archive";
    }

    @GetMapping("/relationships/{code}")
    String relationship(@PathVariable String code, Model model, Locale locale) {
        List<Issue> all = published.contents();
        String name = null;
        List<IssueEvents> byIssue = new ArrayList<>();
        for (Issue issue : all) {
            Optional<Catalogue> catalogue = issue.catalogues().stream().filter(c -> c.relationship().code().equals(code)).findFirst();
            if (catalogue.isPresent()) {
                name = catalogue.get().relationship().name();
                RelationsIndex index = catalogue.get().index();
                byIssue.add(new IssueEvents(issue.number(), signed(index.aggregate()), signed(index.positive()),
                        signed(index.negative()), catalogue.get().events()));
            }
        }
        if (name == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Series everything = IssueSeries.series(all);
        List<SeriesPoint> points = everything.relationships().getOrDefault(name, List.of());
        ChartSvg chart = IssueCharts.relationshipIndices(new Series(java.util.Map.of(name, points), List.of(), List.of()), locale);
        java.util.Collections.reverse(byIssue);
        model.addAttribute("name", name);
        model.addAttribute("code", code);
        model.addAttribute("issues", byIssue);
        model.addAttribute("chart", chart);
        model.addAttribute("language", locale.getLanguage());
        return "publicsite/relationship";
    }

    /** Every relationship of a published issue, known by code and named as the newest issue names it. */
    static List<RelationshipRef> relationships(List<Issue> issues) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (int i = issues.size() - 1; i >= 0; i--) {
            issues.get(i).catalogues().forEach(c -> names.putIfAbsent(c.relationship().code(), c.relationship().name()));
        }
        return names.entrySet().stream().map(e -> new RelationshipRef(e.getKey(), e.getValue())).toList();
    }
}
