package org.barometer.audit;

import org.barometer.method.IssueStatus;

/** A restore asked for in a revision that is not a draft: nothing is changed, and the page says why. */
public final class RestoreRefused extends RuntimeException {

    private final int number;
    private final IssueStatus status;

    public RestoreRefused(int number, IssueStatus status) {
        super("issue No. " + number + " is " + status.key() + "; only a draft can be restored to an earlier version");
        this.number = number;
        this.status = status;
    }

    /** Refuses a restore unless the revision being written is a draft. */
    public static void unlessDraft(int number, IssueStatus status) {
        if (status != IssueStatus.DRAFT) {
            throw new RestoreRefused(number, status);
        }
    }

    public int number() {
        return number;
    }

    public IssueStatus status() {
        return status;
    }
}
