package org.barometer.catalogue;

import java.util.Optional;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeLog;
import org.barometer.audit.RestoreRefused;
import org.barometer.issue.EventContent;
import org.barometer.json.Json;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revisions;
import org.barometer.method.DateExpression;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor brings back an event as it was before a change of the history: a deleted event comes back as a new
 * addition, an event still there goes back to that version; either is a new change logged as "restore", history is
 * never rewritten. Only a draft revision can be restored to.
 */
@Service
class EventRestore {

    private final ChangeLog changes;
    private final CatalogueReading reading;
    private final Revisions revisions;
    private final Entries events;
    private final TransactionOperations transactions;

    EventRestore(ChangeLog changes, CatalogueReading reading, Revisions revisions, Entries events, TransactionOperations transactions) {
        this.changes = changes;
        this.reading = reading;
        this.revisions = revisions;
        this.events = events;
        this.transactions = transactions;
    }

    /** Restores the event of a change of issue {@code number} to what it was before that change; gives the event's id. */
    long restore(Actor actor, int number, long changeId) {
        actor.requireEditor();
        ChangeLog.Change change = changes.find(changeId).filter(found -> found.issueNumber() == number)
                .filter(found -> found.entity() == ChangeLog.Entity.EVENT || found.entity() == ChangeLog.Entity.SECURITY_EVENT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String code = change.entity() == ChangeLog.Entity.SECURITY_EVENT ? null
                : relationship(change.before() != null ? change.before() : change.after());
        Long result = transactions.execute(tx -> {
            IssueRef ref = revisions.refForWriting(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            RestoreRefused.unlessDraft(number, ref.status());
            CatalogueContext context = reading.context(number, code);
            Subject subject = context.subject();
            Snapshot earlier = Snapshot.read(subject, change.before());
            if (earlier == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "an addition has no earlier version to restore");
            }
            EventContent content = new EventContent(DateExpression.parse(earlier.date(), context.issue().period()), earlier.description(),
                    earlier.descriptionRu(), earlier.sources(), earlier.scores());
            Optional<Entry> now = events.entry(ref.id(), subject, change.entityId());
            if (now.isEmpty()) {
                long id = events.add(ref.id(), subject, content);
                changes.record(actor.username(), ref, subject.entity(), id, ChangeLog.Action.RESTORE, null,
                        Snapshot.json(subject, events.entry(ref.id(), subject, id).orElseThrow()));
                return id;
            }
            Entry current = now.get();
            if (current.draft().equals(content)) {
                return current.id();
            }
            events.update(ref.id(), subject, current.id(), current.version(), content);
            changes.record(actor.username(), ref, subject.entity(), current.id(), ChangeLog.Action.RESTORE, Snapshot.json(subject, current),
                    Snapshot.json(subject, events.entry(ref.id(), subject, current.id()).orElseThrow()));
            return current.id();
        });
        return result;
    }

    private static String relationship(String snapshot) {
        return Json.read(snapshot).path("relationship").asString("");
    }
}
