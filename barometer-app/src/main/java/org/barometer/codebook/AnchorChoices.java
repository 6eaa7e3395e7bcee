package org.barometer.codebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeJson;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueChanged;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revision;
import org.barometer.issue.Revisions;
import org.barometer.issue.StoredEvent;
import org.barometer.method.InputRules;
import org.barometer.method.IssueStatus;
import org.barometer.method.Scores;
import org.barometer.workspace.FormProblem;
import org.barometer.workspace.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor's choices for the codebook: an anchor chosen (or its rationale changed) or removed, and whether a revision
 * prints the codebook in its PDF. Only the editor chooses (403 for anyone else); an anchor is an event of the latest
 * published revision of its issue, in the relationship's catalogue; a rationale missing in both languages or breaking the
 * input rules is a {@link Refusal}. Each change is logged in its transaction, with the published revision of the event.
 */
@Service
class AnchorChoices {

    /** A published event of a relationship's catalogue, with the revision that publishes it. */
    record PublishedEvent(StoredEvent event, Revision revision) {
        int score() {
            return event.content().scores().get(0);
        }
    }

    private final Anchors anchors;
    private final Revisions revisions;
    private final EventStore events;
    private final ChangeLog changes;
    private final ApplicationEventPublisher announce;
    private final TransactionOperations transaction;

    AnchorChoices(Anchors anchors, Revisions revisions, EventStore events, ChangeLog changes, ApplicationEventPublisher announce,
                  TransactionOperations transaction) {
        this.anchors = anchors;
        this.revisions = revisions;
        this.events = events;
        this.changes = changes;
        this.announce = announce;
        this.transaction = transaction;
    }

    /** The events of a relationship that readers see now, the highest score first, then by issue and place. */
    List<PublishedEvent> published(String relationship) {
        Map<Long, Revision> byRow = revisions.latestPublished().stream().collect(Collectors.toMap(Revision::row, Function.identity()));
        List<PublishedEvent> found = new ArrayList<>();
        for (StoredEvent event : events.ofRevisions(byRow.keySet())) {
            if (event.catalogue().equals(relationship)) {
                found.add(new PublishedEvent(event, byRow.get(event.issueRow())));
            }
        }
        found.sort(Comparator.comparingInt(PublishedEvent::score).reversed()
                .thenComparingInt(published -> published.revision().number()).thenComparingInt(published -> published.event().seq()));
        return found;
    }

    List<Anchor> anchors(String relationship) {
        return anchors.of(relationship);
    }

    void choose(Actor actor, String relationship, String uid, String rationale, String rationaleRu) {
        actor.requireEditor();
        String english = strip(rationale);
        String russian = strip(rationaleRu);
        if (english.isEmpty() && russian.isEmpty()) {
            throw new Refusal(FormProblem.of("rationale", "codebook.error.rationale-required"));
        }
        for (String text : List.of(english, russian)) {
            if (InputRules.refusal(InputRules.Field.RATIONALE, text).isPresent()) {
                throw new Refusal(FormProblem.of("rationale", "codebook.error.rationale-refused", InputRules.Field.RATIONALE.limit()));
            }
        }
        transaction.executeWithoutResult(tx -> {
            PublishedEvent event = find(relationship, uid)
                    .orElseThrow(() -> new Refusal(FormProblem.of("uid", "codebook.error.not-published")));
            Optional<Anchor> before = anchors.find(relationship, uid);
            Anchor chosen = new Anchor(relationship, event.score(), uid, english, russian, actor.username(), null);
            anchors.put(chosen);
            changes.record(actor.username(), event.revision().ref(), ChangeLog.Entity.ANCHOR, null,
                    before.isPresent() ? ChangeLog.Action.UPDATE : ChangeLog.Action.ADD,
                    before.map(anchor -> json(anchor, event)).orElse(null), json(chosen, event));
            announce.publishEvent(new IssueChanged(event.revision().number()));
        });
    }

    void remove(Actor actor, String relationship, String uid) {
        actor.requireEditor();
        transaction.executeWithoutResult(tx -> {
            Anchor before = anchors.find(relationship, uid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            anchors.remove(relationship, uid);
            Optional<PublishedEvent> event = find(relationship, uid);
            // an anchor whose event a correction dropped is logged with the latest published issue
            IssueRef ref = event.map(published -> published.revision().ref())
                    .orElseGet(() -> revisions.latestPublished().stream().reduce((earlier, later) -> later).orElseThrow().ref());
            changes.record(actor.username(), ref, ChangeLog.Entity.ANCHOR, null, ChangeLog.Action.REMOVE,
                    json(before, event.orElse(null)), null);
            announce.publishEvent(new IssueChanged(ref.number()));
        });
    }

    /** The editor ticks or unticks "include the codebook in the PDF" for the latest revision, unless it is published. */
    void includeInPdf(Actor actor, int number, boolean include) {
        transaction.executeWithoutResult(tx -> {
            IssueRef ref = revisions.refForWriting(number)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no issue No. " + number));
            actor.requireEditor();
            if (ref.status() == IssueStatus.PUBLISHED) {
                throw new AccessDeniedException(actor.username() + " may not change the PDF of issue No. " + number + ", which is published");
            }
            boolean before = anchors.inPdf(ref.id());
            if (before != include) {
                anchors.setInPdf(ref.id(), include);
                changes.record(actor.username(), ref, ChangeLog.Entity.ISSUE, ref.id(), ChangeLog.Action.DETAILS,
                        ChangeJson.of("codebookInPdf", before), ChangeJson.of("codebookInPdf", include));
            }
        });
    }

    boolean inPdf(int number) {
        return revisions.ref(number).map(ref -> anchors.inPdf(ref.id())).orElse(false);
    }

    private Optional<PublishedEvent> find(String relationship, String uid) {
        return published(relationship).stream().filter(published -> published.event().uid().equals(uid)).findFirst();
    }

    private static String json(Anchor anchor, PublishedEvent event) {
        return ChangeJson.of("relationship", anchor.relationship(), "level", Scores.signed(anchor.score()),
                "event", event == null ? anchor.uid() : event.event().content().date().written() + " " + event.event().content().description(),
                "rationale", anchor.rationale(), "rationaleRu", anchor.rationaleRu());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
