package org.barometer.report;

import java.util.List;

import org.barometer.issue.Author;
import org.barometer.method.Issue;
import org.barometer.narrative.IssueNarrative;
import org.barometer.publicdata.Dynamics;
import org.barometer.publicdata.Edition;
import org.barometer.publicdata.ForecastLedger;
import org.barometer.publicdata.PublishedCodebook;
import org.barometer.publicdata.PublishedForecast;
import org.barometer.publicdata.PublishedRevision;
import org.barometer.reliability.PartReliability;

/**
 * Everything a publication of one revision of an issue shows: its catalogues and figures, its narrative, its authors,
 * the correction note of a revision after the first, the dynamics up to it (earlier published issues, then this one),
 * the statements earlier issues made about it with how they turned out, the reliability of its scores, and the codebook
 * as its appendix if the editor chose so.
 * Readers' publications come from the read model; the team's from the revision as it stands.
 */
public record Publication(Issue issue, int revision, String correctionNote, IssueNarrative narrative, List<Author> authors,
                          Dynamics dynamics, List<PublishedForecast> earlierForecasts, List<PartReliability> reliability,
                          PublishedCodebook codebook) {

    public Publication {
        authors = List.copyOf(authors);
        earlierForecasts = List.copyOf(earlierForecasts);
        reliability = List.copyOf(reliability);
    }

    /**
     * A published revision, with the published dynamics up to it and the earlier issues' statements about it, graded;
     * without the codebook.
     */
    public static Publication of(PublishedRevision published, Dynamics dynamics, ForecastLedger forecasts) {
        int number = published.issue().number();
        return new Publication(published.issue(), published.published().revision(), published.published().correctionNote(),
                published.narrative(), published.authors(), dynamics.upTo(number), forecasts.about(number), published.reliability(),
                PublishedCodebook.NONE);
    }

    /**
     * A published revision in an edition: its dynamics up to it, the earlier issues' statements about it, and the
     * codebook as an appendix if the editor chose so.
     */
    public static Publication of(PublishedRevision published, Edition edition, ForecastLedger forecasts) {
        return of(published, edition.dynamics(), forecasts).withCodebook(published.codebookInPdf() ? edition.codebook() : PublishedCodebook.NONE);
    }

    /**
     * A revision as it stands, whatever its status, after the published issues before it, with their statements about
     * it (graded against its published revision, if it has one; else pending).
     */
    public static Publication ofRevision(Issue issue, int revision, String correctionNote, IssueNarrative narrative, List<Author> authors,
                                         Dynamics published, ForecastLedger forecasts, List<PartReliability> reliability) {
        return new Publication(issue, revision, correctionNote, narrative, authors, published.with(Dynamics.Point.of(issue, revision)),
                forecasts.about(issue.number()), reliability, PublishedCodebook.NONE);
    }

    /** The same publication with the codebook as its appendix (NONE: without). */
    public Publication withCodebook(PublishedCodebook appendix) {
        return new Publication(issue, revision, correctionNote, narrative, authors, dynamics, earlierForecasts, reliability, appendix);
    }
}
