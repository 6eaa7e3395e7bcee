package org.barometer.workflow;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeJson;
import org.barometer.audit.ChangeLog;
import org.barometer.findings.IssueFindings;
import org.barometer.issue.Author;
import org.barometer.issue.Authors;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.ColourScale;
import org.barometer.method.DateFormException;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.narrative.Narratives;
import org.barometer.workspace.EditConflict;
import org.barometer.workspace.FormProblem;
import org.barometer.workspace.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;

/**
 * An issue's life: the editor creates it as a draft; the editor submits it for review (or it goes there by itself when
 * every part is marked ready, see {@code readiness}); the editor sends it back with a comment or publishes it, once each
 * of its findings is fixed or acknowledged and the editor has typed its number; a published revision is never changed,
 * a correction is a new revision. Each change is one transaction with its entry in the change log.
 */
@Service
class IssueLifecycle {

    private final IssueStore issues;
    private final Revisions revisions;
    private final Authors authors;
    private final ReviewComments comments;
    private final Narratives narratives;
    private final IssueFindings findings;
    private final ChangeLog changes;
    private final TransactionOperations transaction;

    IssueLifecycle(IssueStore issues, Revisions revisions, Authors authors, ReviewComments comments, Narratives narratives,
                   IssueFindings findings, ChangeLog changes, TransactionOperations transaction) {
        this.findings = findings;
        this.issues = issues;
        this.revisions = revisions;
        this.authors = authors;
        this.comments = comments;
        this.narratives = narratives;
        this.changes = changes;
        this.transaction = transaction;
    }

    /** The editor only: an analyst marks their parts ready instead, and the last part marked ready submits the issue. */
    static boolean maySubmit(Actor actor) {
        return actor.isEditor();
    }

    static boolean mayReview(Actor actor) {
        return actor.isEditor();
    }

    /** Stores a new issue as revision 1, a draft, with its authors. */
    void create(Actor actor, Issue issue, List<Author> issueAuthors) {
        actor.requireEditor();
        transaction.executeWithoutResult(tx -> {
            issues.insert(issue.withStatus(IssueStatus.DRAFT), issue.findings());
            IssueRef ref = latest(issue.number());
            changes.record(actor.username(), ref, ChangeLog.Entity.ISSUE, ref.id(), ChangeLog.Action.CREATE, null, ChangeJson.of(
                    "number", issue.number(), "title", issue.title(), "from", issue.period().first().toString(),
                    "to", issue.period().last().toString(), "status", IssueStatus.DRAFT.key(),
                    "relationships", issue.catalogues().stream().map(Catalogue::relationship).map(r -> r.code()).toList(),
                    "scoreBound", issue.bound().toString(),
                    "scale", bands(issue.scale())));
            for (Author author : issueAuthors) {
                recordAuthor(actor, ref, authors.add(ref.id(), author), ChangeLog.Action.ADD);
            }
        });
    }

    void submit(Actor actor, int number) {
        move(actor, number, ref -> maySubmit(actor),
                IssueStatus.DRAFT, IssueStatus.IN_REVIEW, ChangeLog.Action.SUBMIT, null);
    }

    /** Sends an issue in review back to draft; the comment says what to do and is kept with the revision. */
    void sendBack(Actor actor, int number, String comment) {
        move(actor, number, ref -> mayReview(actor), IssueStatus.IN_REVIEW, IssueStatus.DRAFT, ChangeLog.Action.SEND_BACK, comment == null ? "" : comment);
    }

    /**
     * Publishes an issue in review once every finding is fixed or acknowledged, the editor confirming by typing the
     * issue's number; refused otherwise, nothing changed.
     */
    void publish(Actor actor, int number, String typedNumber) {
        move(actor, number, ref -> mayReview(actor), IssueStatus.IN_REVIEW, IssueStatus.PUBLISHED, ChangeLog.Action.PUBLISH, null, ref -> {
            int open = findings.open(ref).size();
            if (open > 0) {
                throw new Refusal(FormProblem.of("number", "workflow.publish.error.open", open));
            }
            if (typedNumber == null || !typedNumber.strip().equals(Integer.toString(number))) {
                throw new Refusal(FormProblem.of("number", "workflow.publish.error.number", number));
            }
        });
    }

