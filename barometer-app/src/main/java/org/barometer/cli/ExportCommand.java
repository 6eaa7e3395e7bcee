package org.barometer.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.barometer.importer.IssueCsv;
import org.barometer.importer.IssueJson;
import org.barometer.importer.IssueWords;
import org.barometer.importer.IssueXlsx;
import org.barometer.issue.Authors;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revision;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.narrative.NarrativeTexts;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a whole issue (catalogues, stated figures, scale, status, narrative, authors, forecast statements) as JSON, CSV or an .xlsx workbook:",
                "its published revision, or the revision --revision names (a draft too). `barometer import` reads the file back without loss."})
final class ExportCommand extends StoreCommand {

    enum Format { json, csv, xlsx }

    @Option(names = "--issue", paramLabel = "N", required = true, description = "Issue number.")
    int number;

    @Option(names = "--revision", paramLabel = "R", description = "This revision, published or a draft (default: the published revision;"
            + " for an issue never published, its draft).")
    Integer revision;

    @Option(names = "--format", required = true, description = "json, csv or xlsx (xlsx needs --out: a workbook is not for a terminal).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path file;

    @Option(names = "--catalogues-only", description = "Leave out the narrative, the authors and the forecast statements (format barometer-issue/1).")
    boolean catalogueOnly;

    /** The narrative, authors and forecast statements of the revision stored in this row. */
    static IssueWords words(ConfigurableApplicationContext context, long row) {
        NarrativeTexts texts = context.getBean(NarrativeTexts.class);
        return new IssueWords(texts.of(row).stream()
                .map(t -> new IssueWords.Text(t.subject(), t.part(), t.language(), t.markdown())).toList(),
                context.getBean(Authors.class).of(row), texts.forecasts(row));
    }

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        if (format == Format.xlsx && file == null) {
            throw new UserError("--format xlsx writes a binary workbook; give --out FILE.xlsx to write it to a file");
        }
        issue(context, number);
        Revisions revisions = context.getBean(Revisions.class);
        List<Revision> all = revisions.of(number);
        Revision chosen = revision == null
                ? revisions.latestPublished(number).orElse(all.get(all.size() - 1))
                : all.stream().filter(r -> r.revision() == revision).findFirst().orElseThrow(() -> new UserError("issue No. " + number
                        + " has no revision " + revision + " (it has " + all.stream().map(r -> Integer.toString(r.revision())).collect(Collectors.joining(", ")) + ")"));
        Revision latest = all.get(all.size() - 1);
        if (revision == null && latest.revision() != chosen.revision()) {
            spec.commandLine().getErr().println("barometer: exported revision " + chosen.revision() + " of issue No. " + number + ", the published one;"
                    + " revision " + latest.revision() + (latest.status() == IssueStatus.DRAFT ? " is a draft" : " is in review")
                    + " (give --revision " + latest.revision() + " to export it)");
            spec.commandLine().getErr().flush();
        }
        Issue issue = context.getBean(IssueStore.class).find(number, chosen.revision()).orElseThrow();
        IssueWords words = catalogueOnly ? IssueWords.NONE : words(context, revisions.ref(number, chosen.revision()).orElseThrow().id());
        if (format == Format.xlsx) {
            Files.write(file, IssueXlsx.write(issue, words));
            return 0;
        }
        String text = format == Format.json ? IssueJson.write(issue, words) : IssueCsv.write(issue, words);
        if (file == null) {
            out().print(text);
            out().flush();
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
