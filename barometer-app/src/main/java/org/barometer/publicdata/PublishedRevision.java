package org.barometer.publicdata;

import java.util.List;

import org.barometer.reliability.PartReliability;

import org.barometer.issue.Author;
import org.barometer.method.Issue;
import org.barometer.narrative.IssueNarrative;

/**
 * Everything one published revision publishes: its catalogues and figures, its narrative, its authors, the reliability
 * of its scores, and whether its PDF carries the codebook as an appendix.
 */
public record PublishedRevision(PublishedIssue published, Issue issue, IssueNarrative narrative, List<Author> authors,
                                List<PartReliability> reliability, boolean codebookInPdf) {

    public PublishedRevision {
        authors = List.copyOf(authors);
        reliability = List.copyOf(reliability);
    }

    public PublishedRevision(PublishedIssue published, Issue issue, IssueNarrative narrative, List<Author> authors) {
        this(published, issue, narrative, authors, List.of(), false);
    }

    /** The title the cover gives in this language ("en", "ru"), else the issue's own, as the publication shows it. */
    public String title(String language) {
        return narrative.title(language, issue.title());
    }
}
