package org.barometer.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an Atom feed as XML, refusing it if it is not well-formed. */
final class Feeds {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private Feeds() {
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Each entry's id, title, updated, link and summary, as one line of text. */
    static List<String> entries(Document feed) {
        List<String> entries = new ArrayList<>();
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element entry = (Element) nodes.item(i);
            entries.add(String.join(" | ", text(entry, "id"), text(entry, "title"), text(entry, "updated"),
                    ((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"), text(entry, "summary")));
        }
        return entries;
    }

    private static String text(Element entry, String name) {
        NodeList found = entry.getElementsByTagNameNS(ATOM, name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
    }
}
