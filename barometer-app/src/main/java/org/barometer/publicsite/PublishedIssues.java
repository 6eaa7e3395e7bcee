package org.barometer.publicsite;

import java.util.List;

import org.barometer.method.Issue;
import org.barometer.publicdata.PublishedData;
import org.barometer.report.IssueSeries;
import org.barometer.report.Series;
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
        return data.contents();
    }

    /** The dynamics of the published issues, as the publication's charts draw them. */
    static Series series(List<Issue> issuesInOrder) {
        return IssueSeries.series(issuesInOrder);
    }
}
