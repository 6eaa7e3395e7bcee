package org.barometer.issue;

/** An issue was stored, deleted, changed or moved through the workflow: whoever keeps published data must read it again. */
public record IssueChanged(int number) {
}
