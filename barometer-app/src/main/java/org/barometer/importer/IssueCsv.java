package org.barometer.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.barometer.issue.Author;
import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.ForecastStatement;
import org.barometer.method.InputRules;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.ScoreBound;
import org.barometer.method.Scores;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.method.Sources;
import org.barometer.method.StatedFigure;

/**
 * The whole issue as one CSV table, one record a row: the issue's own fields, its colour bands, each relationship
 * followed by its events, the security events, the stated figures, the words and the forecast statements. `export --format csv` writes it and
 * `import` reads it back without loss.
 */
public final class IssueCsv {

    static final String[] COLUMNS = {"record", "subject", "key", "value", "date", "description", "score", "national", "regional",
        "description_ru", "sources"};

    /**
     * The columns a file adds after {@link #COLUMNS} when the issue makes forecast statements; without statements the
     * file is written as before they were exported, and both are read.
     */
    static final String[] FORECAST_COLUMNS = {"about", "comparison", "threshold", "threshold_upper", "colour", "probability"};

    private static final String[] WITH_FORECASTS = java.util.stream.Stream.of(COLUMNS, FORECAST_COLUMNS).flatMap(java.util.Arrays::stream)
            .toArray(String[]::new);

    /** The column of each field of a narrative or author row. */
    private static final Map<String, String> WORD_COLUMNS = Map.of("subject", "subject", "part", "key", "language", "value",
            "markdown", "description", "name", "subject", "affiliation", "value", "biography", "description");

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private IssueCsv() {
    }

    public static String write(Issue issue) {
        return write(issue, IssueWords.NONE);
    }

