package org.barometer.workflow;

import java.util.List;

import org.barometer.account.SignedIn;
import org.barometer.issue.Author;
import org.barometer.issue.IssueRef;
import org.barometer.workspace.FormProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The changes to an issue's life and authors; each answers with the issue's page, or 403 or 409 and nothing changed. */
@Controller
@RequestMapping("/workspace/issues/{number}")
class LifecycleController {

    private final IssueLifecycle lifecycle;

    LifecycleController(IssueLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @PostMapping("/submit")
    String submit(@PathVariable int number, @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        lifecycle.submit(signedIn.actor(), number);
        return done(number, "workflow.done.submit", redirect);
    }

    @PostMapping("/send-back")
    String sendBack(@PathVariable int number, @RequestParam(defaultValue = "") String comment,
                    @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        try {
            lifecycle.sendBack(signedIn.actor(), number, comment);
        } catch (IssueLifecycle.MissingText e) {
            return problem(number, "workflow.error.comment-required", redirect);
        }
        return done(number, "workflow.done.send-back", redirect);
    }

    @PostMapping("/correct")
    String correct(@PathVariable int number, @RequestParam(defaultValue = "") String note,
                   @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        try {
            IssueRef draft = lifecycle.correct(signedIn.actor(), number, note);
            return done(number, "workflow.done.correct", redirect, draft.revision());
        } catch (IssueLifecycle.MissingText e) {
            return problem(number, "workflow.error.note-required", redirect);
        }
    }

    @PostMapping("/authors")
    String addAuthor(@PathVariable int number, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "") String affiliation, @RequestParam(defaultValue = "") String biography,
                     @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        List<FormProblem> problems = IssueForm.check(new IssueForm.AuthorForm(name, affiliation, biography), 1);
        if (!problems.isEmpty()) {
            lifecycle.requireAuthorsEditable(signedIn.actor(), number);
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/workspace/issues/" + number + "#authors";
        }
        lifecycle.addAuthor(signedIn.actor(), number, new Author(0, name, affiliation, biography));
        return done(number, "workflow.done.author-added", redirect);
    }

    @PostMapping("/authors/{seq}/delete")
    String removeAuthor(@PathVariable int number, @PathVariable int seq, @AuthenticationPrincipal SignedIn signedIn,
                        RedirectAttributes redirect) {
        lifecycle.removeAuthor(signedIn.actor(), number, seq);
        return done(number, "workflow.done.author-removed", redirect);
    }

    private static String done(int number, String key, RedirectAttributes redirect, Object... args) {
        redirect.addFlashAttribute("done", new Notice(key, args));
        return "redirect:/workspace/issues/" + number;
    }

    private static String problem(int number, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problems", List.of(FormProblem.of("", key)));
        return "redirect:/workspace/issues/" + number;
    }
}
