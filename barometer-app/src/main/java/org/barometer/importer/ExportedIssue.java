package org.barometer.importer;

import org.barometer.method.Issue;

/** An issue as an export carries it: its data and its words (narrative and authors). */
public record ExportedIssue(Issue issue, IssueWords words) {
}
