package org.barometer.catalogue;

import java.util.List;
import java.util.Optional;

import org.barometer.issue.EventContent;
import org.barometer.issue.EventStore;
import org.springframework.stereotype.Component;

/** The events of a catalogue page as its entries: the event store's rows, addressed by the page's subject. */
@Component
class Entries {

    private final EventStore events;

    Entries(EventStore events) {
        this.events = events;
    }

    List<Entry> entries(long issueRow, Subject subject) {
        return events.catalogue(issueRow, subject.code()).stream().map(Entry::of).toList();
    }

    Optional<Entry> entry(long issueRow, Subject subject, long id) {
        return events.find(issueRow, subject.code(), id).map(Entry::of);
    }

    long add(long issueRow, Subject subject, EventContent content) {
        return events.add(issueRow, subject.code(), content);
    }

    List<Entry> addAll(long issueRow, Subject subject, List<EventContent> contents) {
        return events.addAll(issueRow, subject.code(), contents).stream().map(Entry::of).toList();
    }

    boolean update(long issueRow, Subject subject, long id, int version, EventContent content) {
        return events.update(issueRow, subject.code(), id, version, content);
    }

    boolean delete(long issueRow, Subject subject, long id, int version) {
        return events.delete(issueRow, subject.code(), id, version);
    }
}
