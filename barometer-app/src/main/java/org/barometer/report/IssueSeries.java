package org.barometer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.barometer.issue.IssueStore;
import org.barometer.issue.IssueSummary;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.SecurityIndices;
import org.springframework.stereotype.Service;

/**
 * Builds the Series of an issue from the store: every published issue with a number up to and including the given
 * one (latest published revision of each), plus the given issue itself even if it is a draft, in issue order.
 */
@Service
public class IssueSeries {

    private final IssueStore issues;

    public IssueSeries(IssueStore issues) {
        this.issues = issues;
    }

    public Series upTo(int issueNumber) {
        List<Issue> shown = new ArrayList<>();
        for (IssueSummary summary : issues.list()) {
            if (summary.number() == issueNumber) {
                issues.find(issueNumber).ifPresent(shown::add);
            } else if (summary.number() < issueNumber) {
                latestPublished(summary.number()).ifPresent(shown::add);
            }
        }
        return series(shown);
    }

    private Optional<Issue> latestPublished(int number) {
        return issues.revisions(number).stream()
                .filter(revision -> revision.status() == IssueStatus.PUBLISHED)
                .reduce((earlier, later) -> later)
                .flatMap(revision -> issues.find(number, revision.revision()));
    }

    /** Issues in number order; a relationship is known by its code and named as the newest issue names it. */
    public static Series series(List<Issue> issuesInOrder) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = issuesInOrder.size() - 1; i >= 0; i--) {
            for (Catalogue catalogue : issuesInOrder.get(i).catalogues()) {
                names.putIfAbsent(catalogue.relationship().code(), catalogue.relationship().name());
            }
        }
        Map<String, List<SeriesPoint>> relationships = new LinkedHashMap<>();
        names.values().forEach(name -> relationships.put(name, new ArrayList<>()));
        List<SeriesPoint> national = new ArrayList<>();
        List<SeriesPoint> regional = new ArrayList<>();
        for (Issue issue : issuesInOrder) {
            String label = "No. " + issue.number();
            for (Catalogue catalogue : issue.catalogues()) {
                String name = names.get(catalogue.relationship().code());
                relationships.get(name).add(new SeriesPoint(issue.number(), label, catalogue.index().aggregate()));
            }
            SecurityIndices security = issue.securityIndices();
            national.add(new SeriesPoint(issue.number(), label, security.national()));
            regional.add(new SeriesPoint(issue.number(), label, security.regional()));
        }
        return new Series(relationships, national, regional);
    }
}
