package org.barometer.codebook;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.barometer.account.SignedIn;
import org.barometer.audit.ChangeLog;
import org.barometer.audit.ChangeWords;
import org.barometer.issue.Relationships;
import org.barometer.method.Relationship;
import org.barometer.workspace.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The editor's codebook: pick a relationship, see its published events by score, choose anchors with a rationale or
 * remove them; and the option of an issue to print the codebook in its PDF. The editor's only: anyone else is answered 403.
 */
@Controller
class CodebookEditingController {

    /** How many of the latest changes to the codebook its page shows. */
    static final int HISTORY = 30;

    private final AnchorChoices choices;
    private final Relationships relationships;
    private final ChangeLog changes;
    private final ChangeWords words;

    CodebookEditingController(AnchorChoices choices, Relationships relationships, ChangeLog changes, ChangeWords words) {
        this.choices = choices;
        this.relationships = relationships;
        this.changes = changes;
        this.words = words;
    }

    /** A message the page shows after a change: the bundle key and its arguments. Kept in the session until shown. */
    record Notice(String key, List<Object> args) implements java.io.Serializable {
    }

    @GetMapping("/workspace/codebook")
    String page(@RequestParam(required = false) String relationship, @AuthenticationPrincipal SignedIn signedIn, Locale locale, Model model) {
        signedIn.actor().requireEditor();
        return show(relationship, locale, model);
    }

    @PostMapping("/workspace/codebook/{code}/anchors")
    String choose(@PathVariable String code, @RequestParam(defaultValue = "") String uid, @RequestParam(defaultValue = "") String rationale,
                  @RequestParam(defaultValue = "") String rationaleRu, @AuthenticationPrincipal SignedIn signedIn, Locale locale, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            choices.choose(signedIn.actor(), known(code).code(), uid, rationale, rationaleRu);
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", refused.problem()).addAttribute("refusedUid", uid)
                    .addAttribute("refused", Map.of("rationale", rationale, "rationaleRu", rationaleRu));
            return show(code, locale, model);
        }
        redirect.addFlashAttribute("done", new Notice("codebook.done.chosen", List.of()));
        return back(code);
    }

    @PostMapping("/workspace/codebook/{code}/anchors/{uid}/remove")
    String remove(@PathVariable String code, @PathVariable String uid, @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        choices.remove(signedIn.actor(), code, uid);
        redirect.addFlashAttribute("done", new Notice("codebook.done.removed", List.of()));
        return back(code);
    }

    @PostMapping("/workspace/issues/{number}/codebook-in-pdf")
    String includeInPdf(@PathVariable int number, @RequestParam(defaultValue = "false") boolean include,
                        @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        choices.includeInPdf(signedIn.actor(), number, include);
        redirect.addFlashAttribute("done", new Notice(
                include ? "codebook.done.in-pdf" : "codebook.done.not-in-pdf", List.of()));
        return "redirect:/workspace/issues/" + number;
    }

    private String show(String code, Locale locale, Model model) {
        List<Relationship> all = relationships.list();
        if (all.isEmpty()) {
            model.addAttribute("page", new CodebookPage(all, null, List.of(), List.of(), List.of()));
            return "codebook/codebook";
        }
        Relationship selected = code == null || code.isBlank() ? all.get(0) : known(code);
        List<ChangeWords.Described> history = changes.forKind(ChangeLog.Entity.ANCHOR, HISTORY).stream()
                .map(change -> words.describe(change, Map.of(), locale)).toList();
        model.addAttribute("page", CodebookPage.of(all, selected, choices.published(selected.code()), choices.anchors(selected.code()), history));
        return "codebook/codebook";
    }

    private Relationship known(String code) {
        return relationships.list().stream().filter(relationship -> relationship.code().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no relationship " + code));
    }

    private static String back(String code) {
        return "redirect:" + UriComponentsBuilder.fromPath("/workspace/codebook").queryParam("relationship", code).build().toUriString();
    }
}
