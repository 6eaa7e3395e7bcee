package org.barometer.publicdata;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A published revision of an issue as readers see it; the correction note is null for a first revision. publishedAt
 * is when it was published (when it was stored, for an issue imported as published).
 */
public record PublishedIssue(int number, int revision, String title, LocalDate from, LocalDate to, OffsetDateTime publishedAt,
                             String correctionNote) {
}
