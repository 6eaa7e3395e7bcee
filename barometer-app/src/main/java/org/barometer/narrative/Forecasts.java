package org.barometer.narrative;

import java.util.Collection;
import java.util.List;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeJson;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.ForecastStatement;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Scores;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;

/**
 * The forecast statements of issues: read for the pages and the read model, added and removed in a draft by the
 * section's analyst or the editor, each change in the change log.
 */
@Service
public class Forecasts {

    private final Revisions revisions;
    private final IssueStore issues;
    private final ForecastStore store;
    private final ChangeLog changes;
    private final TransactionOperations transaction;

    Forecasts(Revisions revisions, IssueStore issues, ForecastStore store, ChangeLog changes, TransactionOperations transaction) {
        this.revisions = revisions;
        this.issues = issues;
        this.store = store;
        this.changes = changes;
        this.transaction = transaction;
    }

    /** The statements a revision makes, in the order they were added. */
    public List<StoredForecast> of(IssueRef ref) {
        return store.all(ref.id());
    }

    /** The statements of several revisions (by their rows), in one query. */
    public List<StoredForecast> ofRevisions(Collection<Long> rows) {
        return store.all(rows);
    }

    /** Copies every statement of one revision into another; runs in the caller's transaction. */
    void copy(IssueRef from, IssueRef to) {
        store.copy(from.id(), to.id());
    }

    /** Adds the statement the form describes to a section of the latest revision, if it is a draft; or why not. */
    ForecastForm.Outcome add(Actor actor, int number, Subject subject, ForecastForm form) {
        return transaction.execute(tx -> {
            IssueRef ref = writable(actor, number, subject);
            Issue issue = issues.find(ref.id()).orElseThrow();
            ForecastForm.Outcome outcome = form.check(subject, issue);
            if (outcome.statement() != null) {
                int seq = store.insert(ref.id(), outcome.statement());
                changes.record(actor.username(), ref, ChangeLog.Entity.FORECAST, null, ChangeLog.Action.ADD, null, json(seq, outcome.statement()));
            }
            return outcome;
        });
    }

    /** Removes a statement of a section from the latest revision, if it is a draft. */
    void remove(Actor actor, int number, Subject subject, int seq) {
        transaction.executeWithoutResult(tx -> {
            IssueRef ref = writable(actor, number, subject);
            StoredForecast stored = store.find(ref.id(), seq).filter(found -> found.section().equals(subject.code()))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            store.remove(ref.id(), seq);
            changes.record(actor.username(), ref, ChangeLog.Entity.FORECAST, null, ChangeLog.Action.REMOVE, json(seq, stored.statement()), null);
        });
    }

    /** The latest revision, locked, if this actor may change this section's statements: its analyst or the editor, in a draft. */
    private IssueRef writable(Actor actor, int number, Subject subject) {
        IssueRef ref = revisions.refForWriting(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        subject.requireEdit(actor, ref.status());
        if (ref.status() != IssueStatus.DRAFT) {
            throw new AccessDeniedException("forecast statements are changed in a draft only, not in an issue that is " + ref.status().key());
        }
        if (!ForecastForm.carries(subject)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ref;
    }

    /** A statement as the change log keeps it. */
    private static String json(int seq, ForecastStatement statement) {
        return ChangeJson.of("position", seq, "subject", statement.subject(), "figure", statement.figure().key(),
                "comparison", statement.comparison().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                "thresholds", statement.thresholds().stream().map(Scores::signed).toList(),
                "colour", statement.colour(), "about", statement.about(),
                "probability", statement.probability() == null ? null : Math.round(statement.probability() * 1000) / 10.0 + "%");
    }
}
