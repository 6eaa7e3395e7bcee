package org.barometer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;

import org.barometer.importer.IssueImport;
import org.barometer.importer.IssueWords;
import org.barometer.indices.IndicesReport;
import org.barometer.method.Finding;
import org.barometer.method.Period;
import org.barometer.method.StatedFigureMismatch;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an issue: the text of a published issue as extracted from its PDF, its Word original (.docx, catalogues as tables),",
                "or a JSON, CSV or .xlsx export of Barometer.",
                "Every stated figure is checked against the catalogue; differences are reported and kept as published.",
                "The narrative (foreword, sections, forecasts, acknowledgements, publisher) and the authors are stored in English;",
                "a line of narrative it cannot place is named on standard error.",
                "All or nothing: a line that cannot be read stores nothing. Exit status 0 when stored, 1 when refused."})
final class ImportCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", description = "The file to import (UTF-8 text, a .docx document, .json, .csv or an .xlsx workbook).")
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

    @Option(names = "--publisher", paramLabel = "NAME", description = "The publisher's name for the cover, when the file does not give it or gives it wrongly.")
    String publisher;

    @Override
    int run(ConfigurableApplicationContext context) {
        if ((from == null) != (to == null)) {
            throw new UserError("--from and --to go together: give both months of the period, or neither");
        }
        Period period = from == null ? null : new Period(from, to);
        IssueImport.Result result = context.getBean(IssueImport.class)
                .importFile(file, new IssueImport.Options(number, period, draft, replace, publisher));
        PrintWriter err = spec.commandLine().getErr();
        result.notices().forEach(notice -> err.println("barometer: notice: " + notice.message()));
        err.flush();
        PrintWriter out = out();
        out.printf("%s issue No. %d from %s as %s: %d relationship catalogues, %d events, %d security events.%n",
                result.replaced() ? "Replaced" : "Imported", result.issue().number(), file, result.issue().status().key(),
                result.issue().catalogues().size(),
                result.issue().catalogues().stream().mapToInt(c -> c.events().size()).sum(),
                result.issue().security().events().size());
        out.println(words(result.words()));
        if (!result.notices().isEmpty()) {
            out.printf("%d %s of the text found no place in the narrative (listed on standard error).%n", result.notices().size(),
                    result.notices().size() == 1 ? "line" : "lines");
        }
        out.println();
        out.print(IndicesReport.table(result.issue()));
        printFindings(out, result.findings());
        return 0;
    }

    /** One line: the narrative texts in each language, the authors, and the publisher. */
    static String words(IssueWords words) {
        int english = words.in("en").size();
        int russian = words.in("ru").size();
        return "narrative: " + (english == 0 ? "none" : english + (english == 1 ? " text" : " texts")) + " in English; "
                + (russian == 0 ? "none in Russian (write them in the workspace)" : russian + " in Russian")
                + "; authors: " + words.authors().size()
                + "; publisher: " + words.publisher().map(name -> "\"" + name + "\"").orElse("none (give --publisher NAME)") + ".";
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
