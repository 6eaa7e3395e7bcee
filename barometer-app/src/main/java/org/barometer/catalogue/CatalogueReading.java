package org.barometer.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeLog;
import org.barometer.audit.ChangeWords;
import org.barometer.findings.IssueFindings;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.publicdata.PublishedData;
import org.barometer.reliability.Blindness;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.RelationsIndex;
import org.barometer.method.SecurityCatalogue;
import org.barometer.workspace.FormProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;

/** Reads catalogues for their pages, the live checks and the history of an event; changes nothing. */
@Service
class CatalogueReading {

    private final IssueStore issues;
    private final Revisions revisions;
    private final Entries events;
    private final ChangeLog changes;
    private final ChangeWords words;
    private final TransactionOperations transactions;
    private final IssueFindings findings;
    private final PublishedData published;
    private final Blindness blindness;

    CatalogueReading(IssueStore issues, Revisions revisions, Entries events, ChangeLog changes, ChangeWords words,
                     TransactionOperations transactions, IssueFindings findings, PublishedData published, Blindness blindness) {
        this.blindness = blindness;
        this.published = published;
        this.findings = findings;
        this.issues = issues;
        this.revisions = revisions;
        this.events = events;
        this.changes = changes;
        this.words = words;
        this.transactions = transactions;
    }

    /** The issue and the catalogue asked for (a relationship's code, or null for security); 404 if either is not there. */
    CatalogueContext context(int number, String code) {
        IssueRef ref = revisions.ref(number).orElseThrow(CatalogueReading::notFound);
        Issue issue = issues.find(ref.id()).orElseThrow(CatalogueReading::notFound);
        if (code == null) {
            return new CatalogueContext(issue, ref, Subject.security());
        }
        // a relationship coded like the security catalogue could not be told apart from it by who may edit it
        Catalogue catalogue = issue.catalogues().stream().filter(c -> c.relationship().code().equals(code) && !code.equals(Actor.SECURITY))
                .findFirst().orElseThrow(CatalogueReading::notFound);
        return new CatalogueContext(issue, ref, new Subject(code, catalogue.relationship().name()));
    }

    /** The context, if this actor may change the catalogue now; refused as a 403 otherwise. */
    CatalogueContext writable(Actor actor, int number, String code) {
        CatalogueContext context = context(number, code);
        actor.requireEdit(context.ref().status(), context.subject().code());
        return context;
    }

    /** The catalogue's page for this actor; refused (403) to a second coder still scoring it blind. */
    CataloguePage page(Actor actor, int number, String code) {
        return transactions.execute(tx -> {
            CatalogueContext context = context(number, code);
            blindness.requireSighted(actor, context.ref(), context.subject().code());
            Issue issue = context.issue();
            Subject subject = context.subject();
            IssueRef ref = context.ref();
            List<Entry> entries = Entry.byDate(entries(context));
            return new CataloguePage(number, ref.revision(), ref.status(), issue.period(), issue.bound(), subject, entries,
                    subject.isSecurity() ? null : RelationsIndex.of(entries.stream().map(Entry::event).toList()),
                    subject.isSecurity() ? new SecurityCatalogue(entries.stream().map(Entry::securityEvent).toList()).indices(issue.scale()) : null,
                    findings(issue, ref, subject), actor.mayEdit(ref.status(), subject.code()),
                    subject.isSecurity() ? null : published.codebook().of(subject.code()).orElse(null));
        });
    }

    /** The issue's findings about this catalogue's subject, as the issue page and the checklist show them. */
    private List<FormProblem> findings(Issue issue, IssueRef ref, Subject subject) {
        return findings.of(issue, ref, subject.code()).stream().map(finding -> FormProblem.of("", finding.message(), finding.arguments())).toList();
    }

    List<Entry> entries(CatalogueContext context) {
        return events.entries(context.ref().id(), context.subject());
    }

    Optional<Entry> entry(CatalogueContext context, long id) {
        return events.entry(context.ref().id(), context.subject(), id);
    }

    /** The newest change of an event, if it has been changed in the workspace at all. */
    Optional<ChangeLog.Change> lastChange(Subject subject, long id) {
        return changes.forEntity(subject.entity(), id).stream().findFirst();
    }

    /**
     * The event's changes in this issue, newest first, each said in words of the page's language ("Score +1 → +2"); a
     * relationship's event only under its own relationship.
     */
    List<HistoryLine> history(CatalogueContext context, long id, Locale locale) {
        Subject subject = context.subject();
        return changes.forEntity(subject.entity(), id).stream()
                .filter(change -> change.issueNumber() == context.issue().number())
                .map(change -> new HistoryLine(change, Snapshot.read(subject, change.before()), Snapshot.read(subject, change.after()),
                        words.describe(change, Map.of(), locale).lines()))
                .filter(line -> subject.isSecurity() || subject.code().equals(line.snapshot().relationship()))
                .toList();
    }

    /** One recorded change of an event in words, with the event as it was before and after it. */
    record HistoryLine(ChangeLog.Change change, Snapshot before, Snapshot after, List<ChangeWords.Line> words) {
        Snapshot snapshot() {
            return after != null ? after : before;
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
