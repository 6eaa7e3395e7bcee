package org.barometer.account;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;

import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.springframework.stereotype.Service;

/**
 * Demo accounts for a store without accounts: the admin (who can try the accounts page), the editor, one analyst per
 * relationship of the latest issue and one for the security catalogue, with random passwords printed once, one line each:
 * {@code demo account: ROLE USERNAME PASSWORD}.
 */
@Service
public class DemoAccounts {

    private final Accounts accounts;
    private final IssueStore issues;
    private final Revisions revisions;

    DemoAccounts(Accounts accounts, IssueStore issues, Revisions revisions) {
        this.accounts = accounts;
        this.issues = issues;
        this.revisions = revisions;
    }

    /** Creates the demo accounts if there are no accounts at all; says so on {@code out}. */
    public void createIfNoAccounts(PrintStream out) {
        if (!accounts.none()) {
            return;
        }
        create(out, "admin", Role.ADMIN, Set.of(), false);
        create(out, "editor", Role.EDITOR, Set.of(), false);
        revisions.latest().stream().reduce((a, b) -> b).flatMap(latest -> issues.find(latest.row())).ifPresent(issue -> {
            for (Catalogue catalogue : issue.catalogues()) {
                String code = catalogue.relationship().code();
                create(out, "analyst-" + code, Role.ANALYST, Set.of(code), false);
            }
        });
        create(out, "analyst-security", Role.ANALYST, Set.of(), true);
        out.flush();
    }

    private void create(PrintStream out, String username, Role role, Set<String> relationships, boolean security) {
        String password = Accounts.randomPassword();
        accounts.add(username, password, role, relationships, security);
        out.println("demo account: " + role.name().toLowerCase(Locale.ROOT) + " " + username + " " + password);
    }
}
