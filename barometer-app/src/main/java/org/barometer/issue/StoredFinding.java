package org.barometer.issue;

/** A finding as stored with its issue; figure, stated and computed are set for stated-figure mismatches only. */
public record StoredFinding(String kind, String subject, String figure, String stated, String computed, String message) {
}
