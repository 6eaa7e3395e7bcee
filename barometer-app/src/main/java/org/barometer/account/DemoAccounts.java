package org.barometer.account;

import java.io.PrintStream;
import java.util.Set;

import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a store without accounts, `serve` creates demo accounts: the editor, one analyst per relationship of the
 * latest issue and one for the security catalogue, with random passwords printed once on standard output,
 * one line each: {@code demo account: ROLE USERNAME PASSWORD}.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "barometer.demo-accounts", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    private final Accounts accounts;
    private final IssueStore issues;
    private final PrintStream out = System.out;

    DemoAccounts(Accounts accounts, IssueStore issues) {
        this.accounts = accounts;
        this.issues = issues;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        create("editor", Role.EDITOR, Set.of(), false);
        issues.list().stream().reduce((a, b) -> b).flatMap(summary -> issues.find(summary.number())).ifPresent(issue -> {
            for (Catalogue catalogue : issue.catalogues()) {
                String code = catalogue.relationship().code();
                create("analyst-" + code, Role.ANALYST, Set.of(code), false);
            }
        });
        create("analyst-security", Role.ANALYST, Set.of(), true);
        out.flush();
    }

    private void create(String username, Role role, Set<String> relationships, boolean security) {
        String password = Accounts.randomPassword();
        accounts.add(username, password, role, relationships, security);
        out.println("demo account: " + role.name().toLowerCase(java.util.Locale.ROOT) + " " + username + " " + password);
    }
}