    /**
     * Takes an empty relationship out of a draft or an issue in review, on the way to publishing it; its narrative texts
     * leave the revision and are kept in the change log.
     */
    String removeRelationship(Actor actor, int number, String code) {
        return transaction.execute(tx -> {
            IssueRef ref = latest(number);
            refuseIfPublished(actor, ref);
            actor.requireEditor();
            Catalogue catalogue = issues.find(ref.id()).orElseThrow().catalogue(code)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no relationship " + code + " in issue No. " + number));
            if (!catalogue.events().isEmpty() || !issues.removeEmptyRelationship(ref, code)) {
                throw new Refusal(FormProblem.of("", "workflow.publish.error.not-empty", catalogue.relationship().name()));
            }
            List<String> texts = narratives.remove(ref, code).stream()
                    .map(text -> text.part() + " (" + text.language() + "): " + text.markdown()).toList();
            changes.record(actor.username(), ref, ChangeLog.Entity.RELATIONSHIP, null, ChangeLog.Action.REMOVE,
                    ChangeJson.of("relationship", code, "heading", catalogue.relationship().name(), "narrative", texts), null);
            return catalogue.relationship().name();
        });
    }

    /**
     * Starts a correction of a published issue: a new revision, a draft copy of the published one with everything
     * in it, carrying the note. The published revision stays as it is.
     */
    IssueRef correct(Actor actor, int number, String note) {
        return transaction.execute(tx -> {
            IssueRef published = latest(number);
            actor.requireEditor();
            if (published.status() != IssueStatus.PUBLISHED) {
                throw new TransitionRefused(number, published.status(), IssueStatus.PUBLISHED);
            }
            String correctionNote = required(note);
            IssueRef draft = revisions.copyAsCorrection(published, correctionNote);
            narratives.copy(published, draft);
            changes.record(actor.username(), draft, ChangeLog.Entity.ISSUE, draft.id(), ChangeLog.Action.CORRECT,
                    ChangeJson.of("revision", published.revision(), "status", published.status().key()),
                    ChangeJson.of("revision", draft.revision(), "status", IssueStatus.DRAFT.key(), "correctionNote", correctionNote));
            return draft;
        });
    }

    /** What saving an issue's details came to: saved, refused for a date, or overtaken by someone else's change. */
    sealed interface DetailsOutcome permits DetailsSaved, DetailsConflict, DateRefused {
    }

    record DetailsSaved() implements DetailsOutcome {
    }

    /** The details changed since the form was opened: the writer's reading of the form, and the issue as it is now. Nothing was saved. */
    record DetailsConflict(EditConflict<DetailsForm.Reading, Issue> conflict) implements DetailsOutcome {
    }

    /** An event's date, as its analyst wrote it, cannot be read within the new period. Nothing was saved. */
    record DateRefused(String written) implements DetailsOutcome {
    }

    /**
     * Changes the title, period and colour scale of the latest revision, if it is not published and still has the
     * details the editor's form was opened with; every event is dated again within the new period.
     */
    DetailsOutcome changeDetails(Actor actor, int number, DetailsForm.Reading details, String was) {
        try {
            return transaction.execute(tx -> {
                IssueRef ref = latest(number);
                refuseIfPublished(actor, ref);
                actor.requireEditor();
                Issue before = issues.find(number, ref.revision()).orElseThrow();
                if (!DetailsForm.fingerprint(before).equals(was)) {
                    return new DetailsConflict(new EditConflict<>(details, before, null));
                }
                issues.changeDetails(ref, details.title(), details.period(), details.scale());
                changes.record(actor.username(), ref, ChangeLog.Entity.ISSUE, ref.id(), ChangeLog.Action.DETAILS,
                        detailsJson(before.title(), before.period(), before.scale()),
                        detailsJson(details.title(), details.period(), details.scale()));
                return new DetailsSaved();
            });
        } catch (DateFormException refused) {
            return new DateRefused(refused.written());
        }
    }

