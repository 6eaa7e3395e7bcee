package org.barometer.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.barometer.account.Actor;
import org.barometer.account.SignedIn;
import org.barometer.audit.ChangeLog;
import org.barometer.codebook.Anchors;
import org.barometer.audit.ChangeWords;
import org.barometer.audit.HistoryFilter;
import org.barometer.findings.IssueFindings;
import org.barometer.issue.Authors;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revision;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.narrative.IssueNarrative;
import org.barometer.narrative.Narratives;
import org.barometer.readiness.Readiness;
import org.barometer.reliability.BlindParts;
import org.barometer.reliability.Blindness;
import org.barometer.reliability.DoubleScoring;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** An issue in the workspace: its latest revision with the actions it allows, earlier revisions, and its history. */
@Controller
class IssueController {

    private final IssueStore issues;
    private final Revisions revisions;
    private final Authors authors;
    private final ReviewComments comments;
    private final Narratives narratives;
    private final ChangeLog changes;
    private final ChangeWords words;
    private final Readiness readiness;
    private final IssueFindings findings;
    private final DoubleScoring scoring;
    private final Anchors anchors;
    private final Blindness blindness;

    IssueController(IssueStore issues, Revisions revisions, Authors authors, ReviewComments comments, Narratives narratives,
                    ChangeLog changes, ChangeWords words, Readiness readiness, IssueFindings findings, DoubleScoring scoring, Anchors anchors,
                    Blindness blindness) {
        this.blindness = blindness;
        this.findings = findings;
        this.scoring = scoring;
        this.anchors = anchors;
        this.words = words;
        this.readiness = readiness;
        this.issues = issues;
        this.revisions = revisions;
        this.authors = authors;
        this.comments = comments;
        this.narratives = narratives;
        this.changes = changes;
    }

    @GetMapping("/workspace/issues/{number}")
    String latest(@PathVariable int number, @AuthenticationPrincipal SignedIn signedIn, Model model) {
        IssueRef ref = revisions.ref(number).orElseThrow(IssueController::notFound);
        return show(ref, true, signedIn, model);
    }

    @GetMapping("/workspace/issues/{number}/revisions/{revision}")
    String revision(@PathVariable int number, @PathVariable int revision, @AuthenticationPrincipal SignedIn signedIn, Model model) {
        IssueRef ref = revisions.ref(number, revision).orElseThrow(IssueController::notFound);
        boolean latest = revisions.ref(number).map(IssueRef::revision).orElseThrow() == revision;
        return show(ref, latest, signedIn, model);
    }

    @GetMapping("/workspace/issues/{number}/history")
    String history(@PathVariable int number, HistoryFilter filter, @AuthenticationPrincipal SignedIn signedIn, Locale locale, Model model) {
        if (!issues.exists(number)) {
            throw notFound();
        }
        Map<String, String> names = new LinkedHashMap<>();
        issues.find(number).ifPresent(issue -> issue.catalogues().forEach(c -> names.put(c.relationship().code(), c.relationship().name())));
        // a second coder scoring a part blind reads the history without that part's changes
        BlindParts blind = revisions.ref(number).map(ref -> blindness.of(signedIn.actor(), ref)).orElse(null);
        List<ChangeWords.Described> all = changes.forIssue(number).stream().map(change -> words.describe(change, names, locale))
                .filter(change -> blind == null || !blind.hides(change)).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        HistoryFilter.relationships(all).forEach(code -> labels.put(code, words.label(code, names, locale)));
        model.addAttribute("number", number).addAttribute("filter", filter).addAttribute("kinds", ChangeWords.KINDS)
                .addAttribute("relationships", labels).addAttribute("people", HistoryFilter.people(all))
                .addAttribute("recorded", !all.isEmpty())
                .addAttribute("mayRestore", signedIn.actor().isEditor()
                        && revisions.ref(number).map(ref -> ref.status() == IssueStatus.DRAFT).orElse(false))
                .addAttribute("changes", all.stream().filter(filter::keeps).toList()).addAttribute("blind", blind);
        return "workflow/history";
    }

    private String show(IssueRef ref, boolean latest, SignedIn signedIn, Model model) {
        int number = ref.number();
        Issue issue = issues.find(ref.id()).orElseThrow(IssueController::notFound);
        IssueNarrative texts = narratives.of(number, ref.revision()).orElseThrow(IssueController::notFound);
        String language = "ru".equals(LocaleContextHolder.getLocale().getLanguage()) ? "ru" : "en";
        List<Revision> all = revisions.of(number);
        // a second coder scoring a part blind gets the page without that part's figures, findings, owners and texts
        BlindParts blind = blindness.of(signedIn.actor(), ref);
        model.addAttribute("overview", new IssueOverview(issue, ref,
                all.stream().filter(r -> r.revision() == ref.revision()).findFirst().orElseThrow(), latest, all,
                issue.catalogues().stream().filter(c -> !blind.covers(c.relationship().code())).map(IssueOverview.RelationshipRow::of).toList(),
                blind.covers(Actor.SECURITY) ? null : IssueOverview.SecurityRow.of(issue),
                findings.of(issue, ref).stream().filter(finding -> !blind.covers(finding.subject())).toList(), authors.of(ref.id()),
                comments.list(ref.id()), IssueOverview.narratives(issue, texts, language).stream()
                        .filter(section -> !blind.covers(section.subject())).toList(),
                IssueOverview.Actions.of(signedIn.actor(), ref.status(), latest)));
        model.addAttribute("parts", readiness.rows(signedIn.actor(), ref, issue).stream().filter(row -> !blind.covers(row.code())).toList())
                .addAttribute("gaps", PartGaps.of(issue, texts)).addAttribute("blind", blind);
        if (signedIn.actor().isEditor()) {
            model.addAttribute("reliability", scoring.reliability(ref.id())).addAttribute("relationshipNames", issue.catalogues().stream()
                    .collect(java.util.stream.Collectors.toMap(c -> c.relationship().code(), c -> c.relationship().name())));
        }
        model.addAttribute("codebookInPdf", anchors.inPdf(ref.id()))
                .addAttribute("codebookChangeable", latest && signedIn.actor().isEditor() && ref.status() != IssueStatus.PUBLISHED);
        return "workflow/issue";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
