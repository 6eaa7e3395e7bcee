package org.barometer.indices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.barometer.json.Json;
import org.barometer.method.Catalogue;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.RelationsIndex;
import org.barometer.method.Scores;
import org.barometer.method.SecurityIndices;
import org.barometer.method.StatedFigure;
import org.barometer.method.StatedFigureMismatch;
import org.barometer.reliability.PartReliability;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An issue's indices as computed from its catalogues, beside the figures it published: the table people read
 * and the JSON that `indices --json` and the API give.
 */
public final class IndicesReport {

    /** Said in the table instead of the figures of a subject the issue does not cover (no events): never a zero. */
    static final String NOT_COVERED = "not covered";

    private IndicesReport() {
    }

    /** The indices without the ranges of double scoring: every range null. */
    public static ObjectNode json(Issue issue) {
        return json(issue, List.of());
    }

    /**
     * The indices, and beside the aggregate index of each relationship and both security totals their range with the
     * second coder's scores ({@code aggregateRange}, {@code nationalRange}, {@code regionalRange}: lowest and highest),
     * null where nobody scored the part twice or the second scores give the same index.
     */
    public static ObjectNode json(Issue issue, List<PartReliability> reliability) {
        ObjectNode root = Json.object();
        root.put("issue", issue.number());
        root.put("from", issue.period().start().toString());
        root.put("to", issue.period().end().toString());
        root.put("status", issue.status().key());
        ArrayNode relationships = root.putArray("relationships");
        for (Catalogue catalogue : issue.catalogues()) {
            RelationsIndex index = catalogue.index();
            ObjectNode r = relationships.addObject();
            r.put("name", catalogue.relationship().name());
            r.put("code", catalogue.relationship().code());
            r.put("events", catalogue.events().size());
            r.put("covered", catalogue.covered());
            figure(r, "aggregate", catalogue.covered(), index.aggregate());
            figure(r, "positive", catalogue.covered(), index.positive());
            figure(r, "negative", catalogue.covered(), index.negative());
            range(r, "aggregateRange", catalogue.covered(), reliability, catalogue.relationship().code());
            ObjectNode stated = r.putObject("stated");
            statedOf(issue, catalogue.relationship().code()).forEach(s -> stated.put(s.figure().key(), s.number()));
        }
        SecurityIndices security = issue.securityIndices();
        ObjectNode s = root.putObject("security");
        boolean covered = issue.security().covered();
        s.put("events", issue.security().events().size());
        s.put("covered", covered);
        figure(s, "national", covered, security.national());
        figure(s, "regional", covered, security.regional());
        s.put("level", covered ? security.level().colour() : null);
        s.put("meaning", covered ? security.level().meaning() : null);
        range(s, "nationalRange", covered, reliability, PartReliability.NATIONAL);
        range(s, "regionalRange", covered, reliability, PartReliability.REGIONAL);
        ObjectNode stated = s.putObject("stated");
        for (StatedFigure figure : statedOf(issue, StatedFigure.SECURITY)) {
            if (figure.figure().isNumber()) {
                stated.put(figure.figure().key(), figure.number());
            } else {
                stated.put(figure.figure().key(), figure.value());
            }
        }
        ArrayNode mismatches = root.putArray("mismatches");
        for (StatedFigureMismatch m : issue.mismatches()) {
            ObjectNode row = mismatches.addObject();
            row.put("subject", m.name());
            row.put("figure", m.figure().key());
            if (m.figure().isNumber() && Scores.isScore(m.computed())) {
                row.put("stated", Scores.parse(m.stated()));
                row.put("computed", Scores.parse(m.computed()));
            } else {
                row.put("stated", m.stated());
                row.put("computed", m.computed());
            }
        }
        return root;
    }

    /** A figure of a subject the issue covers; null, never zero, for one it does not cover (no events). */
    private static void figure(ObjectNode node, String name, boolean covered, int value) {
        if (covered) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    /** The range of a part's index with the second scores: {"lowest", "highest"}; null where there is none. */
    private static void range(ObjectNode node, String name, boolean covered, List<PartReliability> reliability, String part) {
        PartReliability.ranged(reliability, part).filter(p -> covered).ifPresentOrElse(p -> {
            ObjectNode range = node.putObject(name);
            range.put("lowest", p.lowest());
            range.put("highest", p.highest());
        }, () -> node.putNull(name));
    }

    public static String jsonText(Issue issue) {
        return jsonText(issue, List.of());
    }

    public static String jsonText(Issue issue, List<PartReliability> reliability) {
        return Json.indented(json(issue, reliability)) + "\n";
    }

    /** A plain-text table for people; stated figures appear only where they differ from the catalogue. */
    public static String table(Issue issue) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Relationship", "Events", "Aggregate", "Positive", "Negative", "Published differently"});
        for (Catalogue catalogue : issue.catalogues()) {
            RelationsIndex index = catalogue.index();
            boolean covered = catalogue.covered();
            rows.add(new String[] {catalogue.relationship().name(), Integer.toString(catalogue.events().size()),
                    covered ? Scores.signed(index.aggregate()) : NOT_COVERED, covered ? Scores.signed(index.positive()) : "",
                    covered ? Scores.signed(index.negative()) : "", differences(issue, catalogue.relationship().code())});
        }
        SecurityIndices security = issue.securityIndices();
        List<String[]> securityRows = new ArrayList<>();
        securityRows.add(new String[] {"Security", "Events", "National", "Regional", "Level", "Published differently"});
        boolean covered = issue.security().covered();
        securityRows.add(new String[] {"security", Integer.toString(issue.security().events().size()),
                covered ? Scores.signed(security.national()) : NOT_COVERED, covered ? Scores.signed(security.regional()) : "",
                covered ? security.level().colour() : "", differences(issue, StatedFigure.SECURITY)});
        StringBuilder out = new StringBuilder();
        out.append("Issue No. ").append(issue.number()).append(", ").append(issue.period().start()).append(" to ")
                .append(issue.period().end()).append(" (").append(issue.status().key()).append(")\n");
        if (!issue.title().isEmpty()) {
            out.append(issue.title()).append('\n');
        }
        out.append('\n').append(align(rows)).append('\n').append(align(securityRows));
        if (covered) {
            out.append(security.level().colour()).append(": ").append(security.level().meaning()).append('\n');
        }
        return out.toString();
    }

    private static String differences(Issue issue, String subject) {
        List<String> parts = new ArrayList<>();
        for (StatedFigureMismatch m : issue.mismatches()) {
            if (m.subject().equals(subject)) {
                parts.add(m.figure().key() + " " + m.stated());
            }
        }
        return String.join(", ", parts);
    }

    private static List<StatedFigure> statedOf(Issue issue, String subject) {
        return issue.stated().stream().filter(s -> s.subject().equals(subject)).toList();
    }

    private static String align(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                boolean number = i > 0 && i < row.length - 1;
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(number ? pad + cell : cell + pad).append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    static String lower(Figure figure) {
        return figure.name().toLowerCase(Locale.ROOT);
    }
}
