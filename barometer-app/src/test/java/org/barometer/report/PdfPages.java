package org.barometer.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back with PDFBox as a reader's tools would: the text of each page in the order it is drawn (cell after
 * cell of a table) and, for sentences that mix fonts or inline elements (which the renderer draws in its own order),
 * as it reads on the page, line by line. Whitespace is made single spaces.
 */
record PdfPages(byte[] pdf, List<String> pages, List<String> lines) {

    static PdfPages read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper drawn = new PDFTextStripper();
            PDFTextStripper seen = new PDFTextStripper();
            seen.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                for (PDFTextStripper stripper : List.of(drawn, seen)) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                }
                pages.add(normalised(drawn.getText(document)));
                lines.add(normalised(seen.getText(document)));
            }
            return new PdfPages(pdf, List.copyOf(pages), List.copyOf(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The whole text, pages joined by a space. */
    String text() {
        return String.join(" ", pages);
    }

    /** The whole text as it reads on the pages, line by line. */
    String linesText() {
        return String.join(" ", lines);
    }

    /** The text of a page, counted from 1 as the page numbers print it. */
    String page(int number) {
        return pages.get(number - 1);
    }

    int count() {
        return pages.size();
    }

    /** The first page (from 1) whose text contains the given text, or -1. */
    int pageOf(String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Opens the PDF for checks that need PDFBox's model (fonts, images, content streams). */
    PDDocument open() {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<PDPage> pagesOf(PDDocument document) {
        List<PDPage> pages = new ArrayList<>();
        document.getPages().forEach(pages::add);
        return pages;
    }
}
