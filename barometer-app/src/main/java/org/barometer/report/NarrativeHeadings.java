package org.barometer.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Headings a narrative's author wrote moved below the heading of the section that shows the narrative, keeping their
 * order among themselves: under an h3, the narrative's topmost heading ("# Political agenda", or "### Political agenda"
 * as an importer writes it) becomes an h4 and the ones below it follow. Deeper than h6 stays h6.
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
        Elements headings = document.body().select("h1, h2, h3, h4, h5, h6");
        int topmost = headings.stream().mapToInt(NarrativeHeadings::levelOf).min().orElse(1);
        for (Element heading : headings) {
            heading.tagName("h" + Math.min(6, levelOf(heading) - topmost + level + 1));
        }
        return document.body().html();
    }

    private static int levelOf(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }
}
