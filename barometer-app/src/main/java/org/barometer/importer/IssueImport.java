package org.barometer.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.barometer.issue.Authors;
import org.barometer.issue.IssueStore;
import org.barometer.method.Finding;
import org.barometer.method.InputRules;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.narrative.NarrativeTexts;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Imports an issue from the text of its publication (extracted from its PDF, or its Word original), or from Barometer's own JSON, CSV or .xlsx export, all or nothing:
 * the whole file is read and checked before anything is stored, and storing the issue with its narrative and authors
 * is one transaction.
 */
@Service
public class IssueImport {

    private final IssueStore store;
    private final NarrativeTexts narrative;
    private final Authors authors;
    private final TransactionOperations transaction;

    public IssueImport(IssueStore store, NarrativeTexts narrative, Authors authors, TransactionOperations transaction) {
        this.store = store;
        this.narrative = narrative;
        this.authors = authors;
        this.transaction = transaction;
    }

    /**
     * What the user asked for beside the file: a number and period to use, draft status, replacement, and the
     * publisher's name to give or override (null: the file's).
     */
    public record Options(Integer number, Period period, boolean draft, boolean replace, String publisher) {
        public static final Options NONE = new Options(null, null, false, false);

        public Options(Integer number, Period period, boolean draft, boolean replace) {
            this(number, period, draft, replace, null);
        }
    }

    /**
     * The stored issue, what the checks found in it, its words as stored (narrative and authors), and the lines of a
     * published text that found no place in the narrative.
     */
    public record Result(Issue issue, List<Finding> findings, boolean replaced, IssueWords words, List<Notice> notices) {
    }

    public Result importFile(Path file, Options options) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(source, "cannot be read: " + e.getMessage());
        }
        if (WordDocument.isDocument(source, bytes)) {
            return importDocument(source, bytes, options);
        }
        if (IssueXlsx.isWorkbook(source, bytes)) {
            return importWorkbook(source, bytes, options);
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(source, "is not UTF-8 text (nor an .xlsx workbook or a .docx document)");
        }
        return importText(source, content, options);
    }

    /** An .xlsx workbook as `export --format xlsx` writes it. */
    public Result importWorkbook(String source, byte[] workbook, Options options) {
        checkPublisher(source, options);
        Read read = checked(source, "", fromExport(source, IssueXlsx.readAll(source, workbook), options));
        return stored(source, read, options);
    }

    /**
     * A published issue's Word original: its paragraphs and tables read as the text of its publication, so that the
     * catalogues, the stated figures and the narrative come in as from the text extracted from its PDF.
     */
    public Result importDocument(String source, byte[] document, Options options) {
        return importText(source, WordDocument.text(WordDocument.read(source, document)), options);
    }

    public Result importText(String source, String content, Options options) {
        return stored(source, read(source, content.startsWith("\uFEFF") ? content.substring(1) : content, options), options);
    }

    private Result stored(String source, Read read, Options options) {
        Issue issue = read.issue();
        IssueWords words = read.words().withPublisher(options.publisher());
        List<Finding> findings = issue.findings();
        boolean replaced;
        try {
            replaced = store(source, issue, words, findings, options);
        } catch (DataAccessException e) {
            throw new ImportException(source, "the store refused issue No. " + issue.number() + " and nothing was changed: "
                    + e.getMostSpecificCause().getMessage());
        }
        return new Result(issue, findings, replaced, words, read.notices());
    }

    private boolean store(String source, Issue issue, IssueWords words, List<Finding> findings, Options options) {
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            boolean exists = store.exists(issue.number());
            if (exists && !options.replace()) {
                throw new ImportException(source, "issue No. " + issue.number() + " is already in the store; nothing was changed (give --replace to replace it)");
            }
            if (exists) {
                store.delete(issue.number());
            }
            long row = store.insert(issue, findings);
            for (IssueWords.Text text : words.narrative()) {
                if (!narrative.add(row, text.subject(), text.part(), text.language(), text.markdown())) {
                    throw new ImportException(source, "a second text of " + text.key() + "; nothing was changed");
                }
            }
            words.authors().forEach(author -> authors.add(row, author));
            words.forecasts().forEach(statement -> narrative.addForecast(row, statement));
            return exists;
        }));
    }

    private record Read(Issue issue, IssueWords words, List<Notice> notices) {
    }

    /** The issue the file holds with its words, refused whole at the first text the input rules refuse. */
    private static Read read(String source, String content, Options options) {
        checkPublisher(source, options);
        return checked(source, content, readAny(source, content, options));
    }

    private static void checkPublisher(String source, Options options) {
        if (options.publisher() != null) {
            InputRules.problem(InputRules.Field.NARRATIVE, options.publisher()).or(() -> options.publisher().isBlank()
                    ? java.util.Optional.of("is empty") : java.util.Optional.empty()).ifPresent(reason -> {
                throw new ImportException(source, "--publisher: " + reason);
            });
        }
    }

    private static Read checked(String source, String content, Read read) {
        InputRules.check(read.issue()).stream().findFirst().or(() -> read.words().violation(read.issue())).ifPresent(violation -> {
            int line = Format.of(source, content) == Format.JSON ? JsonLines.of(content, violation.field()) : 0;
            throw new ImportException(source, line, null, violation.toString());
        });
        return read;
    }

    private static Read readAny(String source, String content, Options options) {
        return switch (Format.of(source, content)) {
            case JSON -> fromExport(source, IssueJson.readAll(source, content), options);
            case CSV -> fromExport(source, IssueCsv.readAll(source, content), options);
            case PUBLISHED_TEXT -> {
                PublishedIssueParser.Parsed parsed = PublishedIssueParser.parse(source, content.lines().toList(), options.number(), options.period(),
                        options.draft() ? IssueStatus.DRAFT : IssueStatus.PUBLISHED);
                yield new Read(parsed.issue(), parsed.words(), parsed.notices());
            }
        };
    }

    private static Read fromExport(String source, ExportedIssue exported, Options options) {
        return new Read(fromExport(source, exported.issue(), options), exported.words(), List.of());
    }

    private static Issue fromExport(String source, Issue exported, Options options) {
        if (options.period() != null && !options.period().equals(exported.period())) {
            throw new ImportException(source, "the export states its period (" + exported.period() + "); --from/--to cannot change it");
        }
        Issue issue = options.number() == null ? exported : exported.withNumberAndPeriod(options.number(), exported.period());
        return options.draft() ? issue.withStatus(IssueStatus.DRAFT) : issue;
    }

    private enum Format {
        JSON, CSV, PUBLISHED_TEXT;

        static Format of(String source, String content) {
            String name = source.toLowerCase(java.util.Locale.ROOT);
            String start = content.stripLeading();
            if (name.endsWith(".json") || start.startsWith("{")) {
                return JSON;
            }
            if (name.endsWith(".csv") || start.startsWith("record,")) {
                return CSV;
            }
            return PUBLISHED_TEXT;
        }
    }
}
