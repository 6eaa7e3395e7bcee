package org.barometer.readiness;

import org.barometer.method.IssueStatus;

/** A part marked while its issue is not a draft (a stale page, a second click): answered 409, nothing changed. */
class PartNotOpen extends RuntimeException {

    private final int number;
    private final IssueStatus actual;

    PartNotOpen(int number, IssueStatus actual) {
        super("issue No. " + number + " is " + actual.key() + ", not a draft");
        this.number = number;
        this.actual = actual;
    }

    int number() {
        return number;
    }

    IssueStatus actual() {
        return actual;
    }
}
