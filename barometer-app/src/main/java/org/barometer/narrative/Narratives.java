package org.barometer.narrative;

import java.util.List;
import java.util.Optional;

import org.barometer.issue.IssueRef;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.method.NarrativeParts;
import org.springframework.stereotype.Service;

/**
 * The narratives of issues, for the features that show or publish them: the texts of a revision, Markdown made
 * safe HTML, and the copy a correction takes.
 */
@Service
public class Narratives {

    private final Revisions revisions;
    private final NarrativeStore store;
    private final Forecasts forecasts;

    Narratives(Revisions revisions, NarrativeStore store, Forecasts forecasts) {
        this.revisions = revisions;
        this.store = store;
        this.forecasts = forecasts;
    }

    /** Markdown as HTML with anything executable removed; empty for an empty text. */
    public String render(String markdown) {
        return SafeMarkdown.toHtml(markdown);
    }

    /** The texts of one revision of an issue. */
    public Optional<IssueNarrative> of(int number, int revision) {
        return revisions.ref(number, revision).map(ref -> of(ref));
    }

    /** The texts of the revision stored in this row. */
    public IssueNarrative of(IssueRef ref) {
        return new IssueNarrative(ref.number(), ref.revision(), store.all(ref.id()));
    }

    /** Copies every text and forecast statement of one revision into another; runs in the caller's transaction. */
    public void copy(IssueRef from, IssueRef to) {
        store.copy(from.id(), to.id());
        forecasts.copy(from, to);
    }

    /** Removes a subject's texts from a revision; the texts removed, for the caller to keep in the change log. */
    public List<NarrativeText> remove(IssueRef ref, String subject) {
        List<NarrativeText> removed = store.all(ref.id()).stream().filter(text -> text.subject().equals(subject)).toList();
        store.remove(ref.id(), subject);
        return removed;
    }

    /**
     * The subjects of an issue's narrative in the order the publication presents them: foreword, relationships,
     * security, acknowledgements.
     */
    public static List<String> subjects(Issue issue) {
        return Subject.of(issue).stream().map(Subject::code).toList();
    }

    /** Whether a relationship code would clash with a subject that is not a relationship. */
    public static boolean reserved(String code) {
        return NarrativeParts.RESERVED.contains(code);
    }
}
