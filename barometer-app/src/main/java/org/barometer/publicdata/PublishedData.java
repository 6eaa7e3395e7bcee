package org.barometer.publicdata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.barometer.codebook.Anchors;
import org.barometer.issue.Authors;
import org.barometer.issue.CatalogueSums;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revision;
import org.barometer.issue.Revisions;
import org.barometer.issue.StoredEvent;
import org.barometer.method.ColourScale;
import org.barometer.method.ForecastGrade;
import org.barometer.method.ForecastStatement;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Relationship;
import org.barometer.narrative.Forecasts;
import org.barometer.narrative.Narratives;
import org.barometer.reliability.DoubleScoring;
import org.barometer.narrative.StoredForecast;
import org.springframework.stereotype.Service;

/**
 * The read model of everything readers may see: the latest published revision of each published issue, and nothing
 * else. Drafts, issues in review and corrections not yet published never appear. What it reads is kept on the
 * {@link Edition} it belongs to (see {@link Editions}), so that a reader's request needs no query.
 */
@Service
public class PublishedData {

    /** How readers see the security catalogue among the relationships. */
    static final String SECURITY_NAME = "Security";

    private final Revisions revisions;
    private final IssueStore issues;
    private final EventStore events;
    private final Narratives narratives;
    private final Authors authors;
    private final Editions editions;
    private final DoubleScoring scoring;
    private final Anchors anchors;
    private final Forecasts forecasts;

    PublishedData(Revisions revisions, IssueStore issues, EventStore events, Narratives narratives, Authors authors, Editions editions,
                  DoubleScoring scoring, Anchors anchors, Forecasts forecasts) {
        this.revisions = revisions;
        this.issues = issues;
        this.events = events;
        this.narratives = narratives;
        this.authors = authors;
        this.editions = editions;
        this.scoring = scoring;
        this.anchors = anchors;
        this.forecasts = forecasts;
    }

    /** What readers can see now; kept in memory between publications. */
    public Edition edition() {
        return editions.current(keeps -> {
            List<PublishedIssue> published = new ArrayList<>();
            Map<Integer, Long> rows = new LinkedHashMap<>();
            for (Revision revision : revisions.latestPublished()) {
                published.add(published(revision));
                rows.put(revision.number(), revision.row());
            }
            return new Edition(published, rows, anchors.all(), Reading::new, keeps);
        });
    }

    /** Every published issue, as its latest published revision, in number order. */
    public List<PublishedIssue> issues() {
        return edition().issues();
    }

    /** A published issue as its latest published revision; empty if it does not exist or was never published. */
    public Optional<PublishedIssue> issue(int number) {
        return edition().issue(number);
    }

    /** Everything the latest published revision of an issue publishes. */
    public Optional<PublishedRevision> revision(int number) {
        return edition().revision(number);
    }

    /** The catalogues and figures of the latest published revision of an issue. */
    public Optional<Issue> content(int number) {
        return revision(number).map(PublishedRevision::issue);
    }

    /** The reliability of a published issue's scores, from its latest published revision; empty if it is not published. */
    public Optional<PublishedReliability> reliability(int number) {
        return revision(number).map(PublishedReliability::of);
    }

    /** The reliability of every published issue's scores, in number order. */
    public List<PublishedReliability> reliability(Edition edition) {
        return edition.issues().stream().map(issue -> PublishedReliability.of(edition.revision(issue.number()).orElseThrow())).toList();
    }

    /**
     * The forecast statements of every published issue, each graded by the method against the published issue it is
     * about (pending while that one is not published), with the track record; made once per edition.
     */
    public ForecastLedger forecasts() {
        return forecasts(edition());
    }

