package org.barometer.publicdata;

import java.util.List;

import org.barometer.issue.Author;
import org.barometer.method.Issue;
import org.barometer.narrative.IssueNarrative;

/**
 * Everything one published revision publishes: its catalogues and figures, its narrative, its authors, and whether its
 * PDF carries the codebook as an appendix.
 */
public record PublishedRevision(PublishedIssue published, Issue issue, IssueNarrative narrative, List<Author> authors,
                                boolean codebookInPdf) {

    public PublishedRevision {
        authors = List.copyOf(authors);
    }

    public PublishedRevision(PublishedIssue published, Issue issue, IssueNarrative narrative, List<Author> authors) {
        this(published, issue, narrative, authors, false);
    }

    /** The title the cover gives in this language ("en", "ru"), else the issue's own, as the publication shows it. */
    public String title(String language) {
        return narrative.title(language, issue.title());
    }
}
