package org.barometer.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * The publication's HTML as an A4 PDF that assistive technology can read: tagged (PDF/UA), in the report's language,
 * titled in the viewer's window, with its title, authors, publisher and subject in the XMP metadata and a bookmark for
 * every section the document has. openhtmltopdf reads XML, so the HTML5 page is parsed by jsoup and handed over as a
 * W3C DOM; the fonts are the bundled ones, all embedded; the charts stay vector (inline SVG drawn as paths) and carry
 * their name as alternate text; nothing outside the document is ever fetched.
 */
final class PdfRendering {

    /** The bundled faces' metrics, read once per JVM instead of once per PDF (thread-safe: a concurrent map). */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    private PdfRendering() {
    }

    static byte[] render(String html) {
        BundledFont.registerForCharts();
        RendererLog.install();
        Document page = Jsoup.parse(html);
        PdfMetadata metadata = PdfMetadata.of(page);
        PdfOutline.addBookmarks(page);
        describeCharts(page);
        PdfLinks.name(page);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
        builder.usePdfUaAccessibility(true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        for (BundledFont font : BundledFont.values()) {
            for (int weight : font.pdfWeights()) {
                builder.useFont(font::pdfStream, font.family(), weight, font.oblique() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
        }
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Barometer");
        builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                metadata.writeTo(document);
                PdfLinks.describeAnnotations(document);
                document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** A chart's name and every figure it shows, as the alternate text a screen reader speaks for the drawing. */
    private static void describeCharts(Document page) {
        for (Element svg : page.select("svg")) {
            if (svg.attr("alt").isEmpty()) {
                Element title = svg.selectFirst("> title");
                Element desc = svg.selectFirst("> desc");
                String text = desc != null ? desc.text() : title != null ? title.text() : svg.attr("aria-label");
                svg.attr("alt", text);
            }
        }
    }
}
