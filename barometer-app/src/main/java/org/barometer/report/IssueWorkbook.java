package org.barometer.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.issue.Author;
import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.ForecastStatement;
import org.barometer.method.Issue;
import org.barometer.method.Scores;
import org.barometer.method.SecurityEvent;
import org.barometer.method.Sources;
import org.barometer.method.StatedFigure;
import org.barometer.narrative.NarrativeText;
import org.barometer.publicdata.PublishedForecast;
import org.barometer.publicdata.PublishedRevision;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The whole issue as an Excel workbook: a sheet "Issue" (number, title, period, status, score bound, colour scale and
 * the list of relationships with the sheet of each), one sheet per relationship catalogue ending in a Total row whose
 * sum is a formula with the issue's stated Total beside it, a sheet "Security" likewise (sums of the national and
 * regional scores, the stated totals and colour), and the sheets "Stated figures", "Narrative", "Authors" and "Forecasts" (the
 * issue's forecast statements; on the public site with how each turned out). The public
 * site serves it for published revisions, the workspace for the latest, `export --format xlsx` writes it, and
 * {@code importer/IssueXlsx} reads it back.
 */
public final class IssueWorkbook {

    /** The format the sheet "Issue" names: with narrative and authors, or catalogues only (as the JSON export's). */
    public static final String WORDED = "barometer-issue/2";
    public static final String CATALOGUES_ONLY = "barometer-issue/1";

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static final String ISSUE = "Issue";
    public static final String SECURITY = "Security";
    public static final String STATED = "Stated figures";
    public static final String NARRATIVE = "Narrative";
    public static final String AUTHORS = "Authors";
    public static final String FORECASTS = "Forecasts";
    public static final String TOTAL = "Total";
    public static final String STATED_LABEL = "Stated";
    public static final String NOT_COVERED = "Not covered in this issue";

    public static final List<String> BAND_HEADER = List.of("Colour", "Lowest", "Highest", "Meaning");
    public static final List<String> RELATIONSHIP_HEADER = List.of("Code", "Name", "Sheet");
    public static final List<String> EVENT_HEADER = List.of("Date", "Event", "Score", "Russian description", "Sources");
    public static final List<String> SECURITY_HEADER = List.of("Date", "Event", "National", "Regional", "Russian description", "Sources");
    public static final List<String> STATED_HEADER = List.of("Subject", "Figure", "Value");
    public static final List<String> NARRATIVE_HEADER = List.of("Subject", "Part", "Language", "Markdown");
    public static final List<String> AUTHOR_HEADER = List.of("Name", "Affiliation", "Biography");
    public static final List<String> FORECAST_HEADER = List.of("About", "Subject", "Figure", "Comparison", "Threshold", "Upper threshold",
            "Colour", "Probability");
    /** How a statement turned out: the public site's workbook adds these after {@link #FORECAST_HEADER}; they are not read back. */
    public static final List<String> GRADE_HEADER = List.of("Outcome", "Reason", "Brier score");

    /** The most characters a spreadsheet cell holds; longer Markdown continues in the cells to its right. */
    public static final int CELL_LIMIT = 32_767;

    private static final int SHEET_NAME_LIMIT = 31;

    private IssueWorkbook() {
    }

    /**
     * A published revision's workbook, named {@code barometer-N.xlsx}, as the public site serves it: its forecast
     * statements (those of the ledger it made) each with how it turned out.
     */
    public static ResponseEntity<byte[]> download(PublishedRevision revision, List<PublishedForecast> graded) {
        return download(write(revision.issue(), revision.narrative().texts(), revision.authors(),
                graded.stream().map(PublishedForecast::statement).toList(), graded), "barometer-" + revision.issue().number() + ".xlsx");
    }

    /** The workbook as a download named {@code fileName}. */
    public static ResponseEntity<byte[]> download(Issue issue, List<NarrativeText> narrative, List<Author> authors,
                                                  List<ForecastStatement> forecasts, String fileName) {
        return download(write(issue, narrative, authors, forecasts), fileName);
    }

    private static ResponseEntity<byte[]> download(byte[] workbook, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(workbook);
    }

    public static byte[] write(Issue issue, List<NarrativeText> narrative, List<Author> authors, List<ForecastStatement> forecasts) {
        return write(issue, narrative, authors, forecasts, null);
    }

    /** The workbook; with {@code graded} (one a statement, in their order) the Forecasts sheet adds the {@link #GRADE_HEADER}. */
    private static byte[] write(Issue issue, List<NarrativeText> narrative, List<Author> authors, List<ForecastStatement> forecasts,
                                List<PublishedForecast> graded) {
        boolean worded = !(narrative.isEmpty() && authors.isEmpty() && forecasts.isEmpty());
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            Map<String, String> sheets = sheetNames(issue);

            Sheet meta = book.createSheet(ISSUE);
            int r = 0;
            r = pair(meta, r, "Format", worded ? WORDED : CATALOGUES_ONLY);
            Row numberRow = meta.createRow(r++);
            numberRow.createCell(0).setCellValue("Number");
            numberRow.createCell(1).setCellValue(issue.number());
            r = pair(meta, r, "Title", issue.title());
            r = pair(meta, r, "From", issue.period().first().toString());
            r = pair(meta, r, "To", issue.period().last().toString());
            r = pair(meta, r, "Status", issue.status().key());
            Row lowest = meta.createRow(r++);
            lowest.createCell(0).setCellValue("Lowest score");
            lowest.createCell(1).setCellValue(issue.bound().lowest());
            Row highest = meta.createRow(r++);
            highest.createCell(0).setCellValue("Highest score");
            highest.createCell(1).setCellValue(issue.bound().highest());
            r++;
            header(meta.createRow(r++), BAND_HEADER, bold);
            for (ColourBand band : issue.scale().bands()) {
                Row row = meta.createRow(r++);
                text(row, 0, band.colour());
                number(row, 1, band.lowest());
                number(row, 2, band.highest());
                text(row, 3, band.meaning());
            }
            r++;
            header(meta.createRow(r++), RELATIONSHIP_HEADER, bold);
            for (Catalogue catalogue : issue.catalogues()) {
                Row row = meta.createRow(r++);
                text(row, 0, catalogue.relationship().code());
                text(row, 1, catalogue.relationship().name());
                text(row, 2, sheets.get(catalogue.relationship().code()));
            }
            meta.setColumnWidth(0, 16 * 256);
            meta.setColumnWidth(1, 60 * 256);

            for (Catalogue catalogue : issue.catalogues()) {
                Sheet sheet = book.createSheet(sheets.get(catalogue.relationship().code()));
                header(sheet.createRow(0), EVENT_HEADER, bold);
                int row = 1;
                for (Event event : catalogue.events()) {
                    Row line = sheet.createRow(row++);
                    text(line, 0, event.date().written());
                    text(line, 1, event.description()).setCellStyle(wrapped);
                    line.createCell(2).setCellValue(event.score());
                    text(line, 3, event.descriptionRu()).setCellStyle(wrapped);
                    text(line, 4, Sources.join(event.sources())).setCellStyle(wrapped);
                }
                Row total = sheet.createRow(row);
                text(total, 0, TOTAL).setCellStyle(bold);
                total(total, catalogue.covered(), row, 2);
                Optional<StatedFigure> stated = stated(issue, catalogue.relationship().code(), Figure.TOTAL);
                if (stated.isPresent()) {
                    text(total, 3, STATED_LABEL);
                    figure(total, 4, stated.get().value());
                }
                columns(sheet, 12, 60, 8, 60, 40);
            }

            Sheet security = book.createSheet(SECURITY);
            header(security.createRow(0), SECURITY_HEADER, bold);
            int row = 1;
            for (SecurityEvent event : issue.security().events()) {
                Row line = security.createRow(row++);
                text(line, 0, event.date().written());
                text(line, 1, event.description()).setCellStyle(wrapped);
                line.createCell(2).setCellValue(event.national());
                line.createCell(3).setCellValue(event.regional());
                text(line, 4, event.descriptionRu()).setCellStyle(wrapped);
                text(line, 5, Sources.join(event.sources())).setCellStyle(wrapped);
            }
            Row total = security.createRow(row);
            text(total, 0, TOTAL).setCellStyle(bold);
            total(total, issue.security().covered(), row, 2, 3);
            Optional<StatedFigure> national = stated(issue, StatedFigure.SECURITY, Figure.NATIONAL);
            Optional<StatedFigure> regional = stated(issue, StatedFigure.SECURITY, Figure.REGIONAL);
            Optional<StatedFigure> level = stated(issue, StatedFigure.SECURITY, Figure.LEVEL);
            if (national.isPresent() || regional.isPresent() || level.isPresent()) {
                text(total, 4, STATED_LABEL);
                national.ifPresent(s -> figure(total, 5, s.value()));
                regional.ifPresent(s -> figure(total, 6, s.value()));
                level.ifPresent(s -> text(total, 7, s.value()));
            }
            columns(security, 12, 60, 9, 9, 60, 40);

            Sheet stated = book.createSheet(STATED);
            header(stated.createRow(0), STATED_HEADER, bold);
            row = 1;
            for (StatedFigure figure : issue.stated()) {
                Row line = stated.createRow(row++);
                text(line, 0, issue.nameOf(figure.subject()));
                text(line, 1, figure.figure().key());
                text(line, 2, figure.value());
            }
            columns(stated, 40, 12, 12);

            if (worded) {
                Sheet texts = book.createSheet(NARRATIVE);
                header(texts.createRow(0), NARRATIVE_HEADER, bold);
                row = 1;
                for (NarrativeText t : narrative) {
                    Row line = texts.createRow(row++);
                    text(line, 0, t.subject());
                    text(line, 1, t.part());
                    text(line, 2, t.language());
                    List<String> pieces = pieces(t.markdown());
                    for (int i = 0; i < pieces.size(); i++) {
                        text(line, 3 + i, pieces.get(i)).setCellStyle(wrapped);
                    }
                }
                columns(texts, 16, 16, 9, 100);
                Sheet people = book.createSheet(AUTHORS);
                header(people.createRow(0), AUTHOR_HEADER, bold);
                row = 1;
                for (Author author : authors) {
                    Row line = people.createRow(row++);
                    text(line, 0, author.name());
                    text(line, 1, author.affiliation());
                    text(line, 2, author.biography()).setCellStyle(wrapped);
                }
                columns(people, 30, 50, 100);
                forecasts(book.createSheet(FORECASTS), forecasts, graded, bold, wrapped);
            }
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row a statement, thresholds and probability (0 to 1) as numbers; how each turned out where {@code graded} says. */
    private static void forecasts(Sheet sheet, List<ForecastStatement> forecasts, List<PublishedForecast> graded, CellStyle bold, CellStyle wrapped) {
        List<String> header = new ArrayList<>(FORECAST_HEADER);
        if (graded != null) {
            header.addAll(GRADE_HEADER);
        }
        header(sheet.createRow(0), header, bold);
        for (int i = 0; i < forecasts.size(); i++) {
            ForecastStatement statement = forecasts.get(i);
            Row line = sheet.createRow(i + 1);
            line.createCell(0).setCellValue(statement.about());
            text(line, 1, statement.subject());
            text(line, 2, statement.figure().key());
            text(line, 3, statement.comparison().key());
            for (int t = 0; t < statement.thresholds().size(); t++) {
                line.createCell(4 + t).setCellValue(statement.thresholds().get(t));
            }
            if (statement.colour() != null) {
                text(line, 6, statement.colour());
            }
            statement.chance().ifPresent(p -> line.createCell(7).setCellValue(p));
            if (graded != null) {
                PublishedForecast forecast = graded.get(i);
                text(line, 8, forecast.outcome());
                text(line, 9, forecast.reason()).setCellStyle(wrapped);
                forecast.brier().ifPresent(b -> line.createCell(10).setCellValue(b));
            }
        }
        columns(sheet, 8, 12, 12, 14, 10, 10, 10, 11, 12, 60, 11);
    }

    /**
     * The sheet of each relationship, by code: its code where a sheet name can be, else the code shortened and
     * numbered; never one of the fixed sheets.
     */
    private static Map<String, String> sheetNames(Issue issue) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String fixed : List.of(ISSUE, SECURITY, STATED, NARRATIVE, AUTHORS, FORECASTS)) {
            taken.add(fixed.toLowerCase(Locale.ROOT));
        }
        for (Catalogue catalogue : issue.catalogues()) {
            String code = catalogue.relationship().code();
            String name = code.length() <= SHEET_NAME_LIMIT ? code : code.substring(0, SHEET_NAME_LIMIT);
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = "~" + n;
                name = code.substring(0, Math.min(code.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            names.put(code, name);
        }
        return names;
    }

    private static Optional<StatedFigure> stated(Issue issue, String subject, Figure figure) {
        return issue.stated().stream().filter(s -> s.subject().equals(subject) && s.figure() == figure).findFirst();
    }

    private static int pair(Sheet sheet, int row, String label, String value) {
        Row line = sheet.createRow(row);
        line.createCell(0).setCellValue(label);
        text(line, 1, value);
        return row + 1;
    }

    private static void header(Row row, List<String> names, CellStyle bold) {
        for (int i = 0; i < names.size(); i++) {
            text(row, i, names.get(i)).setCellStyle(bold);
        }
    }

    private static Cell text(Row row, int column, String value) {
        if (value.length() > CELL_LIMIT) {
            throw new IllegalArgumentException("sheet \"" + row.getSheet().getSheetName() + "\" row " + (row.getRowNum() + 1) + ": a text of "
                    + value.length() + " characters does not fit a spreadsheet cell (at most " + CELL_LIMIT + "); export as JSON or CSV instead");
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private static void number(Row row, int column, Integer value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    /** A stated figure beside a sum: a number where it is one, so that it lines up with the sum. */
    private static void figure(Row row, int column, String value) {
        if (Scores.isScore(value)) {
            row.createCell(column).setCellValue(Scores.parse(value));
        } else {
            text(row, column, value);
        }
    }

    /** The sums of a Total row; a catalogue with no events is not covered, which the row says instead of a sum of zero. */
    private static void total(Row total, boolean covered, int totalRow, int... columns) {
        if (!covered) {
            text(total, 1, NOT_COVERED);
            return;
        }
        for (int column : columns) {
            sum(total, column, totalRow);
        }
    }

    /** The sum of the column over the event rows above this Total row (row index {@code totalRow}). */
    private static void sum(Row total, int column, int totalRow) {
        String letter = CellReference.convertNumToColString(column);
        total.createCell(column).setCellFormula("SUM(" + letter + "2:" + letter + totalRow + ")");
    }

    private static void columns(Sheet sheet, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int at = 0;
        do {
            int end = Math.min(text.length(), at + CELL_LIMIT);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(text.substring(at, end));
            at = end;
        } while (at < text.length());
        return pieces;
    }
}
