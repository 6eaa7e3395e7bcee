package org.barometer.narrative;

import java.util.Optional;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeLog;
import org.barometer.audit.RestoreRefused;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revisions;
import org.barometer.json.Json;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * The editor brings a narrative text back to what it was before a change of the history, as a new change logged as
 * "restore"; only in a draft revision.
 */
@Service
class NarrativeRestore {

    private final ChangeLog changes;
    private final Revisions revisions;
    private final NarrativeStore store;
    private final TransactionOperations transactions;

    NarrativeRestore(ChangeLog changes, Revisions revisions, NarrativeStore store, TransactionOperations transactions) {
        this.changes = changes;
        this.revisions = revisions;
        this.store = store;
        this.transactions = transactions;
    }

    void restore(Actor actor, int number, long changeId) {
        actor.requireEditor();
        ChangeLog.Change change = changes.find(changeId).filter(found -> found.issueNumber() == number)
                .filter(found -> found.entity() == ChangeLog.Entity.NARRATIVE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (change.before() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the text had no earlier version to restore");
        }
        JsonNode earlier = Json.read(change.before());
        String subject = earlier.path("subject").asString("");
        String part = earlier.path("part").asString("");
        String language = earlier.path("language").asString("");
        String body = earlier.path("body").asString("");
        transactions.executeWithoutResult(tx -> {
            IssueRef ref = revisions.refForWriting(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            RestoreRefused.unlessDraft(number, ref.status());
            Optional<NarrativeText> stored = store.find(ref.id(), subject, part, language);
            if (stored.isPresent() && stored.get().markdown().equals(body)) {
                return;
            }
            int version = stored.map(NarrativeText::version).orElse(0);
            if (stored.isEmpty()) {
                store.insert(ref.id(), subject, part, language, body);
            } else {
                store.update(ref.id(), subject, part, language, body, version);
            }
            changes.record(actor.username(), ref, ChangeLog.Entity.NARRATIVE, null, ChangeLog.Action.RESTORE,
                    stored.map(NarrativeEditing::json).orElse(null),
                    NarrativeEditing.json(new NarrativeText(subject, part, language, body, version + 1)));
        });
    }
}
