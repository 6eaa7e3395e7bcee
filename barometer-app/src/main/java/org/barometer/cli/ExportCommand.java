package org.barometer.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.barometer.importer.IssueCsv;
import org.barometer.importer.IssueJson;
import org.barometer.method.Issue;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a whole issue (catalogues, stated figures, scale, status) as JSON or CSV.",
                "`barometer import` reads the file back without loss."})
final class ExportCommand extends StoreCommand {

    enum Format { json, csv }

    @Option(names = "--issue", paramLabel = "N", required = true, description = "Issue number.")
    int number;

    @Option(names = "--format", required = true, description = "json or csv.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path file;

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        Issue issue = issue(context, number);
        String text = format == Format.json ? IssueJson.write(issue) : IssueCsv.write(issue);
        if (file == null) {
            out().print(text);
            out().flush();
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
