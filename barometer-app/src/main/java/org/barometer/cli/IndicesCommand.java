package org.barometer.cli;

import java.util.List;

import org.barometer.indices.IndicesReport;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.reliability.DoubleScoring;
import org.barometer.reliability.PartReliability;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "indices", mixinStandardHelpOptions = true,
        description = {"Shows an issue's indices as computed from its catalogues, with the figures it published where they differ.",
                "With --json, standard output is only the JSON (logs go to standard error)."})
final class IndicesCommand extends StoreCommand {

    @Option(names = "--issue", paramLabel = "N", required = true, description = "Issue number.")
    int number;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    boolean json;

    @Override
    int run(ConfigurableApplicationContext context) {
        Issue issue = issue(context, number);
        out().print(json ? IndicesReport.jsonText(issue, reliability(context)) : IndicesReport.table(issue));
        out().flush();
        return 0;
    }

    /** The reliability of the latest revision's parts, whose ranges the JSON gives beside the indices. */
    private List<PartReliability> reliability(ConfigurableApplicationContext context) {
        return context.getBean(Revisions.class).latest().stream().filter(revision -> revision.number() == number).findFirst()
                .map(revision -> context.getBean(DoubleScoring.class).reliability(revision.row())).orElse(List.of());
    }
}
