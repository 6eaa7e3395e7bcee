package org.barometer.method;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One issue of the monitoring: its period, the catalogue behind each relationship index, the security catalogue,
 * and the figures it published (for an issue imported from its publication).
 */
public record Issue(int number, Period period, String title, IssueStatus status, ScoreBound bound, ColourScale scale,
                    List<Catalogue> catalogues, SecurityCatalogue security, List<StatedFigure> stated) {

    public Issue {
        if (number < 1) {
            throw new IllegalArgumentException("an issue number is 1 or more, not " + number);
        }
        Objects.requireNonNull(period, "period");
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(status, "status");
        bound = bound == null ? ScoreBound.DEFAULT : bound;
        scale = scale == null ? ColourScale.DEFAULT : scale;
        catalogues = List.copyOf(catalogues);
        security = security == null ? SecurityCatalogue.EMPTY : security;
        stated = List.copyOf(stated);
        Set<String> codes = new HashSet<>();
        for (Catalogue catalogue : catalogues) {
            if (!codes.add(catalogue.relationship().code())) {
                throw new IllegalArgumentException("relationship " + catalogue.relationship().name() + " has two catalogues in issue " + number);
            }
        }
    }

    /** The catalogue of a relationship, by its code. */
    public Optional<Catalogue> catalogue(String code) {
        return catalogues.stream().filter(c -> c.relationship().code().equals(code)).findFirst();
    }

    /** How the issue names a subject: a relationship's heading, or "security"; an unknown code as it is. */
    public String nameOf(String subject) {
        return catalogue(subject).map(c -> c.relationship().name()).orElse(subject);
    }

    public SecurityIndices securityIndices() {
        return security.indices(scale);
    }

    /** Everything the checks find: stated figures that differ, dates outside the period, scores out of bound. */
    public List<Finding> findings() {
        return IssueCheck.findings(this);
    }

    /** The figures the issue published that its own catalogues do not add up to. */
    public List<StatedFigureMismatch> mismatches() {
        return findings().stream()
                .filter(StatedFigureMismatch.class::isInstance)
                .map(StatedFigureMismatch.class::cast)
                .toList();
    }

    public Issue withStatus(IssueStatus newStatus) {
        return new Issue(number, period, title, newStatus, bound, scale, catalogues, security, stated);
    }

    public Issue withNumberAndPeriod(int newNumber, Period newPeriod) {
        return new Issue(newNumber, newPeriod, title, status, bound, scale, catalogues, security, stated);
    }
}
