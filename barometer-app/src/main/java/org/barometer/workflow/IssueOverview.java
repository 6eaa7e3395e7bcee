package org.barometer.workflow;

import java.util.List;

import org.barometer.account.Actor;
import org.barometer.findings.IssueFinding;
import org.barometer.issue.Author;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revision;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.NarrativeParts;
import org.barometer.method.RelationsIndex;
import org.barometer.method.SecurityIndices;
import org.barometer.narrative.IssueNarrative;
import org.barometer.narrative.Narratives;

import static org.barometer.method.Scores.signed;

/** One revision of an issue as its overview page shows it, with what the signed-in actor may do to it. */
record IssueOverview(Issue issue, IssueRef ref, Revision revision, boolean latest, List<Revision> revisions,
                     List<RelationshipRow> relationships, SecurityRow security, List<IssueFinding> findings, List<Author> authors,
                     List<ReviewComments.ReviewComment> comments, List<NarrativeSection> narratives, Actions actions) {

    record RelationshipRow(String code, String name, int events, String aggregate, String positive, String negative) {
        static RelationshipRow of(Catalogue catalogue) {
            RelationsIndex index = catalogue.index();
            return new RelationshipRow(catalogue.relationship().code(), catalogue.relationship().name(), catalogue.events().size(),
                    signed(index.aggregate()), signed(index.positive()), signed(index.negative()));
        }
    }

    record SecurityRow(int events, String national, String regional, String colour, String meaning) {
        static SecurityRow of(Issue issue) {
            SecurityIndices indices = issue.securityIndices();
            return new SecurityRow(issue.security().events().size(), signed(indices.national()), signed(indices.regional()),
                    indices.level().colour(), indices.level().meaning());
        }
    }

    /** A subject's narrative in one language: the relationship's heading, or empty for foreword and security. */
    record NarrativeSection(String subject, String heading, List<PartText> parts) {
        public boolean relationship() {
            return !heading.isEmpty();
        }
    }

    record PartText(String part, String html) {
    }

    /** The changes the actor may ask for; all false on an earlier revision. */
    record Actions(boolean submit, boolean sendBack, boolean publish, boolean correct, boolean authors) {

        /** Title, period and colour scale change under the same rule as the authors: the editor's, until published. */
        public boolean details() {
            return authors;
        }
        static Actions of(Actor actor, IssueStatus status, boolean latest) {
            if (!latest) {
                return new Actions(false, false, false, false, false);
            }
            return new Actions(status == IssueStatus.DRAFT && IssueLifecycle.maySubmit(actor),
                    status == IssueStatus.IN_REVIEW && IssueLifecycle.mayReview(actor),
                    status == IssueStatus.IN_REVIEW && IssueLifecycle.mayReview(actor),
                    status == IssueStatus.PUBLISHED && actor.isEditor(),
                    status != IssueStatus.PUBLISHED && actor.isEditor());
        }

        public boolean any() {
            return submit || sendBack || publish || correct;
        }
    }

    static List<NarrativeSection> narratives(Issue issue, IssueNarrative texts, String language) {
        return Narratives.subjects(issue).stream()
                .map(subject -> new NarrativeSection(subject, heading(issue, subject), NarrativeParts.of(subject).stream()
                        .map(part -> new PartText(part, texts.html(subject, part, language)))
                        .toList()))
                .toList();
    }

    private static String heading(Issue issue, String subject) {
        return issue.catalogues().stream()
                .filter(catalogue -> catalogue.relationship().code().equals(subject))
                .map(catalogue -> catalogue.relationship().name())
                .findFirst().orElse("");
    }
}
