package org.barometer.workflow;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.barometer.account.Actor;
import org.barometer.account.SignedIn;
import org.barometer.findings.IssueFinding;
import org.barometer.findings.IssueFindings;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.barometer.reliability.BlindParts;
import org.barometer.reliability.Blindness;
import org.barometer.workspace.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The checklist before publishing: every finding of the latest revision, each fixed (gone) or acknowledged by the
 * editor with a reason; an empty relationship may instead be removed from the issue; once nothing is open the editor
 * confirms by typing the issue's number. A refusal shows the checklist again, says why, and changes nothing.
 */
@Controller
@RequestMapping("/workspace/issues/{number}")
class PublishController {

    static final String PAGE = "workflow/publish";

    private final Revisions revisions;
    private final IssueFindings findings;
    private final IssueLifecycle lifecycle;
    private final Blindness blindness;

    PublishController(Revisions revisions, IssueFindings findings, IssueLifecycle lifecycle, Blindness blindness) {
        this.blindness = blindness;
        this.revisions = revisions;
        this.findings = findings;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/publish")
    String checklist(@PathVariable int number, @AuthenticationPrincipal SignedIn signedIn, Model model) {
        return show(number, signedIn.actor(), model);
    }

    @PostMapping("/acknowledge")
    String acknowledge(@PathVariable int number, @RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String reason,
                       @AuthenticationPrincipal SignedIn signedIn, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            findings.acknowledge(signedIn.actor(), number, key, reason);
        } catch (Refusal refused) {
            return refused(number, signedIn.actor(), refused, model, response);
        }
        redirect.addFlashAttribute("done", new Notice("workflow.publish.done.acknowledged"));
        return "redirect:/workspace/issues/" + number + "/publish";
    }

    @PostMapping("/acknowledge-kind")
    String acknowledgeKind(@PathVariable int number, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String reason,
                           @AuthenticationPrincipal SignedIn signedIn, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        int acknowledged;
        try {
            acknowledged = findings.acknowledgeAll(signedIn.actor(), number, kind, reason);
        } catch (Refusal refused) {
            return refused(number, signedIn.actor(), refused, model, response);
        }
        redirect.addFlashAttribute("done", new Notice("workflow.publish.done.acknowledged-kind", acknowledged));
        return "redirect:/workspace/issues/" + number + "/publish";
    }

    @PostMapping("/relationships/{code}/remove")
    String remove(@PathVariable int number, @PathVariable String code, @AuthenticationPrincipal SignedIn signedIn, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String heading;
        try {
            heading = lifecycle.removeRelationship(signedIn.actor(), number, code);
        } catch (Refusal refused) {
            return refused(number, signedIn.actor(), refused, model, response);
        }
        redirect.addFlashAttribute("done", new Notice("workflow.publish.done.removed", heading));
        return "redirect:/workspace/issues/" + number + "/publish";
    }

    @PostMapping("/publish")
    String publish(@PathVariable int number, @RequestParam(name = "number", defaultValue = "") String typed,
                   @AuthenticationPrincipal SignedIn signedIn, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            lifecycle.publish(signedIn.actor(), number, typed);
        } catch (Refusal refused) {
            return refused(number, signedIn.actor(), refused, model, response);
        }
        redirect.addFlashAttribute("done", new Notice("workflow.done.publish"));
        return "redirect:/workspace/issues/" + number;
    }

    private String refused(int number, Actor actor, Refusal refused, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problems", List.of(refused.problem()));
        return show(number, actor, model);
    }

    /** A kind with several open findings the editor may acknowledge at once, and how many are open. */
    record OpenKind(String kind, long count) {
    }

    private static List<OpenKind> kinds(List<IssueFinding> all) {
        Map<String, Long> open = all.stream().filter(finding -> !finding.acknowledged() && IssueFindings.BULK.contains(finding.kind()))
                .collect(Collectors.groupingBy(IssueFinding::kind, LinkedHashMap::new, Collectors.counting()));
        return open.entrySet().stream().filter(kind -> kind.getValue() > 1).map(kind -> new OpenKind(kind.getKey(), kind.getValue())).toList();
    }

    private String show(int number, Actor actor, Model model) {
        IssueRef ref = revisions.ref(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // what is still to do comes first; what is acknowledged stays below, with its reason; a part scored blind is left out
        BlindParts blind = blindness.of(actor, ref);
        List<IssueFinding> all = findings.of(ref).stream().filter(finding -> !blind.covers(finding.subject()))
                .sorted(Comparator.comparing(IssueFinding::acknowledged)).toList();
        boolean editable = actor.isEditor() && ref.status() != IssueStatus.PUBLISHED;
        model.addAttribute("number", number).addAttribute("ref", ref).addAttribute("findings", all)
                .addAttribute("open", all.stream().filter(finding -> !finding.acknowledged()).count())
                .addAttribute("editable", editable).addAttribute("blind", blind).addAttribute("kinds", kinds(all))
                .addAttribute("mayPublish", editable && ref.status() == IssueStatus.IN_REVIEW && IssueLifecycle.mayReview(actor));
        return PAGE;
    }
}
