package org.barometer.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a PDF says about itself, read from the publication's head: the title (shown in the viewer's window), the
 * language, the authors, the publisher and the subject ("No. 17 · September–October 2020"). Written to the document
 * information and to the XMP metadata, with the PDF/UA-1 identification.
 */
record PdfMetadata(String title, String language, List<String> authors, String publisher, String subject) {

    private static final String PDF_UA = "http://www.aiim.org/pdfua/ns/id/";

    static PdfMetadata of(Document page) {
        Element html = page.selectFirst("html");
        return new PdfMetadata(page.title(), html == null ? "" : html.attr("lang"),
                page.select("head > meta[name=author]").eachAttr("content"), meta(page, "publisher"), meta(page, "subject"));
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("head > meta[name=" + name + "]");
        return meta == null ? "" : meta.attr("content");
    }

    void writeTo(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(authors.isEmpty() ? null : String.join(", ", authors));
        info.setSubject(subject.isEmpty() ? null : subject);
        info.setCustomMetadataValue("publisher", null);
        Calendar created = info.getCreationDate();

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.setTitle(title);
        authors.forEach(dc::addCreator);
        if (!publisher.isEmpty()) {
            dc.addPublisher(publisher);
        }
        if (!subject.isEmpty()) {
            dc.setDescription(subject);
            dc.addSubject(subject);
        }
        if (!language.isEmpty()) {
            dc.addLanguage(language);
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Barometer");
        if (created != null) {
            basic.setCreateDate(created);
        }
        XMPSchema pdfUa = new XMPSchema(xmp, PDF_UA, "pdfuaid");
        pdfUa.setTextPropertyValue("part", "1");
        xmp.addSchema(pdfUa);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("the PDF's metadata could not be written", e);
        }
        PDMetadata stream = new PDMetadata(document);
        stream.importXMPMetadata(bytes.toByteArray());
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setMetadata(stream);
        if (!language.isEmpty()) {
            catalog.setLanguage(language);
        }
        if (catalog.getViewerPreferences() == null) {
            catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
        }
        catalog.getViewerPreferences().setDisplayDocTitle(true);
    }
}