    private static String detailsJson(String title, Period period, ColourScale scale) {
        return ChangeJson.of("title", title, "from", period.first().toString(), "to", period.last().toString(),
                "scale", bands(scale));
    }

    /** A scale as the change log keeps it: "Yellow -12..-7" for each band. */
    private static List<String> bands(ColourScale scale) {
        return scale.bands().stream().map(band -> band.colour() + " " + band.range()).toList();
    }

    void addAuthor(Actor actor, int number, Author author) {
        transaction.executeWithoutResult(tx -> {
            IssueRef ref = latest(number);
            requireAuthorsEditable(actor, ref);
            recordAuthor(actor, ref, authors.add(ref.id(), author), ChangeLog.Action.ADD);
        });
    }

    void removeAuthor(Actor actor, int number, int seq) {
        transaction.executeWithoutResult(tx -> {
            IssueRef ref = latest(number);
            requireAuthorsEditable(actor, ref);
            authors.remove(ref.id(), seq).ifPresent(removed -> recordAuthor(actor, ref, removed, ChangeLog.Action.REMOVE));
        });
    }

    private void move(Actor actor, int number, Predicate<IssueRef> permitted, IssueStatus from, IssueStatus to, ChangeLog.Action action,
                      String withComment) {
        move(actor, number, permitted, from, to, action, withComment, ref -> { });
    }

    /** Changes the status once the ready check passes; a comment, when the change takes one (not null), must not be blank. */
    private void move(Actor actor, int number, Predicate<IssueRef> permitted, IssueStatus from, IssueStatus to, ChangeLog.Action action,
                      String withComment, Consumer<IssueRef> ready) {
        transaction.executeWithoutResult(tx -> {
            IssueRef ref = latest(number);
            refuseIfPublished(actor, ref);
            if (!permitted.test(ref)) {
                throw new AccessDeniedException(actor.username() + " may not " + action.key() + " an issue");
            }
            if (ref.status() != from) {
                throw new TransitionRefused(number, ref.status(), from);
            }
            String comment = withComment == null ? null : required(withComment);
            ready.accept(ref);
            if (!revisions.changeStatus(ref, to)) {
                throw new TransitionRefused(number, latest(number).status(), from);
            }
            if (comment != null) {
                comments.add(ref.id(), actor.username(), comment);
            }
            changes.record(actor.username(), ref, ChangeLog.Entity.ISSUE, ref.id(), action, ChangeJson.of("status", from.key()),
                    comment == null ? ChangeJson.of("status", to.key()) : ChangeJson.of("status", to.key(), "comment", comment));
        });
    }

    /** Refuses, as a 403, an actor who may not change the authors of the issue as it is now. */
    void requireAuthorsEditable(Actor actor, int number) {
        requireAuthorsEditable(actor, latest(number));
    }

    private void requireAuthorsEditable(Actor actor, IssueRef ref) {
        refuseIfPublished(actor, ref);
        actor.requireEditor();
    }

    private static void refuseIfPublished(Actor actor, IssueRef ref) {
        if (ref.status() == IssueStatus.PUBLISHED) {
            throw new AccessDeniedException(actor.username() + " may not change issue No. " + ref.number()
                    + ": revision " + ref.revision() + " is published; start a correction instead");
        }
    }

    private void recordAuthor(Actor actor, IssueRef ref, Author author, ChangeLog.Action action) {
        String value = ChangeJson.of("seq", author.seq(), "name", author.name(), "affiliation", author.affiliation(),
                "biography", author.biography());
        changes.record(actor.username(), ref, ChangeLog.Entity.AUTHOR, null, action, action == ChangeLog.Action.REMOVE ? value : null,
                action == ChangeLog.Action.REMOVE ? null : value);
    }

    private IssueRef latest(int number) {
        return revisions.refForWriting(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no issue No. " + number));
    }

    /** A comment or note the change cannot go without. */
    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new MissingText();
        }
        return text.strip();
    }

    /** A send-back without a comment, or a correction without a note: refused, nothing changed. */
    static final class MissingText extends RuntimeException {
        MissingText() {
            super("a comment is required");
        }
    }
}