    /**
     * The issue and its words: format {@value IssueJson#WORDED} with a {@code narrative} row per text (subject, key
     * part, value language, description Markdown) and an {@code author} row per author (subject name, value
     * affiliation, description biography) after the stated figures, and a {@code forecast} row per forecast statement
     * (subject, key figure, and the {@link #FORECAST_COLUMNS}); {@value IssueJson#FORMAT} without words.
     */
    public static String write(Issue issue, IssueWords words) {
        StringBuilder out = new StringBuilder();
        String[] header = words.forecasts().isEmpty() ? COLUMNS : WITH_FORECASTS;
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            Rows csv = new Rows(printer, header.length);
            meta(csv, "format", words.isEmpty() ? IssueJson.FORMAT : IssueJson.WORDED);
            meta(csv, "number", Integer.toString(issue.number()));
            meta(csv, "title", issue.title());
            meta(csv, "from", issue.period().first().toString());
            meta(csv, "to", issue.period().last().toString());
            meta(csv, "status", issue.status().key());
            meta(csv, "score-lowest", Integer.toString(issue.bound().lowest()));
            meta(csv, "score-highest", Integer.toString(issue.bound().highest()));
            for (ColourBand band : issue.scale().bands()) {
                csv.printRecord("band", band.colour(), "range", open(band.lowest()) + ".." + open(band.highest()), "", band.meaning(), "", "", "", "", "");
            }
            for (Catalogue catalogue : issue.catalogues()) {
                String name = catalogue.relationship().name();
                csv.printRecord("relationship", name, "code", catalogue.relationship().code(), "", "", "", "", "", "", "");
                for (Event event : catalogue.events()) {
                    csv.printRecord("event", name, "", "", event.date().written(), event.description(), event.score(), "", "",
                            event.descriptionRu(), Sources.join(event.sources()));
                }
            }
            for (SecurityEvent event : issue.security().events()) {
                csv.printRecord("security-event", StatedFigure.SECURITY, "", "", event.date().written(), event.description(), "",
                        event.national(), event.regional(), event.descriptionRu(), Sources.join(event.sources()));
            }
            for (StatedFigure stated : issue.stated()) {
                csv.printRecord("stated", StatedSubjects.written(issue, stated), stated.figure().key(), stated.value(), "", "", "", "", "", "", "");
            }
            for (IssueWords.Text text : words.narrative()) {
                csv.printRecord("narrative", text.subject(), text.part(), text.language(), "", text.markdown(), "", "", "", "", "");
            }
            for (Author author : words.authors()) {
                csv.printRecord("author", author.name(), "", author.affiliation(), "", author.biography(), "", "", "", "", "");
            }
            for (ForecastStatement statement : words.forecasts()) {
                List<Integer> thresholds = statement.thresholds();
                csv.printRecord("forecast", statement.subject(), statement.figure().key(), "", "", "", "", "", "", "", "",
                        statement.about(), statement.comparison().key(),
                        thresholds.isEmpty() ? "" : thresholds.get(0), thresholds.size() < 2 ? "" : thresholds.get(1),
                        statement.colour() == null ? "" : statement.colour(), statement.probability() == null ? "" : statement.probability());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Issue read(String source, String text) {
        return readAll(source, text).issue();
    }

    /** The issue and its words; a {@value IssueJson#FORMAT} file has none. */
    public static ExportedIssue readAll(String source, String text) {
        Map<String, String> meta = new HashMap<>();
        List<IssueWords.Text> narrative = new ArrayList<>();
        List<Author> authors = new ArrayList<>();
        List<ColourBand> bands = new ArrayList<>();
        Map<String, Relationship> relationships = new LinkedHashMap<>();
        Map<String, List<Event>> events = new HashMap<>();
        List<SecurityEvent> securityEvents = new ArrayList<>();
        List<StatedFigure> stated = new ArrayList<>();
        List<ForecastStatement> forecasts = new ArrayList<>();
        Period period = null;
        try (CSVParser csv = parser(source, text)) {
            if (!csv.getHeaderNames().equals(List.of(COLUMNS)) && !csv.getHeaderNames().equals(List.of(WITH_FORECASTS))) {
                throw new ImportException(source, 1, String.join(",", csv.getHeaderNames()), "expected the columns " + String.join(",", COLUMNS));
            }
            long previousEnd = 1;
            for (CSVRecord row : records(source, csv)) {
                Row r = new Row(source, previousEnd + 1, row);
                previousEnd = csv.getCurrentLineNumber();
                r.kept();
                switch (r.cell("record")) {
                    case "issue" -> {
                        r.kept("value", "title".equals(r.cell("key")) ? InputRules.problem(InputRules.Field.TITLE, r.cell("value")) : Optional.empty());
                        meta.put(r.cell("key"), r.cell("value"));
                    }
                    case "band" -> {
                        r.kept("subject", InputRules.problem(InputRules.Field.COLOUR, r.cell("subject")));
                        bands.add(r.get(() -> band(r), "value"));
                    }
                    case "relationship" -> {
                        r.kept("value", InputRules.codeProblem(r.cell("value")));
                        r.kept("subject", InputRules.problem(InputRules.Field.RELATIONSHIP_NAME, r.cell("subject")));
                        Relationship relationship = r.get(() -> new Relationship(r.cell("value"), r.cell("subject")), "subject");
                        relationships.put(relationship.name(), relationship);
                        events.put(relationship.name(), new ArrayList<>());
                    }
                    case "event" -> {
                        period = period == null ? r.get(() -> period(meta), "record") : period;
                        List<Event> list = events.get(r.cell("subject"));
                        if (list == null) {
                            throw r.error("subject", "no relationship record named \"" + r.cell("subject") + "\" comes before this event");
                        }
                        DateExpression date = r.date(period);
                        int score = r.score("score");
                        list.add(r.get(() -> new Event(date, r.cell("description"), score, r.cell("description_ru"),
                                r.sources()), "description"));
                    }
                    case "security-event" -> {
                        period = period == null ? r.get(() -> period(meta), "record") : period;
                        DateExpression date = r.date(period);
                        int national = r.score("national");
                        int regional = r.score("regional");
                        securityEvents.add(r.get(() -> new SecurityEvent(date, r.cell("description"), national, regional, r.cell("description_ru"), r.sources()), "description"));
                    }
                    case "stated" -> {
                        r.kept("subject", InputRules.problem(InputRules.Field.STATED_SUBJECT, r.cell("subject")));
                        r.kept("value", InputRules.problem(InputRules.Field.STATED_VALUE, r.cell("value")));
                        stated.add(r.get(() -> new StatedFigure(r.cell("subject"), Figure.ofKey(r.cell("key")), r.cell("value")), "value"));
                    }
                    case "narrative" -> {
                        IssueWords.Text t = new IssueWords.Text(r.cell("subject"), r.cell("key"), r.cell("value"), r.cell("description"));
                        IssueWords.problem(code -> relationships.values().stream().anyMatch(rel -> rel.code().equals(code)), t)
                                .ifPresent(v -> r.kept(WORD_COLUMNS.get(v.field()), Optional.of(v.reason())));
                        if (narrative.stream().anyMatch(other -> other.key().equals(t.key()))) {
                            throw r.error("record", "a second text of " + t.key());
                        }
                        narrative.add(t);
                    }
                    case "author" -> {
                        Author author = new Author(authors.size(), r.cell("subject"), r.cell("value"), r.cell("description"));
                        IssueWords.problem(author).ifPresent(v -> r.kept(WORD_COLUMNS.get(v.field()), Optional.of(v.reason())));
                        authors.add(author);
                    }
                    case "forecast" -> forecasts.add(forecast(r, r.get(() -> Integer.parseInt(required(meta, "number")), "record")));
                    default -> throw r.error("record", "\"" + r.cell("record") + "\" is not a record type; expected issue, band, relationship, event, security-event, stated, narrative, author or forecast");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException(source, "not a readable CSV file: " + e.getMessage());
        }
        boolean worded = IssueJson.WORDED.equals(meta.get("format"));
        if (!IssueJson.FORMAT.equals(meta.get("format")) && !worded) {
            throw new ImportException(source, "issue format: expected \"" + IssueJson.WORDED + "\" or \"" + IssueJson.FORMAT + "\", found \"" + meta.get("format") + "\"");
        }
        if (!worded && !(narrative.isEmpty() && authors.isEmpty() && forecasts.isEmpty())) {
            throw new ImportException(source, "issue format " + IssueJson.FORMAT + " has no narrative, author or forecast records; give format " + IssueJson.WORDED);
        }
        List<Catalogue> catalogues = new ArrayList<>();
        relationships.forEach((name, relationship) -> catalogues.add(new Catalogue(relationship, events.get(name))));
        Period issuePeriod = period != null ? period : issueField(source, () -> period(meta));
        Issue issue = issueField(source, () -> new Issue(Integer.parseInt(required(meta, "number")), issuePeriod, required(meta, "title"),
                IssueStatus.ofKey(required(meta, "status")),
                new ScoreBound(Integer.parseInt(required(meta, "score-lowest")), Integer.parseInt(required(meta, "score-highest"))),
                new ColourScale(bands), catalogues, new SecurityCatalogue(securityEvents), StatedSubjects.byCode(stated, catalogues)));
        return new ExportedIssue(issue, new IssueWords(narrative, authors, forecasts));
    }

    /** A forecast row as a statement made in issue {@code number}, through the statement's own checks. */
    private static ForecastStatement forecast(Row r, int number) {
        int about = r.get(() -> Integer.parseInt(r.text("about").strip()), "about");
        Figure figure = r.get(() -> Figure.ofKey(r.text("key")), "key");
        ForecastStatement.Comparison comparison = r.get(() -> ForecastStatement.Comparison.ofKey(r.text("comparison")), "comparison");
        List<Integer> thresholds = new ArrayList<>();
        for (String column : List.of("threshold", "threshold_upper")) {
            if (!r.cell(column).isBlank()) {
                thresholds.add(r.score(column));
            }
        }
        Double probability = r.cell("probability").isBlank() ? null : r.get(() -> Double.valueOf(r.cell("probability").strip()), "probability");
        return r.get(() -> new ForecastStatement(number, about, r.text("subject"), figure, comparison, thresholds, r.cell("colour"), probability),
                "forecast statement");
    }

    /** The parser over the text, or a refusal naming the header line when the header cannot be read. */
    private static CSVParser parser(String source, String text) throws IOException {
        try {
            return CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ImportException(source, 1, text.lines().findFirst().orElse(""), "expected the header line "
                    + String.join(",", COLUMNS) + " (" + e.getMessage() + ")");
        }
    }

    /** The records; one the CSV reader cannot read is refused naming the line it starts on. */
    private static Iterable<CSVRecord> records(String source, CSVParser csv) {
        return () -> new Iterator<>() {
            private final Iterator<CSVRecord> records = csv.iterator();

            @Override
            public boolean hasNext() {
                long start = csv.getCurrentLineNumber() + 1;
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    throw new ImportException(source, (int) start, null, "the record starting here is not readable as CSV: " + cause.getMessage());
                }
            }

            @Override
            public CSVRecord next() {
                return records.next();
            }
        };
    }

    private static void meta(Rows csv, String key, String value) throws IOException {
        csv.printRecord("issue", "", key, value, "", "", "", "", "", "", "");
    }

    /** The printer of a file's rows, each filled with empty cells to the header's width. */
    private record Rows(CSVPrinter printer, int width) {

        void printRecord(Object... cells) throws IOException {
            Object[] row = java.util.Arrays.copyOf(cells, width);
            java.util.Arrays.fill(row, cells.length, width, "");
            printer.printRecord(row);
        }
    }

    private static String open(Integer end) {
        return end == null ? "" : end.toString();
    }

    private static ColourBand band(Row r) {
        String[] ends = r.cell("value").split("\\.\\.", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("a band's range is written lowest..highest, an open end left empty, not \"" + r.cell("value") + "\"");
        }
        return new ColourBand(r.cell("subject"), end(ends[0]), end(ends[1]), r.cell("description"));
    }

    private static Integer end(String text) {
        return text.isBlank() ? null : Scores.parse(text);
    }

    private static Period period(Map<String, String> meta) {
        return Period.of(required(meta, "from"), required(meta, "to"));
    }

    private static String required(Map<String, String> meta, String key) {
        String value = meta.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the issue record \"" + key + "\" is missing (it must come before the events)");
        }
        return value;
    }

    private static <T> T issueField(String source, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ImportException(source, "issue: " + e.getMessage());
        }
    }

