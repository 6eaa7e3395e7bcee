package org.barometer.catalogue;

import java.util.Optional;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
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

    private final IssueStore issues;
    private final EventStore events;
    private final ChangeLog changes;
    private final TransactionOperations transactions;

    CatalogueEditing(IssueStore issues, EventStore events, ChangeLog changes, TransactionOperations transactions) {
        this.issues = issues;
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

    Saved add(Actor actor, int number, Subject subject, Draft draft) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> {
                    IssueRef ref = writable(actor, number, subject);
                    long id = events.add(ref.id(), subject, draft);
                    Entry after = events.entry(ref.id(), subject, id).orElseThrow();
                    changes.record(actor.username(), number, ref.revision(), subject.entity(), id, "create", null, Snapshot.json(subject, after));
                    return new Saved(id);
                });
            } catch (DuplicateKeyException e) {
                // another event took the last place at the same moment; the next attempt takes the one after it
                if (attempt == ATTEMPTS_AT_A_PLACE) {
                    throw e;
                }
            }
        }
    }

    Outcome update(Actor actor, int number, Subject subject, long id, int version, Draft draft) {
        return transactions.execute(tx -> {
            IssueRef ref = writable(actor, number, subject);
            Optional<Entry> before = events.entry(ref.id(), subject, id);
            if (before.isEmpty() || before.get().version() != version) {
                return new Conflict(before);
            }
            if (before.get().draft().equals(draft)) {
                return new Saved(id);
            }
            if (!events.update(ref.id(), subject, id, version, draft)) {
                return new Conflict(events.entry(ref.id(), subject, id));
            }
            Entry after = events.entry(ref.id(), subject, id).orElseThrow();
            changes.record(actor.username(), number, ref.revision(), subject.entity(), id, "update",
                    Snapshot.json(subject, before.get()), Snapshot.json(subject, after));
            return new Saved(id);
        });
    }

    Outcome delete(Actor actor, int number, Subject subject, long id, int version) {
        return transactions.execute(tx -> {
            IssueRef ref = writable(actor, number, subject);
            Optional<Entry> before = events.entry(ref.id(), subject, id);
            if (before.isEmpty() || before.get().version() != version) {
                return new Conflict(before);
            }
            if (!events.delete(ref.id(), subject, id, version)) {
                return new Conflict(events.entry(ref.id(), subject, id));
            }
            changes.record(actor.username(), number, ref.revision(), subject.entity(), id, "delete", Snapshot.json(subject, before.get()), null);
            return new Saved(id);
        });
    }

    /** The latest revision, if this actor may change this subject of it now; refused as a 403 otherwise. */
    private IssueRef writable(Actor actor, int number, Subject subject) {
        IssueRef ref = issues.refForWriting(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        actor.requireEdit(ref.status(), subject.code());
        return ref;
    }
}
