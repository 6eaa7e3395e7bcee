package org.barometer.method;

/** How exactly an analyst dated an event. */
public enum DatePrecision {
    /** "1 September" */
    DAY,
    /** "22-29 September", "30 September – 2 October" */
    DAYS,
    /** "Early September", "Mid-September", "Late September" */
    PART_OF_MONTH,
    /** "October" */
    MONTH,
    /** "September–October": a span of whole months, usually the whole period */
    MONTHS
}
