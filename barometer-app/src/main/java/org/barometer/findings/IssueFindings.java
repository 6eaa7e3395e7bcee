package org.barometer.findings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeJson;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.Authors;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.InputRules;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.narrative.Narratives;
import org.barometer.readiness.PartState;
import org.barometer.readiness.Readiness;
import org.barometer.workspace.FormProblem;
import org.barometer.workspace.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one source of an issue's findings, for the issue page, the catalogue pages, the checklist before publishing and
 * the command line: worked out from the revision as stored now, each with the editor's acknowledgement if any.
 */
@Service
public class IssueFindings {

    /** The kinds the editor may acknowledge all at once: all but an empty catalogue, which is said one by one. */
    public static final Set<String> BULK = Set.of("mismatch", "date-outside-period", "score-out-of-bound", "duplicate", "part-not-ready",
            "narrative-missing", "authors-missing");

    private final IssueStore issues;
    private final Revisions revisions;
    private final EventStore events;
    private final Authors authors;
    private final Narratives narratives;
    private final Readiness readiness;
    private final Acknowledgements acknowledgements;
    private final ChangeLog changes;
    private final MessageSource messages;
    private final TransactionOperations transaction;

    IssueFindings(IssueStore issues, Revisions revisions, EventStore events, Authors authors, Narratives narratives,
                  Readiness readiness, Acknowledgements acknowledgements, ChangeLog changes, MessageSource messages,
                  TransactionOperations transaction) {
        this.issues = issues;
        this.revisions = revisions;
        this.events = events;
        this.authors = authors;
        this.narratives = narratives;
        this.readiness = readiness;
        this.acknowledgements = acknowledgements;
        this.changes = changes;
        this.messages = messages;
        this.transaction = transaction;
    }

    /** Every finding of the revision, each with its acknowledgement if the editor gave one. */
    public List<IssueFinding> of(IssueRef ref) {
        return transaction.execute(tx -> of(issues.find(ref.id()).orElseThrow(), ref));
    }

    /** The same, for a page that has already read the revision's issue: it is not read again. */
    public List<IssueFinding> of(Issue issue, IssueRef ref) {
        return transaction.execute(tx -> {
            // parts are marked while an issue is made; a published revision (an imported one too) has none to mark
            List<String> notReady = ref.status() == IssueStatus.PUBLISHED ? List.of()
                    : readiness.parts(issue, ref).stream().filter(part -> !part.ready()).map(PartState::part).toList();
            List<IssueFinding> found = FindingChecks.of(issue, events.ofRevisions(List.of(ref.id())), narratives.of(ref),
                    !authors.of(ref.id()).isEmpty(), notReady);
            Map<String, IssueFinding.Acknowledgement> given = acknowledgements.of(ref.id());
            return found.stream().map(finding -> finding.with(given.get(finding.key()))).toList();
        });
    }

    /** The findings about one subject: a relationship's code, or "security". */
    public List<IssueFinding> of(IssueRef ref, String subject) {
        return of(ref).stream().filter(finding -> finding.subject().equals(subject)).toList();
    }

    /** The same, for a page that has already read the revision's issue. */
    public List<IssueFinding> of(Issue issue, IssueRef ref, String subject) {
        return of(issue, ref).stream().filter(finding -> finding.subject().equals(subject)).toList();
    }

    /** The findings neither fixed nor acknowledged: what stops the revision from being published. */
    public List<IssueFinding> open(IssueRef ref) {
        return of(ref).stream().filter(finding -> !finding.acknowledged()).toList();
    }

    /** The finding's message in a language. */
    public String text(IssueFinding finding, Locale locale) {
        return messages.getMessage(finding.message(), finding.arguments(), finding.message(), locale);
    }

    /**
     * The editor lets a finding of the latest revision stand, for the reason given; kept with the revision and in the
     * change log. Only while the revision is a draft or in review; the finding must still be there. A reason that is
     * missing or cannot be kept, or a finding that is gone, is a {@link Refusal}.
     */
    public void acknowledge(Actor actor, int number, String key, String reason) {
        transaction.executeWithoutResult(tx -> {
            IssueRef ref = forAcknowledging(actor, number);
            String kept = reason(reason);
            IssueFinding finding = of(ref).stream().filter(f -> f.key().equals(key)).findFirst()
                    .orElseThrow(() -> new Refusal(FormProblem.of("reason", "findings.error.gone")));
            keep(actor, ref, finding, kept);
        });
    }

    /**
     * The editor lets every open finding of one kind stand at once, for one reason (each kept and logged as if
     * acknowledged alone): the missing narrative texts of an issue whose texts come later make dozens. An empty
     * catalogue is not acknowledged in bulk, as it publishes a relationship as not covered. Refused as one
     * acknowledgement is, and when no finding of the kind is open.
     */
    public int acknowledgeAll(Actor actor, int number, String kind, String reason) {
        return transaction.execute(tx -> {
            IssueRef ref = forAcknowledging(actor, number);
            String kept = reason(reason);
            if (!BULK.contains(kind)) {
                throw new Refusal(FormProblem.of("reason", "findings.error.kind-one-by-one"));
            }
            List<IssueFinding> open = of(ref).stream().filter(f -> !f.acknowledged() && f.kind().equals(kind)).toList();
            if (open.isEmpty()) {
                throw new Refusal(FormProblem.of("reason", "findings.error.gone-kind"));
            }
            open.forEach(finding -> keep(actor, ref, finding, kept));
            return open.size();
        });
    }

    private IssueRef forAcknowledging(Actor actor, int number) {
        IssueRef ref = revisions.refForWriting(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no issue No. " + number));
        actor.requireEditor();
        if (ref.status() == IssueStatus.PUBLISHED) {
            throw new AccessDeniedException(actor.username() + " may not acknowledge a finding of issue No. " + number
                    + ": revision " + ref.revision() + " is published");
        }
        return ref;
    }

    private static String reason(String reason) {
        String kept = reason == null ? "" : reason.strip();
        if (kept.isEmpty()) {
            throw new Refusal(FormProblem.of("reason", "findings.error.reason-required"));
        }
        Optional<String> problem = InputRules.problem(InputRules.Field.ACKNOWLEDGEMENT, kept);
        if (problem.isPresent()) {
            throw new Refusal(FormProblem.of("reason", "findings.error.reason-refused", InputRules.Field.ACKNOWLEDGEMENT.limit()));
        }
        return kept;
    }

    private void keep(Actor actor, IssueRef ref, IssueFinding finding, String kept) {
        acknowledgements.put(ref.id(), finding.key(), kept, actor.username());
        changes.record(actor.username(), ref, ChangeLog.Entity.FINDING, null, ChangeLog.Action.ACKNOWLEDGE,
                finding.acknowledged() ? ChangeJson.of("finding", text(finding, Locale.ENGLISH), "reason", finding.acknowledgement().reason()) : null,
                ChangeJson.of("finding", text(finding, Locale.ENGLISH), "reason", kept));
    }
}
