package org.barometer.method;

/** Something a check found in an issue: a warning to show, never a change to the data. */
public sealed interface Finding permits StatedFigureMismatch, DateOutsidePeriod, ScoreOutOfBound {

    /** What it is about: a relationship's code, or "security". */
    String subject();

    /** The subject as the issue names it: the relationship's heading, or "security". */
    String name();

    /** A short stable name for the kind of finding, as stored and exported. */
    String kind();

    /** One sentence for people. */
    String message();
}
