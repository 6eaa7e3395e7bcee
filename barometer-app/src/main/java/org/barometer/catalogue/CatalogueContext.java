package org.barometer.catalogue;

import org.barometer.issue.IssueRef;
import org.barometer.method.Issue;

/** The latest revision of an issue, where it is stored, and the catalogue of it asked for. */
record CatalogueContext(Issue issue, IssueRef ref, Subject subject) {
}
