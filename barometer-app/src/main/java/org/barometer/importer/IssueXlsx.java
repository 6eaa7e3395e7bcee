package org.barometer.importer;

import static org.barometer.report.IssueWorkbook.AUTHORS;
import static org.barometer.report.IssueWorkbook.AUTHOR_HEADER;
import static org.barometer.report.IssueWorkbook.BAND_HEADER;
import static org.barometer.report.IssueWorkbook.EVENT_HEADER;
import static org.barometer.report.IssueWorkbook.FORECASTS;
import static org.barometer.report.IssueWorkbook.FORECAST_HEADER;
import static org.barometer.report.IssueWorkbook.ISSUE;
import static org.barometer.report.IssueWorkbook.NARRATIVE;
import static org.barometer.report.IssueWorkbook.NARRATIVE_HEADER;
import static org.barometer.report.IssueWorkbook.RELATIONSHIP_HEADER;
import static org.barometer.report.IssueWorkbook.SECURITY;
import static org.barometer.report.IssueWorkbook.SECURITY_HEADER;
import static org.barometer.report.IssueWorkbook.STATED;
import static org.barometer.report.IssueWorkbook.STATED_HEADER;
import static org.barometer.report.IssueWorkbook.TOTAL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.barometer.narrative.NarrativeText;
import org.barometer.report.IssueWorkbook;

/**
 * The issue as the .xlsx workbook {@link IssueWorkbook} lays out: `export --format xlsx` writes it and `import` reads it
 * back without loss. The stated figures are read from their sheet; the Total rows (sums and the stated figures beside
 * them) are there for the reader and are not read. Every refusal names the file, the sheet, the row as a spreadsheet
 * numbers it and the column.
 */
public final class IssueXlsx {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private IssueXlsx() {
    }

    /** Whether the file is meant as a workbook: named .xlsx, or starting as a ZIP archive does. */
    public static boolean isWorkbook(String source, byte[] content) {
        return source.toLowerCase(Locale.ROOT).endsWith(".xlsx") || startsAsZip(content);
    }

    private static boolean startsAsZip(byte[] content) {
        return WordDocument.startsWith(content, ZIP);
    }

    /** The workbook {@link IssueWorkbook} makes of the issue and its words. */
    public static byte[] write(Issue issue, IssueWords words) {
        return IssueWorkbook.write(issue, words.narrative().stream()
                .map(t -> new NarrativeText(t.subject(), t.part(), t.language(), t.markdown(), 0)).toList(), words.authors(), words.forecasts());
    }

    /** The issue and its words; a workbook of format {@value IssueJson#FORMAT} has no words. */
    public static ExportedIssue readAll(String source, byte[] content) {
        if (!startsAsZip(content)) {
            throw new ImportException(source, "is not an .xlsx workbook (an .xlsx file is a ZIP archive; this one does not start as one)");
        }
        try (Workbook book = open(source, content)) {
            return new Reader(source, book).read();
        } catch (IOException e) {
            throw new ImportException(source, "is not a readable .xlsx workbook: " + e.getMessage());
        }
    }

