package org.barometer.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * The publication's HTML as an A4 PDF. openhtmltopdf reads XML, so the HTML5 page is parsed by jsoup and handed over
 * as a W3C DOM; the fonts are the bundled ones; the charts stay vector (inline SVG drawn as paths); nothing outside the
 * document is ever fetched.
 */
final class PdfRendering {

    private PdfRendering() {
    }

    static byte[] render(String html) {
        BundledFont.registerForCharts();
        RendererLog.install();
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        for (BundledFont font : BundledFont.values()) {
            builder.useFont(font::stream, BundledFont.FAMILY, font.weight(), FontStyle.NORMAL, true);
        }
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Barometer");
        builder.withW3cDocument(document, "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
        return out.toByteArray();
    }
}
