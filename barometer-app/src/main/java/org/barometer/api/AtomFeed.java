package org.barometer.api;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.barometer.method.InputRules;
import org.barometer.publicdata.PublishedData;
import org.barometer.publicdata.PublishedIssue;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * An Atom feed of publications: every published revision an entry, a correction with its note. Written by ROME; a
 * character XML cannot carry, kept before the input rules refused it, is written as U+FFFD.
 */
@RestController
class AtomFeed {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublishedData published;
    private final Cached cached;

    AtomFeed(PublishedData published, Cached cached) {
        this.published = published;
        this.cached = cached;
    }

    @GetMapping(path = "/feed.atom", produces = "application/atom+xml")
    ResponseEntity<byte[]> feed() throws FeedException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Feed feed = new Feed("atom_1.0");
        feed.setId(base + "/feed.atom");
        feed.setTitle("Barometer: published issues and corrections");
        feed.setUpdated(Date.from(published.edition().lastPublished().map(time -> time.toInstant()).orElse(java.time.Instant.EPOCH)));
        Person publisher = new Person();
        publisher.setName("Barometer");
        feed.setAuthors(List.of(publisher));
        feed.setAlternateLinks(List.of(link(base + "/", "alternate")));
        feed.setOtherLinks(List.of(link(base + "/feed.atom", "self")));
        List<Entry> entries = new ArrayList<>();
        for (PublishedIssue issue : published.publications()) {
            entries.add(entry(base, issue));
        }
        feed.setEntries(entries);
        return cached.text(new WireFeedOutput().outputString(feed), ATOM);
    }

    private static Entry entry(String base, PublishedIssue issue) {
        Entry entry = new Entry();
        entry.setId("urn:barometer:issue:" + issue.number() + ":revision:" + issue.revision());
        String title = "No. " + issue.number() + (issue.title().isBlank() ? "" : ": " + InputRules.xmlSafe(issue.title()));
        entry.setTitle(issue.correctionNote() == null ? title : title + " (correction, revision " + issue.revision() + ")");
        entry.setUpdated(Date.from(issue.publishedAt().toInstant()));
        entry.setPublished(Date.from(issue.publishedAt().toInstant()));
        entry.setAlternateLinks(List.of(link(base + "/issues/" + issue.number(), "alternate")));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(issue.correctionNote() != null ? "Correction: " + InputRules.xmlSafe(issue.correctionNote())
                : "Issue No. " + issue.number() + ", " + issue.from() + " to " + issue.to());
        entry.setSummary(summary);
        return entry;
    }

    private static Link link(String href, String rel) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
