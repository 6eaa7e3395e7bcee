package org.barometer.report;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every link in the PDF says where it leads in words a screen reader speaks (PDF/UA): the link's own text, kept as the
 * alternate description of its Link element and as the Contents of its annotation.
 */
final class PdfLinks {

    private PdfLinks() {
    }

    /** Names every link of the page by its text (or, with no text, its address) unless it has a title of its own. */
    static void name(Document page) {
        for (Element link : page.select("a[href]")) {
            if (link.attr("title").isBlank()) {
                String text = link.text().strip();
                link.attr("title", text.isEmpty() ? link.attr("href") : text);
            }
        }
    }

    /** Gives each link annotation its Link element's alternate description as Contents. */
    static void describeAnnotations(PDDocument document) throws IOException {
        if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
            describe(document.getDocumentCatalog().getStructureTreeRoot());
        }
    }

    private static void describe(PDStructureNode node) throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Link".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    for (Object part : element.getKids()) {
                        if (part instanceof PDObjectReference reference && reference.getReferencedObject() instanceof PDAnnotation annotation
                                && annotation.getContents() == null) {
                            annotation.setContents(element.getAlternateDescription());
                        }
                    }
                }
                describe(element);
            }
        }
    }
}
