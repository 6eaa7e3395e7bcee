package org.barometer.report;

/** Who is reading: readers see the latest published revision only; the team sees the latest revision, marked if unpublished. */
public enum Audience {
    READERS, TEAM
}
