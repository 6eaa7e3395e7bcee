package org.barometer.workflow;

import java.util.Optional;

import org.barometer.account.Actor;
import org.barometer.codebook.Anchors;
import org.barometer.issue.Authors;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revision;
import org.barometer.issue.Revisions;
import org.barometer.narrative.Narratives;
import org.barometer.publicdata.PublishedCodebook;
import org.barometer.publicdata.PublishedData;
import org.barometer.reliability.Blindness;
import org.barometer.reliability.DoubleScoring;
import org.barometer.report.Publication;
import org.barometer.report.TeamView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication of an issue as the team sees it: its latest revision whatever its status (a draft is marked as such
 * on every page), after the published issues before it.
 */
@Service
public class TeamPublications implements TeamView {

    private final Revisions revisions;
    private final IssueStore issues;
    private final Narratives narratives;
    private final Authors authors;
    private final PublishedData published;
    private final DoubleScoring scoring;
    private final Anchors anchors;
    private final Blindness blindness;

    TeamPublications(Revisions revisions, IssueStore issues, Narratives narratives, Authors authors, PublishedData published,
                     DoubleScoring scoring, Anchors anchors, Blindness blindness) {
        this.blindness = blindness;
        this.revisions = revisions;
        this.issues = issues;
        this.narratives = narratives;
        this.authors = authors;
        this.published = published;
        this.scoring = scoring;
        this.anchors = anchors;
    }

    /** The latest revision of an issue as a publication; empty if there is no such issue. */
    @Transactional(readOnly = true)
    public Optional<Publication> latest(int number) {
        return revisions.ref(number).flatMap(ref -> revisions.find(number, ref.revision())).map(this::publication);
    }

    /** The same, for a member of the team: refused (403) to a second coder still scoring a part of it blind. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Publication> latest(int number, Actor reader) {
        revisions.ref(number).ifPresent(ref -> blindness.requireSighted(reader, ref));
        return latest(number);
    }

    private Publication publication(Revision revision) {
        return Publication.ofRevision(issues.find(revision.row()).orElseThrow(), revision.revision(), revision.correctionNote(),
                narratives.of(revision.ref()), authors.of(revision.row()), published.edition().dynamics(), published.forecasts(),
                scoring.reliability(revision.row()))
                .withCodebook(anchors.inPdf(revision.row()) ? published.codebook() : PublishedCodebook.NONE);
    }
}
