package org.barometer.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word .docx file as what Barometer reads of it: its paragraphs and tables in the order of the document (headers,
 * footers, images and styles are not read). A published issue's Word original becomes the text the published-text
 * importer reads, each table row a line of cells separated by tabs, so that one parser reads both; a catalogue page
 * takes the rows of its tables.
 */
public final class WordDocument {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** What every file of Microsoft's older formats starts with, and every Office file encrypted with a password. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private WordDocument() {
    }

    /** A paragraph (its text) or a table (its rows of cell texts, a cell's paragraphs separated by line breaks). */
    public sealed interface Part {
    }

    public record Paragraph(String text) implements Part {
    }

    public record Table(List<List<String>> rows) implements Part {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** What an Office file is, judged by its bytes, never by its name: DAMAGED is a ZIP archive that cannot be read through. */
    public enum Kind {
        DOCX, XLSX, PROTECTED, DAMAGED, OTHER;

        public static Kind of(byte[] content) {
            if (startsWith(content, OLE2)) {
                return PROTECTED;
            }
            if (!startsWith(content, ZIP)) {
                return OTHER;
            }
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().equals("word/document.xml")) {
                        return DOCX;
                    }
                    if (entry.getName().equals("xl/workbook.xml")) {
                        return XLSX;
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                return DAMAGED;
            }
            return OTHER;
        }
    }

    /** Whether the file is meant as a Word document: named .docx, or a ZIP archive holding one. */
    public static boolean isDocument(String source, byte[] content) {
        return source.toLowerCase(Locale.ROOT).endsWith(".docx") || Kind.of(content) == Kind.DOCX;
    }

    /** The paragraphs and tables of the document in order; refused when the file is not a readable .docx. */
    public static List<Part> read(String source, byte[] content) {
        switch (Kind.of(content)) {
            case PROTECTED -> throw new ImportException(source, "is protected by a password or saved in Word's old .doc format; "
                    + "save it as a .docx without a password");
            case DOCX, DAMAGED -> {
            }
            default -> throw new ImportException(source, "is not a .docx document (a .docx file is a ZIP archive holding word/document.xml)");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<Part> parts = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    parts.add(new Paragraph(paragraph.getText()));
                } else if (element instanceof XWPFTable table) {
                    parts.add(table(table));
                }
            }
            return parts;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(source, "is not a readable .docx document: " + e.getMessage());
        }
    }

    /**
     * The document as the published-text importer reads a text extracted from a PDF: a line per paragraph, and a line
     * per table row with its cells separated by tabs (a cell's own line breaks read as spaces).
     */
    public static String text(List<Part> parts) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Paragraph paragraph) {
                text.append(paragraph.text().replaceAll("\\R", " ")).append('\n');
            } else if (part instanceof Table table) {
                table.rows().forEach(row -> text.append(row.stream()
                        .map(cell -> cell.replaceAll("\\s*\\R\\s*", " ").replace('\t', ' '))
                        .collect(Collectors.joining("\t"))).append('\n'));
            }
        }
        return text.toString();
    }

    private static Table table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")).strip());
            }
            rows.add(cells);
        }
        return new Table(rows);
    }

    static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
