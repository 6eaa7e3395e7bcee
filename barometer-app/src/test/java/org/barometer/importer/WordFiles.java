package org.barometer.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.barometer.method.Catalogue;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.Scores;
import org.barometer.method.SecurityEvent;

/**
 * Word documents made by the tests themselves with POI, as an analyst's Word file would be: paragraphs and tables in
 * order. Nothing of them is kept in the repository.
 */
public final class WordFiles {

    private WordFiles() {
    }

    /** A table of rows of cells, for {@link #document}. */
    public record Table(List<List<String>> rows) {
        public static Table of(String... tabSeparatedRows) {
            return new Table(Arrays.stream(tabSeparatedRows).map(row -> List.of(row.split("\t", -1))).toList());
        }
    }

    /** A .docx of the parts in order: a String is a paragraph, a {@link Table} a table. */
    public static byte[] document(List<?> parts) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Object part : parts) {
                if (part instanceof Table table) {
                    table(document, table.rows());
                } else {
                    document.createParagraph().createRun().setText((String) part);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text as a published issue's Word original would hold it: each run of lines with tabs a table, every other line a paragraph. */
    public static byte[] ofPublishedText(String text) {
        List<Object> parts = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.contains("\t")) {
                rows.add(line);
                continue;
            }
            if (!rows.isEmpty()) {
                parts.add(Table.of(rows.toArray(String[]::new)));
                rows.clear();
            }
            parts.add(line);
        }
        if (!rows.isEmpty()) {
            parts.add(Table.of(rows.toArray(String[]::new)));
        }
        return document(parts);
    }

    /**
     * The catalogues of an issue as Word tables under the issue's title, each under its "Relationship with …" heading,
     * then the security table.
     */
    public static List<Object> catalogues(Issue issue) {
        List<Object> parts = new ArrayList<>();
        parts.add(issue.title());
        parts.add("Appendix 1");
        for (Catalogue catalogue : issue.catalogues()) {
            parts.add("Relationship with " + catalogue.relationship().name());
            List<String> rows = new ArrayList<>(List.of("Date\tEvent\tScore"));
            for (Event event : catalogue.events()) {
                rows.add(event.date().written() + "\t" + event.description() + "\t" + Scores.signed(event.score()));
            }
            parts.add(Table.of(rows.toArray(String[]::new)));
        }
        parts.add("Appendix 2");
        List<String> rows = new ArrayList<>(List.of("Date\tEvent\tNational security\tRegional tension"));
        for (SecurityEvent event : issue.security().events()) {
            rows.add(event.date().written() + "\t" + event.description() + "\t" + Scores.signed(event.national()) + "\t" + Scores.signed(event.regional()));
        }
        parts.add(Table.of(rows.toArray(String[]::new)));
        return parts;
    }

    private static void table(XWPFDocument document, List<List<String>> rows) {
        XWPFTable table = document.createTable();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            List<String> cells = rows.get(r);
            while (row.getTableCells().size() > cells.size()) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            while (row.getTableCells().size() < cells.size()) {
                row.addNewTableCell();
            }
            for (int c = 0; c < cells.size(); c++) {
                String[] lines = cells.get(c).split("\n", -1);
                row.getCell(c).setText(lines[0]);
                for (int l = 1; l < lines.length; l++) {
                    row.getCell(c).addParagraph().createRun().setText(lines[l]);
                }
            }
        }
    }
}
