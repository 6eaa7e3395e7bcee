package org.barometer.issue;

import org.barometer.method.IssueStatus;
import org.barometer.method.Period;

/** An issue's number, title, period and status, without its catalogues. */
public record IssueSummary(int number, String title, Period period, IssueStatus status) {
}
