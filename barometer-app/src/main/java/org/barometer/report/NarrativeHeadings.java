package org.barometer.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Headings a narrative's author wrote ("# Political agenda") moved below the heading of the section that shows the
 * narrative: under an h3, a "#" becomes an h4. Deeper than h6 stays h6.
 */
final class NarrativeHeadings {

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private NarrativeHeadings() {
    }

    static String below(int level, String safeHtml) {
        if (!safeHtml.matches("(?s).*<h[1-6][\\s>].*")) {
            return safeHtml;
        }
        Document document = Jsoup.parseBodyFragment(safeHtml);
        document.outputSettings(OUTPUT);
        for (Element heading : document.body().select("h1, h2, h3, h4, h5, h6")) {
            int own = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, own + level));
        }
        return document.body().html();
    }
}