    /** The same, of a given edition: the one a page or a file is being made from. */
    public ForecastLedger forecasts(Edition edition) {
        return edition.made("forecasts", () -> {
            List<PublishedForecast> ledger = new ArrayList<>();
            for (StoredForecast stored : forecasts.ofRevisions(edition.rows().values())) {
                ForecastStatement statement = stored.statement();
                Issue madeIn = edition.revision(statement.madeIn()).orElseThrow().issue();
                String name = statement.aboutSecurity() ? ""
                        : madeIn.catalogue(statement.subject()).map(catalogue -> catalogue.relationship().name()).orElse(statement.subject());
                ForecastGrade grade = edition.revision(statement.about()).map(about -> statement.grade(madeIn, about.issue())).orElse(null);
                ledger.add(new PublishedForecast(stored, name, grade));
            }
            ledger.sort(Comparator.comparingInt((PublishedForecast f) -> f.statement().madeIn()).thenComparingInt(f -> f.stored().seq()));
            return ForecastLedger.of(ledger);
        });
    }

    /** Every revision ever published, of every issue, the newest first: first publications and corrections alike. */
    public List<PublishedIssue> publications() {
        return revisions.everPublished().stream().map(PublishedData::published).toList();
    }

    /** The codebook readers see now: the editor's anchor events that published catalogues carry, by relationship and score. */
    public PublishedCodebook codebook() {
        return edition().codebook();
    }

    /** The colour scale of regional tension of the latest published issue: the one in force. */
    public Optional<ColourScale> scale() {
        return edition().latest().flatMap(latest -> content(latest.number())).map(Issue::scale);
    }

    /** The relationships covered by published issues, named as the newest of them names each, in order of first appearance. */
    public List<PublishedRelationship> relationships() {
        Edition edition = edition();
        return edition.made("relationships", () -> {
            Dynamics dynamics = edition.dynamics();
            return dynamics.names().entrySet().stream()
                    .map(name -> new PublishedRelationship(name.getKey(), name.getValue(),
                            issues(dynamics, point -> point.relationship(name.getKey()).isPresent()),
                            issues(dynamics, point -> point.covered(name.getKey()).isPresent())))
                    .toList();
        });
    }

    private static List<Integer> issues(Dynamics dynamics, Predicate<Dynamics.Point> which) {
        return dynamics.points().stream().filter(which).map(Dynamics.Point::issue).toList();
    }

