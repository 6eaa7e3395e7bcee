package org.barometer.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.barometer.account.Actor;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.StoredEvent;
import org.barometer.method.IssueStatus;
import org.barometer.method.NarrativeParts;
import org.barometer.method.Relationship;
import org.springframework.stereotype.Component;

/**
 * The one rule of blind second scoring for every page of a revision: while someone other than the editor is the second
 * coder of a part and has events of it still to score, that part's first scores and first coder are not shown to them.
 * Once their last second score for it is in, or the issue is published, the wall lifts.
 */
@Component
public class Blindness {

    private final DoubleStore store;
    private final EventStore events;
    private final IssueStore issues;

    Blindness(DoubleStore store, EventStore events, IssueStore issues) {
        this.store = store;
        this.events = events;
        this.issues = issues;
    }

    /** The parts of this revision the actor scores blind now; none for the editor, a published revision or anyone else. */
    public BlindParts of(Actor actor, IssueRef ref) {
        if (actor == null || actor.isEditor() || ref.status() == IssueStatus.PUBLISHED) {
            return BlindParts.none(ref.number());
        }
        List<String> blind = store.samples(ref.id()).stream()
                .filter(sample -> actor.username().equals(sample.secondCoder()) && DoubleScoring.maySecond(actor, sample.catalogue()))
                .map(DoubleStore.Sample::catalogue)
                .filter(catalogue -> stillToScore(ref, catalogue))
                .toList();
        if (blind.isEmpty()) {
            return BlindParts.none(ref.number());
        }
        // the names as the revision's headings give them: one query, not the whole issue with its events
        Map<String, String> names = issues.headings(List.of(ref.id())).getOrDefault(ref.id(), List.of()).stream()
                .collect(Collectors.toMap(Relationship::code, Relationship::name, (first, second) -> first));
        List<BlindParts.Part> parts = new ArrayList<>();
        for (String code : blind) {
            parts.add(new BlindParts.Part(code, EventStore.SECURITY.equals(code) ? null : names.getOrDefault(code, code)));
        }
        return new BlindParts(ref.number(), parts);
    }

    /** Refuses (403, {@link ScoringBlind}) a page of a subject (a catalogue, or a narrative's subject) the actor scores blind. */
    public void requireSighted(Actor actor, IssueRef ref, String subject) {
        BlindParts blind = of(actor, ref);
        if (blind.covers(subject)) {
            throw new ScoringBlind(blind.only(partOf(subject)));
        }
    }

    /** Refuses (403, {@link ScoringBlind}) what holds every part of the revision, if the actor scores any of them blind. */
    public void requireSighted(Actor actor, IssueRef ref) {
        BlindParts blind = of(actor, ref);
        if (blind.any()) {
            throw new ScoringBlind(blind);
        }
    }

    /** The catalogue a subject belongs to: the security catalogue for the national and regional narratives. */
    static String partOf(String subject) {
        return NarrativeParts.NATIONAL.equals(subject) || NarrativeParts.REGIONAL.equals(subject) ? EventStore.SECURITY : subject;
    }

    /** Whether an event of the sample that is still in the catalogue waits for its second score. */
    private boolean stillToScore(IssueRef ref, String catalogue) {
        Set<String> there = events.catalogue(ref.id(), catalogue).stream().map(StoredEvent::uid).collect(Collectors.toSet());
        return store.seconds(ref.id(), catalogue).stream().anyMatch(second -> !second.scored() && there.contains(second.uid()));
    }
}