    private static Workbook open(String source, byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new ImportException(source, "is not a readable .xlsx workbook: " + e.getMessage());
        }
    }

    /** Reads one workbook; every refusal names the file, the sheet, the row as a spreadsheet numbers it, and the column. */
    private static final class Reader {

        private final String source;
        private final Workbook book;

        Reader(String source, Workbook book) {
            this.source = source;
            this.book = book;
        }

        ExportedIssue read() {
            Sheet meta = sheet(ISSUE);
            Map<String, Line> fields = new HashMap<>();
            List<ColourBand> bands = new ArrayList<>();
            List<Line> relationshipRows = new ArrayList<>();
            Line bandHeader = new Line(meta, 0, List.of());
            int part = 0;
            for (int i = 0; i <= meta.getLastRowNum(); i++) {
                Line line = new Line(meta, i, part == 0 ? null : part == 1 ? BAND_HEADER : RELATIONSHIP_HEADER);
                if (line.blank()) {
                    continue;
                }
                line.kept(4);
                if (line.text(0).equals(BAND_HEADER.get(0))) {
                    part = 1;
                    bandHeader = line;
                } else if (line.text(0).equals(RELATIONSHIP_HEADER.get(0))) {
                    part = 2;
                } else if (part == 0) {
                    fields.put(line.text(0), line);
                } else if (part == 1) {
                    line.problem(0, InputRules.problem(InputRules.Field.COLOUR, line.text(0)));
                    Integer lowest = line.optionalInteger(1);
                    Integer highest = line.optionalInteger(2);
                    bands.add(line.get(() -> new ColourBand(line.text(0), lowest, highest, line.text(3)), 0));
                } else {
                    relationshipRows.add(line);
                }
            }
            String format = field(fields, "Format").text(1);
            boolean worded = IssueJson.WORDED.equals(format);
            if (!worded && !IssueJson.FORMAT.equals(format)) {
                throw field(fields, "Format").error(1, "expected \"" + IssueJson.WORDED + "\" or \"" + IssueJson.FORMAT + "\", found \"" + format + "\"");
            }
            Line from = field(fields, "From");
            Line to = field(fields, "To");
            from.get(() -> Period.of(from.text(1), from.text(1)), 1);
            to.get(() -> Period.of(to.text(1), to.text(1)), 1);
            Period period = to.get(() -> Period.of(from.text(1), to.text(1)), 1);
            Line title = field(fields, "Title");
            title.problem(1, InputRules.problem(InputRules.Field.TITLE, title.text(1)));
            Line number = field(fields, "Number");
            int issueNumber = number.integer(1);
            Line status = field(fields, "Status");
            IssueStatus issueStatus = status.get(() -> IssueStatus.ofKey(status.text(1)), 1);
            Line lowest = field(fields, "Lowest score");
            Line highest = field(fields, "Highest score");
            int low = lowest.integer(1);
            int high = highest.integer(1);
            ScoreBound bound = highest.get(() -> new ScoreBound(low, high), 1);
            ColourScale scale = bandHeader.get(() -> new ColourScale(bands), 0);

            List<Catalogue> catalogues = new ArrayList<>();
            for (Line line : relationshipRows) {
                line.problem(0, InputRules.codeProblem(line.text(0)));
                line.problem(1, InputRules.problem(InputRules.Field.RELATIONSHIP_NAME, line.text(1)));
                Relationship relationship = line.get(() -> new Relationship(line.text(0), line.text(1)), 1);
                if (line.text(2).isEmpty()) {
                    throw line.error(2, "names no sheet for the catalogue of " + relationship.code());
                }
                catalogues.add(new Catalogue(relationship, events(sheet(line.text(2)), period)));
            }
            List<SecurityEvent> security = securityEvents(sheet(SECURITY), period);
            List<StatedFigure> stated = stated(sheet(STATED));
            Issue issue = number.get(() -> new Issue(issueNumber, period, title.text(1), issueStatus, bound, scale, catalogues,
                    new SecurityCatalogue(security), StatedSubjects.byCode(stated, catalogues)), 1);
            if (!worded) {
                return new ExportedIssue(issue, IssueWords.NONE);
            }
            // a workbook exported before forecast statements were has no sheet of them
            List<ForecastStatement> forecasts = book.getSheet(FORECASTS) == null ? List.of() : forecasts(sheet(FORECASTS), issueNumber);
            return new ExportedIssue(issue, new IssueWords(narrative(sheet(NARRATIVE), catalogues), authors(sheet(AUTHORS)), forecasts));
        }

        /** The statements made in issue {@code number}; columns after the {@code FORECAST_HEADER} (how each turned out) are not read. */
        private List<ForecastStatement> forecasts(Sheet sheet, int number) {
            List<ForecastStatement> statements = new ArrayList<>();
            for (Line line : body(sheet, FORECAST_HEADER)) {
                line.kept(FORECAST_HEADER.size());
                int about = line.integer(0);
                Figure figure = line.get(() -> Figure.ofKey(line.text(2)), 2);
                ForecastStatement.Comparison comparison = line.get(() -> ForecastStatement.Comparison.ofKey(line.text(3)), 3);
                List<Integer> thresholds = new ArrayList<>();
                for (int column = 4; column <= 5; column++) {
                    Integer threshold = line.optionalInteger(column);
                    if (threshold != null) {
                        thresholds.add(threshold);
                    }
                }
                Double probability = line.text(7).isBlank() ? null : line.get(() -> Double.valueOf(line.text(7)), 7);
                statements.add(line.get(() -> new ForecastStatement(number, about, line.text(1), figure, comparison, thresholds, line.text(6),
                        probability), 3));
            }
            return statements;
        }

        private List<Event> events(Sheet sheet, Period period) {
            List<Event> events = new ArrayList<>();
            for (Line line : body(sheet, EVENT_HEADER)) {
                line.kept(EVENT_HEADER.size());
                DateExpression date = line.date(0, period);
                line.problem(1, InputRules.problem(InputRules.Field.DESCRIPTION, line.text(1)));
                int score = line.integer(2);
                List<String> sources = line.sources(4);
                events.add(line.get(() -> new Event(date, line.text(1), score, line.text(3), sources), 1));
            }
            return events;
        }

        private List<SecurityEvent> securityEvents(Sheet sheet, Period period) {
            List<SecurityEvent> events = new ArrayList<>();
            for (Line line : body(sheet, SECURITY_HEADER)) {
                line.kept(SECURITY_HEADER.size());
                DateExpression date = line.date(0, period);
                int national = line.integer(2);
                int regional = line.integer(3);
                List<String> sources = line.sources(5);
                events.add(line.get(() -> new SecurityEvent(date, line.text(1), national, regional, line.text(4), sources), 1));
            }
            return events;
        }

        private List<StatedFigure> stated(Sheet sheet) {
            List<StatedFigure> stated = new ArrayList<>();
            for (Line line : body(sheet, STATED_HEADER)) {
                line.kept(STATED_HEADER.size());
                line.problem(0, InputRules.problem(InputRules.Field.STATED_SUBJECT, line.text(0)));
                line.problem(2, InputRules.problem(InputRules.Field.STATED_VALUE, line.text(2)));
                Figure figure = line.get(() -> Figure.ofKey(line.text(1)), 1);
                stated.add(line.get(() -> new StatedFigure(line.text(0), figure, line.text(2)), 2));
            }
            return stated;
        }

        private List<IssueWords.Text> narrative(Sheet sheet, List<Catalogue> catalogues) {
            List<IssueWords.Text> texts = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Line line : body(sheet, NARRATIVE_HEADER)) {
                line.kept(line.width());
                StringBuilder markdown = new StringBuilder();
                for (int column = 3; column < Math.max(4, line.width()); column++) {
                    markdown.append(line.text(column));
                }
                IssueWords.Text text = new IssueWords.Text(line.text(0), line.text(1), line.text(2), markdown.toString());
                IssueWords.problem(code -> catalogues.stream().anyMatch(c -> c.relationship().code().equals(code)), text)
                        .ifPresent(v -> {
                            throw line.error(NARRATIVE_HEADER.indexOf(v.field().substring(0, 1).toUpperCase(Locale.ROOT) + v.field().substring(1)), v.reason());
                        });
                if (!seen.add(text.key())) {
                    throw line.error(0, "a second text of " + text.key());
                }
                texts.add(text);
            }
            return texts;
        }

        private List<Author> authors(Sheet sheet) {
            List<Author> authors = new ArrayList<>();
            for (Line line : body(sheet, AUTHOR_HEADER)) {
                line.kept(AUTHOR_HEADER.size());
                Author author = new Author(authors.size(), line.text(0), line.text(1), line.text(2));
                IssueWords.problem(author).ifPresent(v -> {
                    throw line.error(AUTHOR_HEADER.indexOf(v.field().substring(0, 1).toUpperCase(Locale.ROOT) + v.field().substring(1)), v.reason());
                });
                authors.add(author);
            }
            return authors;
        }

        /** The rows under the sheet's header line, up to a Total row; blank rows are passed over. */
        private List<Line> body(Sheet sheet, List<String> header) {
            Line first = new Line(sheet, 0, header);
            for (int column = 0; column < header.size(); column++) {
                if (!first.text(column).equals(header.get(column))) {
                    throw first.error(column, "expected the header " + String.join(", ", header));
                }
            }
            List<Line> lines = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Line line = new Line(sheet, i, header);
                if (line.text(0).equals(TOTAL)) {
                    break;
                }
                if (!line.blank()) {
                    lines.add(line);
                }
            }
            return lines;
        }

        private Sheet sheet(String name) {
            Sheet sheet = book.getSheet(name);
            if (sheet == null) {
                throw new ImportException(source, "has no sheet \"" + name + "\"");
            }
            return sheet;
        }

        private Line field(Map<String, Line> fields, String label) {
            Line line = fields.get(label);
            if (line == null) {
                throw new ImportException(source, "sheet \"" + ISSUE + "\": no row \"" + label + "\" (column A names the field, column B gives it)");
            }
            return line;
        }

        /** One row of a sheet; {@code index} counts from 0, the messages from 1 as a spreadsheet does. */
        private final class Line {

            private final Sheet sheet;
            private final int index;
            private final Row row;
            private final List<String> headings;

            /** The row, with the headings of its columns; none for a field of the Issue sheet, named in column A. */
            Line(Sheet sheet, int index, List<String> headings) {
                this.sheet = sheet;
                this.index = index;
                this.row = sheet.getRow(index);
                this.headings = headings;
            }

            boolean blank() {
                if (row == null) {
                    return true;
                }
                for (int column = 0; column < width(); column++) {
                    if (!text(column).isBlank()) {
                        return false;
                    }
                }
                return true;
            }

            int width() {
                return row == null ? 0 : Math.max(0, row.getLastCellNum());
            }

            /** The cell as text: a whole number without decimals; empty when there is no cell. */
            String text(int column) {
                Cell cell = row == null ? null : row.getCell(column);
                if (cell == null) {
                    return "";
                }
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                return switch (type) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> {
                        double value = cell.getNumericCellValue();
                        yield value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
                    }
                    case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
                    default -> "";
                };
            }

            int integer(int column) {
                String text = text(column);
                if (text.isBlank()) {
                    throw error(column, "is empty; expected a whole number");
                }
                return get(() -> Scores.parse(text), column);
            }

            Integer optionalInteger(int column) {
                return text(column).isBlank() ? null : integer(column);
            }

            DateExpression date(int column, Period period) {
                problem(column, InputRules.problem(InputRules.Field.DATE, text(column)));
                return get(() -> DateExpression.parse(text(column), period), column);
            }

            List<String> sources(int column) {
                List<String> sources = Sources.split(text(column));
                sources.forEach(link -> problem(column, InputRules.sourceProblem(link)));
                return sources;
            }

            /** Refuses the row if a cell among the first {@code columns} holds a character the input rules refuse. */
            void kept(int columns) {
                for (int column = 0; column < columns; column++) {
                    problem(column, InputRules.characterProblem(text(column)));
                }
            }

            void problem(int column, Optional<String> reason) {
                reason.ifPresent(r -> {
                    throw error(column, r);
                });
            }

            <T> T get(Supplier<T> build, int column) {
                try {
                    return build.get();
                } catch (ImportException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw error(column, e.getMessage());
                }
            }

            ImportException error(int column, String reason) {
                String heading = heading(column);
                return new ImportException(source, "sheet \"" + sheet.getSheetName() + "\", row " + (index + 1) + ", column "
                        + CellReference.convertNumToColString(column) + (heading.isEmpty() ? "" : " (" + heading + ")") + ": " + reason);
            }

            /** The column's heading, or for a field of the Issue sheet the field's name. */
            private String heading(int column) {
                if (headings == null) {
                    return column == 1 ? text(0) : "";
                }
                return column < headings.size() ? headings.get(column) : "";
            }
        }
    }
}
