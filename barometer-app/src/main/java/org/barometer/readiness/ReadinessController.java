package org.barometer.readiness;

import java.util.List;
import java.util.regex.Pattern;

import org.barometer.account.SignedIn;
import org.barometer.method.IssueStatus;
import org.barometer.workspace.FormProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Marking a part ready or in progress, and the editor sending one back; each answers with the page it was asked from
 * (the workspace, the issue, the part's catalogue or narrative), or 403, 404 or 409 and nothing changed.
 */
@Controller
@RequestMapping("/workspace/issues/{number}/parts/{part}")
class ReadinessController {

    /** A page of the workspace to go back to; anything else (another site, a scheme) goes to the issue's page. */
    private static final Pattern BACK = Pattern.compile("/workspace(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final PartChanges changes;

    ReadinessController(PartChanges changes) {
        this.changes = changes;
    }

    /** A message a page shows after a change: the bundle key and its arguments. Kept in the session until shown. */
    record Notice(String key, List<Object> args) implements java.io.Serializable {
    }

    @PostMapping("/ready")
    String ready(@PathVariable int number, @PathVariable String part, @RequestParam(defaultValue = "") String note,
                 @RequestParam(defaultValue = "") String back, @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        changes.markReady(signedIn.actor(), number, part, note);
        return done(number, back, "readiness.done.ready", redirect);
    }

    @PostMapping("/in-progress")
    String inProgress(@PathVariable int number, @PathVariable String part, @RequestParam(defaultValue = "") String back,
                      @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        changes.markInProgress(signedIn.actor(), number, part);
        return done(number, back, "readiness.done.in-progress", redirect);
    }

    @PostMapping("/send-back")
    String sendBack(@PathVariable int number, @PathVariable String part, @RequestParam(defaultValue = "") String comment,
                    @RequestParam(defaultValue = "") String back, @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        try {
            changes.sendBack(signedIn.actor(), number, part, comment);
        } catch (PartChanges.MissingComment e) {
            redirect.addFlashAttribute("problems", List.of(FormProblem.of("", "readiness.error.comment-required")));
            return target(number, back);
        }
        return done(number, back, "readiness.done.sent-back", redirect);
    }

    /** A change the issue is not a draft for: say so, change nothing. */
    @ExceptionHandler(PartNotOpen.class)
    ModelAndView refused(PartNotOpen refused) {
        ModelAndView page = new ModelAndView("workflow/refused", HttpStatus.CONFLICT);
        page.addObject("number", refused.number());
        page.addObject("actual", refused.actual());
        page.addObject("expected", IssueStatus.DRAFT);
        return page;
    }

    private static String done(int number, String back, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", new Notice(key, List.of()));
        return target(number, back);
    }

    private static String target(int number, String back) {
        return "redirect:" + (BACK.matcher(back).matches() ? back : "/workspace/issues/" + number) + "#parts";
    }
}
