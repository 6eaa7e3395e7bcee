package org.barometer.readiness;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeJson;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;

/**
 * Marking a part of an issue's draft ready or in progress, and the editor sending one part back with a comment. When
 * the last part is marked ready the issue goes to review by itself; a part sent back while in review brings the issue
 * back to draft. Each change locks the revision's row and is logged in the same transaction.
 */
@Service
class PartChanges {

    private final Revisions revisions;
    private final Readiness readiness;
    private final PartStore store;
    private final ChangeLog changes;
    private final TransactionOperations transaction;

    PartChanges(Revisions revisions, Readiness readiness, PartStore store, ChangeLog changes, TransactionOperations transaction) {
        this.revisions = revisions;
        this.readiness = readiness;
        this.store = store;
        this.changes = changes;
        this.transaction = transaction;
    }

    void markReady(Actor actor, int number, String part, String note) {
        String kept = note == null || note.isBlank() ? null : note.strip();
        change(actor, number, part, false, (ref, before) -> {
            store.put(ref.id(), part, PartState.State.READY, kept, null, actor.username());
            log(actor, ref, part, ChangeLog.Action.PART_READY, before, PartState.State.READY, "note", kept);
            Issue issue = readiness.issue(ref);
            if (readiness.parts(issue, ref).stream().allMatch(PartState::ready)) {
                move(actor, ref, IssueStatus.IN_REVIEW, ChangeLog.Action.SUBMIT, null);
            }
        });
    }

    void markInProgress(Actor actor, int number, String part) {
        change(actor, number, part, false, (ref, before) -> {
            store.put(ref.id(), part, PartState.State.IN_PROGRESS, null, before.comment(), actor.username());
            log(actor, ref, part, ChangeLog.Action.PART_IN_PROGRESS, before, PartState.State.IN_PROGRESS, null, null);
        });
    }

    /** The editor sends one part back with a comment; an issue in review goes back to draft, its other parts stay as they are. */
    void sendBack(Actor actor, int number, String part, String comment) {
        change(actor, number, part, true, (ref, before) -> {
            if (comment == null || comment.isBlank()) {
                throw new MissingComment();
            }
            String kept = comment.strip();
            store.put(ref.id(), part, PartState.State.IN_PROGRESS, null, kept, actor.username());
            log(actor, ref, part, ChangeLog.Action.PART_SENT_BACK, before, PartState.State.IN_PROGRESS, "comment", kept);
            if (ref.status() == IssueStatus.IN_REVIEW) {
                move(actor, ref, IssueStatus.DRAFT, ChangeLog.Action.SEND_BACK, part);
            }
        });
    }

    private interface Change {
        void apply(IssueRef ref, PartState before);
    }

    /**
     * Locks the latest revision and applies the change if this person may make it to the revision as it is: a part of a
     * published issue never changes (403); an analyst changes only their parts of a draft (403); the editor marks parts
     * of a draft and sends a part back from a draft or an issue in review (409 for another status).
     */
    private void change(Actor actor, int number, String part, boolean sendBack, Change change) {
        transaction.executeWithoutResult(tx -> {
            IssueRef ref = revisions.refForWriting(number)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no issue No. " + number));
            Issue issue = readiness.issue(ref);
            if (!Readiness.partsOf(issue).contains(part)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "issue No. " + number + " has no part " + part);
            }
            boolean permitted = ref.status() != IssueStatus.PUBLISHED && (sendBack ? actor.isEditor()
                    : Readiness.mayMark(actor, part) && (actor.isEditor() || ref.status() == IssueStatus.DRAFT));
            if (!permitted) {
                throw new AccessDeniedException(actor.username() + " may not change the part " + part + " of issue No. " + number
                        + ", which is " + ref.status().key());
            }
            if (ref.status() != IssueStatus.DRAFT && !(sendBack && ref.status() == IssueStatus.IN_REVIEW)) {
                throw new PartNotOpen(number, ref.status());
            }
            PartState before = readiness.parts(issue, ref).stream().filter(state -> state.part().equals(part)).findFirst().orElseThrow();
            change.apply(ref, before);
        });
    }

    private void log(Actor actor, IssueRef ref, String part, ChangeLog.Action action, PartState before, PartState.State to,
                     String field, String text) {
        changes.record(actor.username(), ref, ChangeLog.Entity.PART, null, action,
                ChangeJson.of("part", part, "state", before.state().key()),
                text == null ? ChangeJson.of("part", part, "state", to.key()) : ChangeJson.of("part", part, "state", to.key(), field, text));
    }

    /** Moves the issue as a whole, logged as the submit or send-back it is; a send-back names the part that caused it. */
    private void move(Actor actor, IssueRef ref, IssueStatus to, ChangeLog.Action action, String part) {
        if (!revisions.changeStatus(ref, to)) {
            throw new PartNotOpen(ref.number(), revisions.ref(ref.number()).orElseThrow().status());
        }
        changes.record(actor.username(), ref, ChangeLog.Entity.ISSUE, ref.id(), action, ChangeJson.of("status", ref.status().key()),
                part == null ? ChangeJson.of("status", to.key()) : ChangeJson.of("status", to.key(), "part", part));
    }

    /** A send-back without a comment: refused, nothing changed. */
    static final class MissingComment extends RuntimeException {
        MissingComment() {
            super("a comment is required");
        }
    }
}
