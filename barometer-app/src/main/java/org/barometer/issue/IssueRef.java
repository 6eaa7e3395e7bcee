package org.barometer.issue;

import org.barometer.method.IssueStatus;

/** Where the latest revision of an issue is stored, and its status. */
public record IssueRef(long id, int number, int revision, IssueStatus status) {
}
