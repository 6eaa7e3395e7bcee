package org.barometer.publicsite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.publicdata.PublishedData;
import org.barometer.report.Series;
import org.barometer.report.SeriesPoint;
import org.springframework.stereotype.Component;

/**
 * The latest published revision of every issue that has one, and their dynamics. A draft or a correction not yet
 * published never appears: an issue's later unpublished revisions are passed over for its published one.
 */
@Component
class PublishedIssues {

    private final PublishedData data;

    PublishedIssues(PublishedData data) {
        this.data = data;
    }

    /** Published issues in number order, each as its latest published revision. */
    List<Issue> all() {
        return data.issues().stream().map(issue -> data.content(issue.number())).flatMap(Optional::stream).toList();
    }

    /** The dynamics of the published issues; a relationship is known by its code and named as the newest issue names it. */
    static Series series(List<Issue> issuesInOrder) {
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
                relationships.get(names.get(catalogue.relationship().code()))
                        .add(new SeriesPoint(issue.number(), label, catalogue.index().aggregate()));
            }
            national.add(new SeriesPoint(issue.number(), label, issue.securityIndices().national()));
            regional.add(new SeriesPoint(issue.number(), label, issue.securityIndices().regional()));
        }
        return new Series(relationships, national, regional);
    }
}
