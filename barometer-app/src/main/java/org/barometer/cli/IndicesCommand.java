package org.barometer.cli;

import org.barometer.indices.IndicesReport;
import org.barometer.method.Issue;
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
        out().print(json ? IndicesReport.jsonText(issue) : IndicesReport.table(issue));
        out().flush();
        return 0;
    }
}
