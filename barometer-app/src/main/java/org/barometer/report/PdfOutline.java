package org.barometer.report;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The PDF's bookmarks (its outline in a viewer's side panel): one for every section the document has, named by its
 * heading, in the order they come (foreword, summary, each relationship, security, the appendices, authors,
 * acknowledgements), with the parts of a section that have their own heading beneath it (each catalogue of Appendix 1).
 * openhtmltopdf reads them from a {@code <bookmarks>} element in the head.
 */
final class PdfOutline {

    private static final String SECTION = "section[id]:has(> h2)";
    private static final String PART = "section[id]:has(> h3)";

    private PdfOutline() {
    }

    static void addBookmarks(Document page) {
        Element bookmarks = page.head().appendElement("bookmarks");
        for (Element section : page.body().select(SECTION)) {
            Element bookmark = bookmark(bookmarks, section, "h2");
            for (Element part : section.select(PART)) {
                if (part != section && part.parents().stream().filter(p -> p.is(SECTION)).findFirst().orElse(null) == section) {
                    bookmark(bookmark, part, "h3");
                }
            }
        }
    }

    private static Element bookmark(Element parent, Element section, String heading) {
        return parent.appendElement("bookmark").attr("name", section.selectFirst("> " + heading).text()).attr("href", "#" + section.id());
    }
}
