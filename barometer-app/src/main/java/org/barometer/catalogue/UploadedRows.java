package org.barometer.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.importer.ImportException;
import org.barometer.importer.WordDocument;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.report.IssueWorkbook;
import org.barometer.workspace.FormProblem;

/**
 * The rows of an uploaded .xlsx sheet or .docx table, turned into the text a paste of them would be (cells separated by
 * tabs, quoted as spreadsheets quote them), so that they are previewed, checked and confirmed exactly as pasted rows
 * are. A sheet is the one named after the catalogue (as in an issue workbook, whose Total row is left out) or else the
 * first; a document's tables are those whose first row names the columns, and where the document holds several
 * catalogues under "Relationship with …" headings, this catalogue's only. Anything else is refused with its reason.
 */
record UploadedRows(String text, FormProblem refusal) {

    /** The most one upload may weigh, in bytes. */
    static final int MAX_BYTES = 2_000_000;

    private static final Set<String> DATE_WORDS = Set.of("date", "дата");
    private static final Set<String> EVENT_WORDS = Set.of("event", "events", "description", "событие", "события", "описание");
    private static final Set<String> TOTAL_WORDS = Set.of(IssueWorkbook.TOTAL.toLowerCase(Locale.ROOT), "итого", "всего");
    private static final Pattern HEADING = Pattern.compile("^(?:Relationship with|Отношения с)\\s+(.+?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** How far down a sheet its header row is looked for, below a title or two. */
    private static final int HEADER_SEARCH = 20;

    boolean refused() {
        return refusal != null;
    }

    static UploadedRows refusedWith(String key, Object... arguments) {
        return new UploadedRows("", FormProblem.of("file", key, arguments));
    }

    static UploadedRows tooLarge() {
        return refusedWith("catalogue.upload.too-large", MAX_BYTES / 1_000_000);
    }

    static UploadedRows read(byte[] content, Subject subject, Period period) {
        if (content.length == 0) {
            return refusedWith("catalogue.upload.none");
        }
        if (content.length > MAX_BYTES) {
            return tooLarge();
        }
        return switch (WordDocument.Kind.of(content)) {
            case XLSX -> sheet(content, subject, period);
            case DOCX -> document(content, subject);
            case PROTECTED -> refusedWith("catalogue.upload.protected");
            case DAMAGED -> refusedWith("catalogue.upload.unreadable");
            case OTHER -> refusedWith("catalogue.upload.not-office");
        };
    }

    private static UploadedRows sheet(byte[] content, Subject subject, Period period) {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = sheetOf(book, subject);
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                List<String> cells = new ArrayList<>();
                for (int column = 0; row != null && column < row.getLastCellNum(); column++) {
                    cells.add(text(row.getCell(column), period));
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            return refusedWith("catalogue.upload.unreadable");
        }
        int header = -1;
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH) && header < 0; i++) {
            if (isHeader(rows.get(i), subject)) {
                header = i;
            }
        }
        if (header < 0) {
            return noTable(subject);
        }
        // rows above the header stay as empty lines, so that a problem's line is the row as the spreadsheet numbers it
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (i > header && isTotal(row)) {
                break;
            }
            lines.add(i < header ? List.of() : row);
        }
        return of(lines);
    }

    private static Sheet sheetOf(Workbook book, Subject subject) {
        for (Sheet sheet : book) {
            String name = sheet.getSheetName();
            if (subject.isSecurity() ? name.equalsIgnoreCase(IssueWorkbook.SECURITY)
                    : name.equalsIgnoreCase(subject.code()) || Relationship.sameRelationship(name, subject.name())) {
                return sheet;
            }
        }
        return book.getSheetAt(0);
    }

    /** A cell as an analyst would type it: a date cell as "3 September" (with its year when outside the issue's period). */
    private static String text(Cell cell, Period period) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
                    yield day.format(period.contains(day) ? DAY : DAY_AND_YEAR);
                }
                double value = cell.getNumericCellValue();
                yield value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            default -> "";
        };
    }

    private static UploadedRows document(byte[] content, Subject subject) {
        List<WordDocument.Part> parts;
        try {
            parts = WordDocument.read("upload", content);
        } catch (ImportException e) {
            return refusedWith("catalogue.upload.unreadable");
        }
        List<List<String>> theirs = new ArrayList<>();
        List<List<String>> unheaded = new ArrayList<>();
        Set<String> others = new LinkedHashSet<>();
        String heading = null;
        for (WordDocument.Part part : parts) {
            if (part instanceof WordDocument.Paragraph paragraph) {
                Matcher m = HEADING.matcher(paragraph.text().strip());
                if (m.matches()) {
                    heading = m.group(1);
                }
            } else if (part instanceof WordDocument.Table table && !table.rows().isEmpty() && isHeader(table.rows().get(0), subject)) {
                if (subject.isSecurity() || heading == null) {
                    add(subject.isSecurity() ? theirs : unheaded, table);
                } else if (heading.equalsIgnoreCase(subject.code()) || Relationship.sameRelationship(heading, subject.name())) {
                    add(theirs, table);
                } else {
                    others.add(heading);
                }
            }
        }
        if (theirs.isEmpty() && others.isEmpty()) {
            theirs = unheaded;
        }
        if (theirs.isEmpty()) {
            return others.isEmpty() ? noTable(subject) : refusedWith("catalogue.upload.other-catalogues", String.join(", ", others));
        }
        return of(theirs);
    }

    /** The table's rows, the header only once (a table split over pages repeats it), without a Total row. */
    private static void add(List<List<String>> rows, WordDocument.Table table) {
        for (List<String> row : table.rows()) {
            boolean header = !row.isEmpty() && DATE_WORDS.contains(word(row.get(0)));
            if (header && !rows.isEmpty() || isTotal(row)) {
                continue;
            }
            rows.add(row);
        }
    }

    private static UploadedRows noTable(Subject subject) {
        return refusedWith(subject.isSecurity() ? "catalogue.upload.no-table.security" : "catalogue.upload.no-table");
    }

    /** The rows as pasted text; refused beyond the rows one paste may hold. */
    private static UploadedRows of(List<List<String>> rows) {
        long events = rows.stream().filter(row -> row.stream().anyMatch(cell -> !cell.isBlank())).count() - 1;
        if (events > PastedRows.MAX_ROWS) {
            return refusedWith("catalogue.upload.too-many", PastedRows.MAX_ROWS);
        }
        return new UploadedRows(rows.stream().map(row -> row.stream().map(UploadedRows::quoted).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n", "", "\n")), null);
    }

    /** A cell as a spreadsheet copies it: in quotes, its quotes doubled, when it holds a tab, a line break or a leading quote. */
    private static String quoted(String cell) {
        boolean quote = cell.startsWith("\"") || cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** A first row naming the columns: Date, Event, then the scores of this kind of catalogue. */
    private static boolean isHeader(List<String> row, Subject subject) {
        if (row.size() < 3 || !DATE_WORDS.contains(word(row.get(0))) || !EVENT_WORDS.contains(word(row.get(1)))) {
            return false;
        }
        String third = word(row.get(2));
        return subject.isSecurity() == (third.startsWith("national") || third.startsWith("национальн"));
    }

    private static boolean isTotal(List<String> row) {
        return !row.isEmpty() && TOTAL_WORDS.contains(word(row.get(0)));
    }

    private static String word(String cell) {
        return cell.strip().replaceFirst(":$", "").toLowerCase(Locale.ROOT);
    }
}
