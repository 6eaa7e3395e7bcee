package org.barometer.workflow;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.barometer.account.SignedIn;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.workspace.EditConflict;
import org.barometer.workspace.FormProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor changes an issue's title, period and colour scale while it is not published. A change of period dates
 * every event again from what its analyst wrote; a change someone saved since the form was opened is shown, not
 * overwritten.
 */
@Controller
class IssueDetailsController {

    private static final String REMOVE_BAND = "remove-band-";

    private final IssueStore issues;
    private final Revisions revisions;
    private final IssueLifecycle lifecycle;

    IssueDetailsController(IssueStore issues, Revisions revisions, IssueLifecycle lifecycle) {
        this.issues = issues;
        this.revisions = revisions;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/workspace/issues/{number}/details")
    String form(@PathVariable int number, @AuthenticationPrincipal SignedIn signedIn, Model model) {
        Issue issue = editable(number, signedIn);
        return show(number, DetailsForm.of(issue), List.of(), null, model);
    }

    @PostMapping("/workspace/issues/{number}/details")
    String save(@PathVariable int number, @ModelAttribute DetailsForm form, @RequestParam(defaultValue = "save") String action,
                @AuthenticationPrincipal SignedIn signedIn, Model model, HttpServletResponse response) {
        editable(number, signedIn);
        if (action.equals("add-band")) {
            return show(number, form.withAnotherBand(), List.of(), null, model);
        }
        if (action.startsWith(REMOVE_BAND)) {
            return show(number, form.withoutBand(IssueForm.row(action, REMOVE_BAND)), List.of(), null, model);
        }
        DetailsForm.Reading reading = form.read();
        if (!reading.problems().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(number, form, reading.problems(), null, model);
        }
        IssueLifecycle.DetailsOutcome outcome = lifecycle.changeDetails(signedIn.actor(), number, reading, form.was());
        if (outcome instanceof IssueLifecycle.DetailsConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(number, form.over(conflict.conflict().stored()), List.of(), conflict.conflict(), model);
        }
        if (outcome instanceof IssueLifecycle.DateRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(number, form, List.of(FormProblem.of("first", "workflow.details.error.date", refused.written())), null, model);
        }
        return "redirect:/workspace/issues/" + number;
    }

    /** The latest revision, if the signed-in editor may change its details now; a 403 otherwise, a 404 if there is none. */
    private Issue editable(int number, SignedIn signedIn) {
        signedIn.actor().requireEditor();
        IssueRef ref = revisions.ref(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (ref.status() == IssueStatus.PUBLISHED) {
            throw new AccessDeniedException("issue No. " + number + " is published; start a correction to change it");
        }
        return issues.find(ref.id()).orElseThrow();
    }

    private String show(int number, DetailsForm form, List<FormProblem> problems, EditConflict<DetailsForm.Reading, Issue> conflict,
                        Model model) {
        model.addAttribute("number", number);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("conflict", conflict);
        return "workflow/details";
    }
}
