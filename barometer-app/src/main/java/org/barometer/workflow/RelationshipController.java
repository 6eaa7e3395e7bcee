package org.barometer.workflow;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.barometer.account.SignedIn;
import org.barometer.issue.Relationships;
import org.barometer.method.InputRules;
import org.barometer.method.Relationship;
import org.barometer.workspace.FormProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The configured relationships new issues choose from; the editor adds one by its heading ("the EU"). */
@Controller
class RelationshipController {

    static final int MAX_NAME = InputRules.Field.RELATIONSHIP_NAME.limit();

    private final Relationships relationships;
    private final TransactionOperations transaction;

    RelationshipController(Relationships relationships, TransactionOperations transaction) {
        this.relationships = relationships;
        this.transaction = transaction;
    }

    @GetMapping("/workspace/relationships")
    String list(Model model) {
        model.addAttribute("relationships", relationships.list());
        return "workflow/relationships";
    }

    @PostMapping("/workspace/relationships")
    String add(@RequestParam(defaultValue = "") String name, @AuthenticationPrincipal SignedIn signedIn, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        signedIn.actor().requireEditor();
        Optional<FormProblem> problem = problem(name);
        if (problem.isEmpty()) {
            Relationship relationship = Relationship.named(name);
            if (Boolean.TRUE.equals(transaction.execute(tx -> relationships.add(relationship)))) {
                redirect.addFlashAttribute("done", new Notice("workflow.relationships.added", relationship.name(), relationship.code()));
                return "redirect:/workspace/relationships";
            }
            problem = Optional.of(FormProblem.of("name", "workflow.relationships.error.taken", relationship.code()));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problem", problem.get());
        model.addAttribute("name", name);
        return list(model);
    }

    private static Optional<FormProblem> problem(String name) {
        if (name.isBlank()) {
            return Optional.of(FormProblem.of("name", "workflow.relationships.error.blank"));
        }
        if (name.strip().length() > MAX_NAME) {
            return Optional.of(FormProblem.of("name", "workflow.relationships.error.long", MAX_NAME));
        }
        String code = Relationship.codeFor(name);
        if (InputRules.reservedCodes().contains(code)) {
            return Optional.of(FormProblem.of("name", "workflow.relationships.error.reserved", code));
        }
        if (InputRules.codeProblem(code).isPresent()) {
            return Optional.of(FormProblem.of("name", "workflow.relationships.error.code", name.strip()));
        }
        return Optional.empty();
    }
}
