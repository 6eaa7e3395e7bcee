package org.barometer.catalogue;

import java.util.List;

import org.barometer.audit.ChangeLog;
import org.barometer.issue.Revisions;

/** Everything a refused paste or upload must leave as it was: the events of every catalogue of an issue, and its change log. */
record Stored(List<Entry> russia, List<Entry> eu, List<Entry> security, List<ChangeLog.Change> changes) {

    static final Subject RUSSIA = new Subject("russia", "Russia");
    static final Subject EU = new Subject("eu", "the EU");

    static Stored of(Entries events, Revisions revisions, ChangeLog changes, int number) {
        long id = revisions.ref(number).orElseThrow().id();
        return new Stored(events.entries(id, RUSSIA), events.entries(id, EU), events.entries(id, Subject.security()), changes.forIssue(number));
    }
}