    /** One CSV record, with errors that name the line and the column. */
    private record Row(String source, long line, CSVRecord record) {

        String cell(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
        }

        String text(String column) {
            String value = cell(column);
            if (value.isBlank()) {
                throw error(column, "is empty");
            }
            return value;
        }

        int score(String column) {
            return get(() -> Scores.parse(cell(column)), column);
        }

        /** Refuses the row if any of its cells holds a character the input rules refuse. */
        void kept() {
            for (String column : WITH_FORECASTS) {
                kept(column, InputRules.characterProblem(cell(column)));
            }
        }

        void kept(String column, Optional<String> problem) {
            problem.ifPresent(reason -> {
                throw error(column, reason);
            });
        }

        /** The row's source links, each an http(s) link. */
        List<String> sources() {
            List<String> sources = Sources.split(cell("sources"));
            sources.forEach(link -> kept("sources", InputRules.sourceProblem(link)));
            return sources;
        }

        DateExpression date(Period period) {
            kept("date", InputRules.problem(InputRules.Field.DATE, cell("date")));
            return get(() -> DateExpression.parse(cell("date"), period), "date");
        }

        <T> T get(java.util.function.Supplier<T> build, String column) {
            try {
                return build.get();
            } catch (ImportException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw error(column, e.getMessage());
            }
        }

        ImportException error(String column, String reason) {
            return new ImportException(source, (int) line, String.join(",", record.values()), column + ": " + reason);
        }
    }
}
