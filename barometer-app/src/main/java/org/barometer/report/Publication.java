package org.barometer.report;

import java.util.List;

import org.barometer.issue.Author;
import org.barometer.method.Issue;
import org.barometer.narrative.IssueNarrative;
import org.barometer.publicdata.Dynamics;
import org.barometer.publicdata.PublishedRevision;
import org.barometer.reliability.PartReliability;

/**
 * Everything a publication of one revision of an issue shows: its catalogues and figures, its narrative, its authors,
 * the correction note of a revision after the first, the reliability of its scores, and the dynamics up to it (earlier published issues, then this one).
 * Readers' publications come from the read model; the team's from the revision as it stands.
 */
public record Publication(Issue issue, int revision, String correctionNote, IssueNarrative narrative, List<Author> authors,
                          Dynamics dynamics, List<PartReliability> reliability) {

    public Publication {
        authors = List.copyOf(authors);
        reliability = List.copyOf(reliability);
    }

    /** A published revision, with the published dynamics up to it. */
    public static Publication of(PublishedRevision published, Dynamics dynamics) {
        return new Publication(published.issue(), published.published().revision(), published.published().correctionNote(),
                published.narrative(), published.authors(), dynamics.upTo(published.issue().number()), published.reliability());
    }

    /** A revision as it stands, whatever its status, after the published issues before it. */
    public static Publication ofRevision(Issue issue, int revision, String correctionNote, IssueNarrative narrative, List<Author> authors,
                                         Dynamics published, List<PartReliability> reliability) {
        return new Publication(issue, revision, correctionNote, narrative, authors, published.with(Dynamics.Point.of(issue, revision)),
                reliability);
    }
}
