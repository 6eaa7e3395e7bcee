package org.barometer.publicdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.Issue;
import org.barometer.method.RelationsIndex;
import org.barometer.method.SecurityIndices;

/**
 * The indices issue after issue: for each issue (one revision of it), each relationship it covers, in its order and
 * named as it names it, with its events and indices, and the security barometer with the colour of regional tension
 * on that issue's own scale. Relationships are known by their codes across issues.
 */
public record Dynamics(List<Point> points) {

    public static final Dynamics NONE = new Dynamics(List.of());

    public Dynamics {
        points = List.copyOf(points);
    }

    /** One issue's indices. */
    public record Point(int issue, int revision, List<RelationshipIndex> relationships, SecurityPoint security) {
        public Point {
            relationships = List.copyOf(relationships);
        }

        /** The indices of an issue computed from its catalogues, as the store would add them up. */
        public static Point of(Issue issue, int revision) {
            List<RelationshipIndex> relationships = new ArrayList<>();
            for (Catalogue catalogue : issue.catalogues()) {
                RelationsIndex index = catalogue.index();
                relationships.add(new RelationshipIndex(catalogue.relationship().code(), catalogue.relationship().name(),
                        catalogue.events().size(), index.aggregate(), index.positive(), index.negative()));
            }
            SecurityIndices security = issue.securityIndices();
            return new Point(issue.number(), revision, relationships,
                    new SecurityPoint(issue.security().events().size(), security.national(), security.regional(), security.level()));
        }

        public Optional<RelationshipIndex> relationship(String code) {
            return relationships.stream().filter(r -> r.code().equals(code)).findFirst();
        }

        /** The relationship's indices where this issue covers it; empty where it is absent from the issue or not covered. */
        public Optional<RelationshipIndex> covered(String code) {
            return relationship(code).filter(RelationshipIndex::covered);
        }
    }

    /**
     * A relationship's indices in one issue: aggregate = positive + negative. With no events the issue does not cover
     * it (method.md, "Coverage"): readers are told so, and never shown its zeros.
     */
    public record RelationshipIndex(String code, String name, int events, int aggregate, int positive, int negative) {

        /** The one rule every reader-facing output asks, as {@link Catalogue#covered()} says it of a catalogue. */
        public boolean covered() {
            return Catalogue.covers(events);
        }
    }

    /**
     * The security barometer of one issue: its national and regional totals, and the colour band regional tension falls
     * in. With no security events the issue does not cover it: no totals and no colour are shown.
     */
    public record SecurityPoint(int events, int national, int regional, ColourBand level) {

        public boolean covered() {
            return Catalogue.covers(events);
        }
    }

    /** The issues up to and including the given number. */
    public Dynamics upTo(int issue) {
        return new Dynamics(points.stream().filter(point -> point.issue() <= issue).toList());
    }

    /** The issues before the given one, then the given point in its place. */
    public Dynamics with(Point shown) {
        List<Point> before = new ArrayList<>(points.stream().filter(point -> point.issue() < shown.issue()).toList());
        before.add(shown);
        return new Dynamics(before);
    }

    public Optional<Point> point(int issue) {
        return points.stream().filter(point -> point.issue() == issue).findFirst();
    }

    /** The nearest earlier issue's point. */
    public Optional<Point> before(int issue) {
        return points.stream().filter(point -> point.issue() < issue).reduce((earlier, later) -> later);
    }

    /** Every relationship of these issues, known by code and named as the newest issue covering it names it: the newest issue's first. */
    public Map<String, String> namesNewestFirst() {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = points.size() - 1; i >= 0; i--) {
            points.get(i).relationships().forEach(r -> names.putIfAbsent(r.code(), r.name()));
        }
        return names;
    }

    /** Every relationship of these issues, known by code and named as the newest issue covering it names it, in order of first appearance. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        points.forEach(point -> point.relationships().forEach(r -> names.put(r.code(), r.name())));
        return names;
    }
}