    public Optional<PublishedRelationship> relationship(String code) {
        return relationships().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** A relationship's indices in every published issue that names it, covered or not; empty if no published issue does. */
    public Optional<RelationshipSeries> series(String code) {
        Edition edition = edition();
        return relationship(code).map(relationship -> new RelationshipSeries(relationship.code(), relationship.name(),
                edition.dynamics().points().stream()
                        .flatMap(point -> point.relationship(code).stream()
                                .map(index -> RelationshipSeries.Point.of(point.issue(), point.revision(), index)))
                        .toList()));
    }

    /** The security totals of every published issue, each as its latest published revision. */
    public SecuritySeries securitySeries() {
        return new SecuritySeries(edition().dynamics().points().stream()
                .map(point -> SecuritySeries.Point.of(point.issue(), point.revision(), point.security()))
                .toList());
    }

    /**
     * The published events that match, ordered by issue, then as the issue presents them (relationships in its order,
     * the security catalogue last). An unknown relationship is an InvalidQuery, not an empty page.
     */
    public Page<PublishedEvent> events(EventQuery query) {
        String relationship = query.relationship();
        if (relationship != null && !EventQuery.SECURITY.equals(relationship) && relationship(relationship).isEmpty()) {
            throw new InvalidQuery("relationship", "no published issue covers a relationship with the code \"" + relationship
                    + "\"; use one of /api/v1/relationships or \"security\"");
        }
        Edition edition = edition();
        return EventSearch.find(edition.events(), edition.index(), query);
    }

    /**
     * The {@link Suggestions#COUNT} published events most like a description (English or Russian, any relationship),
     * among relationship events or, for security, among security events, and only those {@code among} accepts.
     */
    public Suggestions suggestions(String text, boolean security, Predicate<PublishedEvent> among) {
        if (text == null || text.isBlank()) {
            return new Suggestions(List.of());
        }
        return new Suggestions(edition().index().similar(text, Suggestions.COUNT, event -> event.isSecurity() == security && among.test(event)));
    }

    private static PublishedIssue published(Revision revision) {
        return new PublishedIssue(revision.number(), revision.revision(), revision.title(), revision.period().start(),
                revision.period().end(), revision.releasedAt(), revision.correctionNote());
    }

    /** Reads what an edition is made of from the store, the first time the edition is asked. */
    private final class Reading implements Edition.Parts {

        private final Edition edition;

        Reading(Edition edition) {
            this.edition = edition;
        }

        /** Three queries, whatever the number of issues: their relationships, their scales, and their sums. */
        @Override
        public Dynamics dynamics() {
            Map<Integer, Long> rows = edition.rows();
            Map<Long, List<Relationship>> headings = issues.headings(rows.values());
            Map<Long, ColourScale> scales = issues.scales(rows.values());
            Map<Long, Map<String, CatalogueSums>> sums = new HashMap<>();
            events.sums(rows.values()).forEach(s -> sums.computeIfAbsent(s.issueRow(), row -> new HashMap<>()).put(s.catalogue(), s));
            List<Dynamics.Point> points = new ArrayList<>();
            for (PublishedIssue issue : edition.issues()) {
                long row = rows.get(issue.number());
                Map<String, CatalogueSums> of = sums.getOrDefault(row, Map.of());
                List<Dynamics.RelationshipIndex> relationships = headings.getOrDefault(row, List.of()).stream().map(relationship -> {
                    CatalogueSums s = of.getOrDefault(relationship.code(), CatalogueSums.none(row, relationship.code()));
                    return new Dynamics.RelationshipIndex(relationship.code(), relationship.name(), s.events(), s.aggregate(), s.positive(),
                            s.negative());
                }).toList();
                CatalogueSums security = of.getOrDefault(EventStore.SECURITY, CatalogueSums.none(row, EventStore.SECURITY));
                points.add(new Dynamics.Point(issue.number(), issue.revision(), relationships, new Dynamics.SecurityPoint(security.events(),
                        security.national(), security.regional(), scales.get(row).levelFor(security.regional()))));
            }
            return new Dynamics(points);
        }

        /** One query, whatever the number of issues. */
        @Override
        public List<PublishedEvent> events() {
            Map<Long, PublishedIssue> byRow = new HashMap<>();
            edition.rows().forEach((number, row) -> byRow.put(row, edition.issue(number).orElseThrow()));
            Dynamics dynamics = edition.dynamics();
            return events.ofRevisions(edition.rows().values()).stream()
                    .sorted(Comparator.comparingInt(event -> byRow.get(event.issueRow()).number()))
                    .map(event -> event(event, byRow.get(event.issueRow()), dynamics))
                    .toList();
        }

        @Override
        public Optional<PublishedRevision> revision(int number) {
            return edition.issue(number).map(published -> {
                long row = edition.rows().get(number);
                return editions.revision(row, () -> {
                    IssueRef ref = new IssueRef(row, number, published.revision(), IssueStatus.PUBLISHED);
                    return new PublishedRevision(published, issues.find(row).orElseThrow(), narratives.of(ref), authors.of(row),
                            scoring.reliability(row), anchors.inPdf(row));
                });
            });
        }

        @Override
        public PublishedCodebook codebook() {
            return PublishedCodebook.of(edition.anchors(), edition.events(), edition.dynamics().names());
        }

        private static PublishedEvent event(StoredEvent event, PublishedIssue issue, Dynamics dynamics) {
            var content = event.content();
            var date = content.date();
            boolean security = event.isSecurity();
            String name = security ? SECURITY_NAME : dynamics.point(issue.number()).flatMap(point -> point.relationship(event.catalogue()))
                    .map(Dynamics.RelationshipIndex::name).orElse(event.catalogue());
            return new PublishedEvent(event.uid(), issue.number(), issue.revision(), security ? EventQuery.SECURITY : event.catalogue(), name,
                    date.written(), date.start(), date.end(), content.description(), content.descriptionRu(),
                    security ? null : content.scores().get(0), security ? content.scores().get(0) : null,
                    security ? content.scores().get(1) : null, content.sources(), date.precision());
        }
    }
}
