package org.barometer.workflow;

import java.util.List;

import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.account.SignedIn;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revision;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.narrative.Narratives;
import org.barometer.readiness.PartRow;
import org.barometer.readiness.Readiness;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workspace's start page, the first after sign-in: every issue with its status, the way to create one, and the
 * parts of the latest issue in the works: an analyst's own, with what is missing and the editor's comments; the
 * editor's board of every part.
 */
@Controller
class WorkspaceController {

    private final Revisions revisions;
    private final IssueStore issues;
    private final Narratives narratives;
    private final Readiness readiness;

    WorkspaceController(Revisions revisions, IssueStore issues, Narratives narratives, Readiness readiness) {
        this.revisions = revisions;
        this.issues = issues;
        this.narratives = narratives;
        this.readiness = readiness;
    }

    @GetMapping("/workspace")
    String index(@AuthenticationPrincipal SignedIn signedIn, Model model) {
        if (signedIn.actor().role() == Role.REVIEWER) {
            return "redirect:/workspace/second";
        }
        List<Revision> latest = revisions.latest();
        model.addAttribute("issues", latest);
        Actor actor = signedIn.actor();
        if (actor.isEditor() || actor.role() == Role.ANALYST) {
            latest.stream().filter(revision -> revision.status() != IssueStatus.PUBLISHED).reduce((earlier, later) -> later)
                    .ifPresent(open -> {
                        IssueRef ref = open.ref();
                        Issue issue = issues.find(ref.id()).orElseThrow();
                        List<PartRow> parts = readiness.rows(actor, ref, issue).stream()
                                .filter(row -> actor.isEditor() || Readiness.mayMark(actor, row.code())).toList();
                        model.addAttribute("open", open).addAttribute("parts", parts)
                                .addAttribute("gaps", PartGaps.of(issue, narratives.of(ref)));
                    });
        }
        return "workspace/index";
    }
}
