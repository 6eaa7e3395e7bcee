package org.barometer.catalogue;

import java.util.List;
import java.util.Optional;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.EventContent;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revisions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;

/**
 * Adds, changes and deletes the events of the latest revision of an issue. Each change is checked against who may
 * make it, and recorded in the change log in the same transaction; a change to an event someone else has changed
 * since the editor read it is not made but answered with what is stored now.
 */
@Service
class CatalogueEditing {

    private static final int ATTEMPTS_AT_A_PLACE = 3;

    private final Revisions revisions;
    private final Entries events;
    private final ChangeLog changes;
    private final TransactionOperations transactions;

    CatalogueEditing(Revisions revisions, Entries events, ChangeLog changes, TransactionOperations transactions) {
        this.revisions = revisions;
        this.events = events;
        this.changes = changes;
        this.transactions = transactions;
    }

    /** What became of a change: saved, or not made because the event is no longer what the editor read. */
    sealed interface Outcome {
    }

    record Saved(long id) implements Outcome {
    }

    /** Stored is empty when the event has been deleted meanwhile. */
    record Conflict(Optional<Entry> stored) implements Outcome {
    }

    Saved add(Actor actor, int number, Subject subject, EventContent draft) {
        return addAll(actor, number, subject, List.of(draft)).get(0);
    }

    /**
     * Adds the events in their order at the end of the catalogue, all in one transaction: either every one is stored
     * and recorded in the change log, or none is.
     */
    List<Saved> addAll(Actor actor, int number, Subject subject, List<EventContent> drafts) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> {
                    IssueRef ref = writable(actor, number, subject);
                    List<Entry> added = events.addAll(ref.id(), subject, drafts);
                    changes.recordAll(actor.username(), ref, subject.entity(), ChangeLog.Action.CREATE,
                            added.stream().map(entry -> new ChangeLog.Values(entry.id(), null, Snapshot.json(subject, entry))).toList());
                    return added.stream().map(entry -> new Saved(entry.id())).toList();
                });
            } catch (DuplicateKeyException e) {
                // another event took the last place at the same moment; the next attempt takes the one after it
                if (attempt == ATTEMPTS_AT_A_PLACE) {
                    throw e;
                }
            }
        }
    }

    Outcome update(Actor actor, int number, Subject subject, long id, int version, EventContent draft) {
        return transactions.execute(tx -> {
            IssueRef ref = writable(actor, number, subject);
            Optional<Entry> before = entry(ref, subject, id);
            if (before.isEmpty() || before.get().version() != version) {
                return new Conflict(before);
            }
            if (before.get().draft().equals(draft)) {
                return new Saved(id);
            }
            if (!events.update(ref.id(), subject, id, version, draft)) {
                return new Conflict(entry(ref, subject, id));
            }
            Entry after = entry(ref, subject, id).orElseThrow();
            changes.record(actor.username(), ref, subject.entity(), id, ChangeLog.Action.UPDATE,
                    Snapshot.json(subject, before.get()), Snapshot.json(subject, after));
            return new Saved(id);
        });
    }

    Outcome delete(Actor actor, int number, Subject subject, long id, int version) {
        return transactions.execute(tx -> {
            IssueRef ref = writable(actor, number, subject);
            Optional<Entry> before = entry(ref, subject, id);
            if (before.isEmpty() || before.get().version() != version) {
                return new Conflict(before);
            }
            if (!events.delete(ref.id(), subject, id, version)) {
                return new Conflict(entry(ref, subject, id));
            }
            changes.record(actor.username(), ref, subject.entity(), id, ChangeLog.Action.DELETE, Snapshot.json(subject, before.get()), null);
            return new Saved(id);
        });
    }

    private Optional<Entry> entry(IssueRef ref, Subject subject, long id) {
        return events.entry(ref.id(), subject, id);
    }

    /** The latest revision, if this actor may change this subject of it now; refused as a 403 otherwise. */
    private IssueRef writable(Actor actor, int number, Subject subject) {
        IssueRef ref = revisions.refForWriting(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        actor.requireEdit(ref.status(), subject.code());
        return ref;
    }
}
