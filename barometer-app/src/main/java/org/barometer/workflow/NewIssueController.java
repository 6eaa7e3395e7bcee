package org.barometer.workflow;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.barometer.account.SignedIn;
import org.barometer.issue.Authors;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Relationships;
import org.barometer.issue.Revision;
import org.barometer.issue.Revisions;
import org.barometer.method.ColourScale;
import org.barometer.method.Issue;
import org.barometer.publicdata.PublishedData;
import org.barometer.workspace.FormProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor creates an issue: a draft with its period, relationships, score bound, colour scale (the scale in force,
 * as the editor changes it) and authors. The form starts from the latest issue (next number, next period, its
 * relationships, bound, scale and authors); a store without issues starts from an empty form.
 */
@Controller
class NewIssueController {

    private static final String REMOVE_AUTHOR = "remove-author-";
    private static final String REMOVE_BAND = "remove-band-";

    private final IssueStore issues;
    private final Relationships relationships;
    private final PublishedData published;
    private final IssueLifecycle lifecycle;
    private final Revisions revisions;
    private final Authors authors;

    NewIssueController(IssueStore issues, Relationships relationships, PublishedData published, IssueLifecycle lifecycle,
                       Revisions revisions, Authors authors) {
        this.issues = issues;
        this.relationships = relationships;
        this.published = published;
        this.lifecycle = lifecycle;
        this.revisions = revisions;
        this.authors = authors;
    }

    @GetMapping("/workspace/issues/new")
    String form(@AuthenticationPrincipal SignedIn signedIn, Model model) {
        signedIn.actor().requireEditor();
        Optional<Revision> latest = revisions.latest().stream().reduce((a, b) -> b);
        Optional<Issue> issue = latest.flatMap(revision -> issues.find(revision.row()));
        if (issue.isEmpty()) {
            return show(IssueForm.empty(inForce()), List.of(), model);
        }
        model.addAttribute("startsFrom", issue.get().number());
        return show(IssueForm.following(issue.get(), authors.of(latest.get().row())), List.of(), model);
    }

    /** Creates the issue, or adds or removes an author row and shows the form again (no script needed). */
    @PostMapping("/workspace/issues")
    String create(@ModelAttribute IssueForm form, @RequestParam(defaultValue = "create") String action,
                  @AuthenticationPrincipal SignedIn signedIn, Model model, HttpServletResponse response) {
        signedIn.actor().requireEditor();
        if (action.equals("add-author")) {
            return show(form.withAnotherAuthor(), List.of(), model);
        }
        if (action.startsWith(REMOVE_AUTHOR)) {
            return show(form.withoutAuthor(IssueForm.row(action, REMOVE_AUTHOR)), List.of(), model);
        }
        if (action.equals("add-band")) {
            return show(form.withAnotherBand(), List.of(), model);
        }
        if (action.startsWith(REMOVE_BAND)) {
            return show(form.withoutBand(IssueForm.row(action, REMOVE_BAND)), List.of(), model);
        }
        IssueForm.Reading reading = form.read(relationships.list(), issues::exists, inForce());
        if (reading.problems().isEmpty()) {
            try {
                lifecycle.create(signedIn.actor(), reading.issue(), reading.authors());
                return "redirect:/workspace/issues/" + reading.issue().number();
            } catch (DuplicateKeyException e) {
                // created by someone else between the check and the insert; the transaction stored nothing
                reading = new IssueForm.Reading(null, List.of(),
                        List.of(FormProblem.of("number", "workflow.new.error.number-taken", reading.issue().number())));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(form, reading.problems(), model);
    }

    private String show(IssueForm form, List<FormProblem> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("configured", relationships.list());
        return "workflow/new";
    }

    /** The scale of the latest published issue, which a new issue starts from; the method's own before any is published. */
    private ColourScale inForce() {
        return published.scale().orElse(ColourScale.DEFAULT);
    }
}
