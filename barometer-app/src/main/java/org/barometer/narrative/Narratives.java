package org.barometer.narrative;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.barometer.account.Actor;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.springframework.stereotype.Service;

/**
 * The narratives of issues, for the features that show or publish them: the texts of a revision, Markdown made
 * safe HTML, and the copy a correction takes.
 */
@Service
public class Narratives {

    public static final String FOREWORD = "foreword";
    public static final String NATIONAL = "national";
    public static final String REGIONAL = "regional";
    /** The thanks the publication ends with; the editor's to write, like the foreword. */
    public static final String ACKNOWLEDGEMENTS = "acknowledgements";
    /** The parts of a relationship's section and of national and regional security, in the order they are shown. */
    public static final List<String> SECTION_PARTS = List.of("trends", "developments", "forecast");
    public static final List<String> FOREWORD_PARTS = List.of("text", "signature");
    public static final List<String> ACKNOWLEDGEMENTS_PARTS = List.of("thanks");
    public static final List<String> LANGUAGES = List.of("en", "ru");

    private static final Set<String> RESERVED = Set.of(FOREWORD, NATIONAL, REGIONAL, ACKNOWLEDGEMENTS, Actor.SECURITY);

    private final IssueStore issues;
    private final NarrativeStore store;

    Narratives(IssueStore issues, NarrativeStore store) {
        this.issues = issues;
        this.store = store;
    }

    /** Markdown as HTML with anything executable removed; empty for an empty text. */
    public String render(String markdown) {
        return SafeMarkdown.toHtml(markdown);
    }

    /** The texts of one revision of an issue. */
    public Optional<IssueNarrative> of(int number, int revision) {
        return issues.ref(number, revision).map(ref -> new IssueNarrative(number, revision, store.all(ref.id())));
    }

    /** The texts of the newest published revision of an issue, as readers see them. */
    public Optional<IssueNarrative> published(int number) {
        return issues.revisions(number).stream()
                .filter(revision -> revision.status() == IssueStatus.PUBLISHED)
                .reduce((older, newer) -> newer)
                .flatMap(revision -> of(number, revision.revision()));
    }

    /** Copies every text of one revision into another; runs in the caller's transaction. */
    public void copy(IssueRef from, IssueRef to) {
        store.copy(from.id(), to.id());
    }

    /**
     * The subjects of an issue's narrative in the order the publication presents them: foreword, relationships,
     * security, acknowledgements.
     */
    public static List<String> subjects(Issue issue) {
        return Subject.of(issue).stream().map(Subject::code).toList();
    }

    /** The parts a subject's narrative has. */
    public static List<String> parts(String subject) {
        return switch (subject) {
            case FOREWORD -> FOREWORD_PARTS;
            case ACKNOWLEDGEMENTS -> ACKNOWLEDGEMENTS_PARTS;
            default -> SECTION_PARTS;
        };
    }

    /** Whether a relationship code would clash with a subject that is not a relationship. */
    public static boolean reserved(String code) {
        return RESERVED.contains(code);
    }
}
