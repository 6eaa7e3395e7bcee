package org.barometer.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.barometer.issue.IssueStore;
import org.barometer.method.Finding;
import org.barometer.method.InputRules;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Imports an issue from the text of its publication, or from Barometer's own JSON or CSV export, all or nothing:
 * the whole file is read and checked before anything is stored, and storing is one transaction.
 */
@Service
public class IssueImport {

    private final IssueStore store;
    private final TransactionOperations transaction;

    public IssueImport(IssueStore store, TransactionOperations transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    /** What the user asked for beside the file: a number and period to use, draft status, replacement. */
    public record Options(Integer number, Period period, boolean draft, boolean replace) {
        public static final Options NONE = new Options(null, null, false, false);
    }

    /** The stored issue and what the checks found in it. */
    public record Result(Issue issue, List<Finding> findings, boolean replaced) {
    }

    public Result importFile(Path file, Options options) {
        String source = file.toString();
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(source, "is not UTF-8 text");
        } catch (IOException e) {
            throw new ImportException(source, "cannot be read: " + e.getMessage());
        }
        return importText(source, content, options);
    }

    public Result importText(String source, String content, Options options) {
        Issue issue = read(source, content.startsWith("\uFEFF") ? content.substring(1) : content, options);
        List<Finding> findings = issue.findings();
        boolean replaced;
        try {
            replaced = store(source, issue, findings, options);
        } catch (DataAccessException e) {
            throw new ImportException(source, "the store refused issue No. " + issue.number() + " and nothing was changed: "
                    + e.getMostSpecificCause().getMessage());
        }
        return new Result(issue, findings, replaced);
    }

    private boolean store(String source, Issue issue, List<Finding> findings, Options options) {
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            boolean exists = store.exists(issue.number());
            if (exists && !options.replace()) {
                throw new ImportException(source, "issue No. " + issue.number() + " is already in the store; nothing was changed (give --replace to replace it)");
            }
            if (exists) {
                store.delete(issue.number());
            }
            store.insert(issue, findings);
            return exists;
        }));
    }

    /** The issue the file holds, refused whole at the first text the input rules refuse. */
    private static Issue read(String source, String content, Options options) {
        Issue issue = readAny(source, content, options);
        InputRules.check(issue).stream().findFirst().ifPresent(violation -> {
            int line = Format.of(source, content) == Format.JSON ? JsonLines.of(content, violation.field()) : 0;
            throw new ImportException(source, line, null, violation.toString());
        });
        return issue;
    }

    private static Issue readAny(String source, String content, Options options) {
        return switch (Format.of(source, content)) {
            case JSON -> fromExport(source, IssueJson.read(source, content), options);
            case CSV -> fromExport(source, IssueCsv.read(source, content), options);
            case PUBLISHED_TEXT -> PublishedIssueParser.parse(source, content.lines().toList(), options.number(), options.period(),
                    options.draft() ? IssueStatus.DRAFT : IssueStatus.PUBLISHED);
        };
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
