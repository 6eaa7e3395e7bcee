package org.barometer.catalogue;

import java.util.List;

import org.barometer.method.IssueStatus;
import org.barometer.publicdata.PublishedCodebook;
import org.barometer.method.Period;
import org.barometer.method.RelationsIndex;
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityIndices;
import org.barometer.workspace.FormProblem;

/**
 * What a catalogue page shows: the events of one subject of the latest revision of an issue in date order, the totals the method
 * computes from them (the relationship's index, or the security indices and colour band), the stated figures that
 * the catalogue does not add up to, whether the viewer may change it, and the codebook's anchors of a relationship (null for
 * the security catalogue, which has none).
 */
record CataloguePage(int number, int revision, IssueStatus status, Period period, ScoreBound bound, Subject subject,
                     List<Entry> entries, RelationsIndex index, SecurityIndices security, List<FormProblem> findings,
                     boolean editable, PublishedCodebook.Part anchors) {

    CataloguePage {
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    public String path() {
        return subject.path(number);
    }

    public String eventsPath() {
        return subject.eventsPath(number);
    }

    public String eventPath(long id) {
        return eventsPath() + "/" + id;
    }

    /** The relationship's anchors, shown beside the score field: at most the first two of each level. */
    public List<PublishedCodebook.Level> anchorLevels() {
        return anchors == null ? List.of() : anchors.levels().stream()
                .map(level -> new PublishedCodebook.Level(level.score(), level.anchors().stream().limit(2).toList())).toList();
    }

    public String checkPath() {
        return path() + "/check";
    }
}
