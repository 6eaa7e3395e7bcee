package org.barometer.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revisions;
import org.barometer.json.Json;
import org.barometer.workspace.EditConflict;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;


/**
 * Saving the narrative of one subject of an issue's latest revision, all parts or nothing: a text changed by
 * someone else since the writer read it is never overwritten, and every save is in the change log.
 */
@Service
class NarrativeEditing {


    private final Revisions revisions;
    private final NarrativeStore store;
    private final ChangeLog changes;
    private final TransactionOperations transaction;

    NarrativeEditing(Revisions revisions, NarrativeStore store, ChangeLog changes, TransactionOperations transaction) {
        this.revisions = revisions;
        this.store = store;
        this.changes = changes;
        this.transaction = transaction;
    }

    /** A text as the writer sent it, with the version they read (0 for a text not yet written). */
    record Draft(String part, String language, String markdown, int version) {
        Draft {
            markdown = markdown == null ? "" : markdown.replace("\r\n", "\n").strip();
        }
    }

    /** Some of the texts were saved by someone else since the writer read them; nothing was saved. */
    static final class StaleNarrative extends RuntimeException {
        private final transient List<EditConflict<Draft, NarrativeText>> conflicts;

        StaleNarrative(List<EditConflict<Draft, NarrativeText>> conflicts) {
            super(conflicts.size() + " narrative text(s) changed since they were read");
            this.conflicts = List.copyOf(conflicts);
        }

        List<EditConflict<Draft, NarrativeText>> conflicts() {
            return conflicts;
        }
    }

    /** Saves the texts that differ from the stored ones; the number of texts saved. */
    int save(Actor actor, int number, Subject subject, List<Draft> drafts) {
        Integer saved = transaction.execute(tx -> {
            IssueRef ref = revisions.refForWriting(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            subject.requireEdit(actor, ref.status());
            List<EditConflict<Draft, NarrativeText>> conflicts = new ArrayList<>();
            int written = 0;
            for (Draft draft : drafts) {
                Optional<NarrativeText> stored = store.find(ref.id(), subject.code(), draft.part(), draft.language());
                NarrativeText before = stored.orElse(new NarrativeText(subject.code(), draft.part(), draft.language(), "", 0));
                if (draft.markdown().equals(before.markdown())) {
                    continue;
                }
                boolean current = draft.version() == before.version() && (stored.isEmpty()
                        ? store.insert(ref.id(), subject.code(), draft.part(), draft.language(), draft.markdown())
                        : store.update(ref.id(), subject.code(), draft.part(), draft.language(), draft.markdown(), draft.version()));
                if (!current) {
                    conflicts.add(new EditConflict<>(draft, store.find(ref.id(), subject.code(), draft.part(), draft.language()).orElse(before),
                            draft.version()));
                    continue;
                }
                NarrativeText after = new NarrativeText(subject.code(), draft.part(), draft.language(), draft.markdown(), before.version() + 1);
                changes.record(actor.username(), ref, ChangeLog.Entity.NARRATIVE, null, ChangeLog.Action.EDIT,
                        stored.isPresent() ? json(before) : null, json(after));
                written++;
            }
            if (!conflicts.isEmpty()) {
                throw new StaleNarrative(conflicts);
            }
            return written;
        });
        return saved == null ? 0 : saved;
    }

    /** A text as the change log keeps it. */
    static String json(NarrativeText text) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("subject", text.subject());
        value.put("part", text.part());
        value.put("language", text.language());
        value.put("version", text.version());
        value.put("body", text.markdown());
        return Json.write(value);
    }
}
