package org.barometer.method;

/** Something a check found in an issue: a warning to show, never a change to the data. */
public sealed interface Finding permits StatedFigureMismatch, DateOutsidePeriod, ScoreOutOfBound {

    /** A relationship's name, or "security". */
    String subject();

    /** A short stable name for the kind of finding, as stored and exported. */
    String kind();

    /** One sentence for people. */
    String message();
}
