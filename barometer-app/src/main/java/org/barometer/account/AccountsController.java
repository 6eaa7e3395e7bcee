package org.barometer.account;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's page of accounts: who has which role and assignments, and adding an account. */
@Controller
class AccountsController {

    private final Accounts accounts;
    private final AccountStore store;

    AccountsController(Accounts accounts, AccountStore store) {
        this.accounts = accounts;
        this.store = store;
    }

    @GetMapping("/workspace/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("relationships", new TreeSet<>(store.relationshipCodes()));
        model.addAttribute("roles", Role.values());
        return "account/accounts";
    }

    @PostMapping("/workspace/accounts")
    String add(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
               @RequestParam(required = false) List<String> relationships,
               @RequestParam(defaultValue = "false") boolean security, Model model, RedirectAttributes redirect) {
        try {
            accounts.add(username, password, role, relationships == null ? Set.of() : Set.copyOf(relationships), security);
        } catch (IllegalArgumentException refused) {
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("username", username);
            return list(model);
        }
        redirect.addFlashAttribute("added", username);
        return "redirect:/workspace/accounts";
    }
}
