package org.barometer.report;

import java.util.List;

import org.barometer.issue.Author;
import org.barometer.method.Issue;
import org.barometer.narrative.IssueNarrative;
import org.barometer.publicdata.Dynamics;
import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedCodebook;
import org.barometer.publicdata.PublishedRevision;

/**
 * Everything a publication of one revision of an issue shows: its catalogues and figures, its narrative, its authors,
 * the correction note of a revision after the first, and the dynamics up to it (earlier published issues, then this one).
 * Readers' publications come from the read model; the team's from the revision as it stands.
 */
public record Publication(Issue issue, int revision, String correctionNote, IssueNarrative narrative, List<Author> authors,
                          Dynamics dynamics, PublishedCodebook codebook) {

    public Publication {
        authors = List.copyOf(authors);
    }

    /** A published revision, with the published dynamics up to it, without the codebook. */
    public static Publication of(PublishedRevision published, Dynamics dynamics) {
        return new Publication(published.issue(), published.published().revision(), published.published().correctionNote(),
                published.narrative(), published.authors(), dynamics.upTo(published.issue().number()), PublishedCodebook.NONE);
    }

    /** A published revision in an edition: its dynamics up to it, and the codebook as an appendix if the editor chose so. */
    public static Publication of(PublishedRevision published, Edition edition) {
        return of(published, edition.dynamics()).withCodebook(published.codebookInPdf() ? edition.codebook() : PublishedCodebook.NONE);
    }

    /** A revision as it stands, whatever its status, after the published issues before it. */
    public static Publication ofRevision(Issue issue, int revision, String correctionNote, IssueNarrative narrative, List<Author> authors,
                                         Dynamics published) {
        return new Publication(issue, revision, correctionNote, narrative, authors, published.with(Dynamics.Point.of(issue, revision)),
                PublishedCodebook.NONE);
    }

    /** The same publication with the codebook as its appendix (NONE: without). */
    public Publication withCodebook(PublishedCodebook appendix) {
        return new Publication(issue, revision, correctionNote, narrative, authors, dynamics, appendix);
    }
}
