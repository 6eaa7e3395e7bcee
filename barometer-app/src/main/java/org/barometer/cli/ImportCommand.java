package org.barometer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;

import org.barometer.importer.IssueImport;
import org.barometer.indices.IndicesReport;
import org.barometer.method.Finding;
import org.barometer.method.Period;
import org.barometer.method.StatedFigureMismatch;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an issue: the text of a published issue as extracted from its PDF, or a JSON or CSV export of Barometer.",
                "Every stated figure is checked against the catalogue; differences are reported and kept as published.",
                "All or nothing: a line that cannot be read stores nothing. Exit status 0 when stored, 1 when refused."})
final class ImportCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", description = "The file to import (UTF-8 text, .json or .csv).")
    Path file;

    @Option(names = "--issue", paramLabel = "N", description = "Issue number, when the file does not state it or states it wrongly.")
    Integer number;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month of the period (with --to).")
    YearMonth from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month of the period (with --from).")
    YearMonth to;

    @Option(names = "--draft", description = "Store the issue as a draft instead of as published.")
    boolean draft;

    @Option(names = "--replace", description = "Replace an issue with the same number that is already stored.")
    boolean replace;

    @Override
    int run(ConfigurableApplicationContext context) {
        if ((from == null) != (to == null)) {
            throw new UserError("--from and --to go together: give both months of the period, or neither");
        }
        Period period = from == null ? null : new Period(from, to);
        IssueImport.Result result = context.getBean(IssueImport.class)
                .importFile(file, new IssueImport.Options(number, period, draft, replace));
        PrintWriter out = out();
        out.printf("%s issue No. %d from %s as %s: %d relationship catalogues, %d events, %d security events.%n",
                result.replaced() ? "Replaced" : "Imported", result.issue().number(), file, result.issue().status().key(),
                result.issue().catalogues().size(),
                result.issue().catalogues().stream().mapToInt(c -> c.events().size()).sum(),
                result.issue().security().events().size());
        out.println();
        out.print(IndicesReport.table(result.issue()));
        printFindings(out, result.findings());
        return 0;
    }

    static void printFindings(PrintWriter out, java.util.List<Finding> findings) {
        java.util.List<Finding> mismatches = findings.stream().filter(f -> f instanceof StatedFigureMismatch).toList();
        java.util.List<Finding> others = findings.stream().filter(f -> !(f instanceof StatedFigureMismatch)).toList();
        out.println();
        if (mismatches.isEmpty()) {
            out.println("Every stated figure agrees with the catalogue.");
        } else {
            out.printf("Warning: %d stated figures differ from the catalogue (kept as published):%n", mismatches.size());
            out.printf("  %-20s %-10s %8s %9s%n", "subject", "figure", "stated", "computed");
            for (Finding finding : mismatches) {
                StatedFigureMismatch m = (StatedFigureMismatch) finding;
                out.printf("  %-20s %-10s %8s %9s%n", m.name(), m.figure().key(), m.stated(), m.computed());
            }
        }
        if (!others.isEmpty()) {
            out.printf("Warning: %d other findings:%n", others.size());
            others.forEach(f -> out.println("  " + f.message()));
        }
        out.flush();
    }
}
