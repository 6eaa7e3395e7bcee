package org.barometer.method;

import java.util.ArrayList;
import java.util.List;

/** The checks of an issue against its own catalogues, its period and its score bound. */
final class IssueCheck {

    private IssueCheck() {
    }

    static List<Finding> findings(Issue issue) {
        List<Finding> findings = new ArrayList<>();
        for (StatedFigure stated : issue.stated()) {
            String computed = computed(issue, stated);
            if (!agrees(stated, computed)) {
                findings.add(new StatedFigureMismatch(stated.subject(), issue.nameOf(stated.subject()), stated.figure(), stated.value(), computed));
            }
        }
        for (Catalogue catalogue : issue.catalogues()) {
            Relationship relationship = catalogue.relationship();
            for (Event event : catalogue.events()) {
                checkDate(issue, relationship.code(), relationship.name(), event.date(), event.text("en"), findings);
                checkScore(issue, relationship.code(), relationship.name(), "score", event.score(), event.text("en"), findings);
            }
        }
        for (SecurityEvent event : issue.security().events()) {
            checkDate(issue, StatedFigure.SECURITY, StatedFigure.SECURITY, event.date(), event.text("en"), findings);
            checkScore(issue, StatedFigure.SECURITY, StatedFigure.SECURITY, "national", event.national(), event.text("en"), findings);
            checkScore(issue, StatedFigure.SECURITY, StatedFigure.SECURITY, "regional", event.regional(), event.text("en"), findings);
        }
        return List.copyOf(findings);
    }

    /** The figure as the catalogue gives it, written as the publication writes figures. */
    static String computed(Issue issue, StatedFigure stated) {
        if (stated.subject().equals(StatedFigure.SECURITY)) {
            SecurityIndices indices = issue.securityIndices();
            return switch (stated.figure()) {
                case NATIONAL -> Scores.signed(indices.national());
                case REGIONAL -> Scores.signed(indices.regional());
                case LEVEL -> indices.level().colour();
                default -> "no such security figure";
            };
        }
        return issue.catalogue(stated.subject())
                .map(catalogue -> {
                    RelationsIndex index = catalogue.index();
                    return switch (stated.figure()) {
                        case AGGREGATE, TOTAL -> Scores.signed(index.aggregate());
                        case POSITIVE -> Scores.signed(index.positive());
                        case NEGATIVE -> Scores.signed(index.negative());
                        default -> "no such relationship figure";
                    };
                })
                .orElse("no catalogue");
    }

    private static boolean agrees(StatedFigure stated, String computed) {
        if (stated.figure().isNumber()) {
            return Scores.isScore(computed) && stated.number() == Scores.parse(computed);
        }
        return stated.value().strip().equalsIgnoreCase(computed);
    }

    private static void checkDate(Issue issue, String subject, String name, DateExpression date, String description, List<Finding> findings) {
        if (!issue.period().covers(date)) {
            findings.add(new DateOutsidePeriod(subject, name, date.written(), description, issue.period()));
        }
    }

    private static void checkScore(Issue issue, String subject, String name, String which, int score, String description,
                                   List<Finding> findings) {
        if (!issue.bound().allows(score)) {
            findings.add(new ScoreOutOfBound(subject, name, which, score, issue.bound(), description));
        }
    }
}
