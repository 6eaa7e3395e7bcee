package org.barometer.cli;

import java.util.List;
import java.util.Locale;

import org.barometer.findings.IssueFinding;
import org.barometer.findings.IssueFindings;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Lists the findings of an issue's latest revision, as its page and the checklist before publishing show them:",
                "stated figures that differ, dates outside the period, scores outside the bound, likely duplicates, empty catalogues,",
                "parts not ready, narrative texts missing in a language, no author; with the editor's acknowledgements.",
                "Exit status 0 when nothing is found, 1 when there are findings."})
final class ValidateCommand extends StoreCommand {

    /** Exit status when the checks found something. */
    static final int FINDINGS = 1;

    @Option(names = "--issue", paramLabel = "N", required = true, description = "Issue number.")
    int number;

    @Override
    int run(ConfigurableApplicationContext context) {
        Issue issue = issue(context, number);
        IssueRef ref = context.getBean(Revisions.class).ref(number).orElseThrow();
        IssueFindings source = context.getBean(IssueFindings.class);
        List<IssueFinding> findings = source.of(ref);
        long open = findings.stream().filter(finding -> !finding.acknowledged()).count();
        out().printf("Issue No. %d, revision %d (%s): %d findings, %d open.%n", issue.number(), ref.revision(), ref.status().key(),
                findings.size(), open);
        for (IssueFinding finding : findings) {
            out().printf("  [%s] %s%s%n", finding.kind(), source.text(finding, Locale.ENGLISH), finding.acknowledged()
                    ? " (acknowledged by " + finding.acknowledgement().by() + ": " + finding.acknowledgement().reason() + ")" : "");
        }
        out().flush();
        return findings.isEmpty() ? 0 : FINDINGS;
    }
}
