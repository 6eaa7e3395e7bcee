package org.barometer.cli;

import java.util.List;

import org.barometer.method.Finding;
import org.barometer.method.Issue;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks an issue: stated figures against the catalogue, dates against the period, scores against the bound.",
                "Exit status 0 when nothing is found, 1 when there are findings."})
final class ValidateCommand extends StoreCommand {

    /** Exit status when the checks found something. */
    static final int FINDINGS = 1;

    @Option(names = "--issue", paramLabel = "N", required = true, description = "Issue number.")
    int number;

    @Override
    int run(ConfigurableApplicationContext context) {
        Issue issue = issue(context, number);
        List<Finding> findings = issue.findings();
        out().printf("Issue No. %d (%s): %d findings.%n", issue.number(), issue.status().key(), findings.size());
        for (Finding finding : findings) {
            out().printf("  [%s] %s%n", finding.kind(), finding.message());
        }
        out().flush();
        return findings.isEmpty() ? 0 : FINDINGS;
    }
}
