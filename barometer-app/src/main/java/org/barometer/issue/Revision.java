package org.barometer.issue;

import java.time.OffsetDateTime;

import org.barometer.method.IssueStatus;
import org.barometer.method.Period;

/**
 * One revision of an issue as stored, without its catalogues: the row it is stored in, its status and details, the
 * correction note of a revision after the first, when it was made and when it was published.
 */
public record Revision(long row, int number, int revision, IssueStatus status, String title, Period period, String correctionNote,
                       OffsetDateTime createdAt, OffsetDateTime publishedAt) {

    /** When readers got it: when it was published, or stored for an issue imported as published. */
    public OffsetDateTime releasedAt() {
        return publishedAt != null ? publishedAt : createdAt;
    }

    public IssueRef ref() {
        return new IssueRef(row, number, revision, status);
    }
}
