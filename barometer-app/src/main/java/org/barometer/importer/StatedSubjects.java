package org.barometer.importer;

import java.util.List;

import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.StatedFigure;

/**
 * Stated figures are kept by their relationship's code, and written in the exports by its heading, as the issue
 * printed it. A subject that names no catalogue of the issue is kept as written (the checks report it).
 */
final class StatedSubjects {

    private StatedSubjects() {
    }

    /** The figures as read from an export, each subject the code of the catalogue its heading names. */
    static List<StatedFigure> byCode(List<StatedFigure> written, List<Catalogue> catalogues) {
        return written.stream().map(stated -> catalogues.stream()
                        .filter(catalogue -> catalogue.relationship().name().equals(stated.subject()))
                        .findFirst()
                        .map(catalogue -> new StatedFigure(catalogue.relationship().code(), stated.figure(), stated.value()))
                        .orElse(stated))
                .toList();
    }

    /** The subject as an export writes it: the heading of its catalogue. */
    static String written(Issue issue, StatedFigure stated) {
        return issue.nameOf(stated.subject());
    }
}
