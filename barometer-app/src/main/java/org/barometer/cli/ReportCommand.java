package org.barometer.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.barometer.report.IssueReports;
import org.barometer.report.Publication;
import org.barometer.report.ReportFile;
import org.barometer.report.ReportFormat;
import org.barometer.workflow.TeamPublications;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the publication of an issue as an HTML page or an A4 PDF, in English or Russian.",
                "It shows the latest revision; one that is not published is marked DRAFT on every page."})
final class ReportCommand extends StoreCommand {

    enum Format { html, pdf }

    enum Language { en, ru }

    @Option(names = "--issue", paramLabel = "N", required = true, description = "Issue number.")
    int number;

    @Option(names = "--format", required = true, description = "html or pdf.")
    Format format;

    @Option(names = "--lang", defaultValue = "en", description = "en or ru (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file; HTML goes to standard output without it.")
    Path file;

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        if (format == Format.pdf && file == null) {
            throw new UserError("a PDF needs a file to go to: add --out FILE");
        }
        issue(context, number);
        Publication publication = context.getBean(TeamPublications.class).latest(number)
                .orElseThrow(() -> new UserError("there is no issue No. " + number + " in the store"));
        ReportFile report = context.getBean(IssueReports.class)
                .render(publication, format == Format.pdf ? ReportFormat.PDF : ReportFormat.HTML, language.name());
        if (file == null) {
            out().print(new String(report.content(), java.nio.charset.StandardCharsets.UTF_8));
            out().flush();
            return 0;
        }
        Files.write(file, report.content());
        out().printf("Wrote issue No. %d, revision %d%s, as %s (%s) to %s.%n", report.number(), report.revision(),
                report.draft() ? " (DRAFT: not published)" : "", format.name().toUpperCase(java.util.Locale.ROOT), language, file);
        out().flush();
        return 0;
    }
}
