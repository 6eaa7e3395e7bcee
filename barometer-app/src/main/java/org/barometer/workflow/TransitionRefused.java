package org.barometer.workflow;

import org.barometer.method.IssueStatus;

/** A status change the issue is not in the status for (a second click, a stale page): answered 409, nothing changed. */
class TransitionRefused extends RuntimeException {

    private final int number;
    private final IssueStatus actual;
    private final IssueStatus expected;

    TransitionRefused(int number, IssueStatus actual, IssueStatus expected) {
        super("issue No. " + number + " is " + actual.key() + ", not " + expected.key());
        this.number = number;
        this.actual = actual;
        this.expected = expected;
    }

    int number() {
        return number;
    }

    IssueStatus actual() {
        return actual;
    }

    IssueStatus expected() {
        return expected;
    }
}
