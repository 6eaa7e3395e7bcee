package org.barometer.method;

import java.util.Locale;

/** A figure a publication states: a relationship's indices and Total row, or the security totals and colour. */
public enum Figure {
    /** "Aggregate index" in a relationship's section */
    AGGREGATE,
    /** "Positive points" in a relationship's section */
    POSITIVE,
    /** "Negative points" in a relationship's section */
    NEGATIVE,
    /** the Total row of a relationship's catalogue */
    TOTAL,
    /** the national security total of the security catalogue */
    NATIONAL,
    /** the regional tension total of the security catalogue */
    REGIONAL,
    /** the colour word beside the regional tension total */
    LEVEL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isNumber() {
        return this != LEVEL;
    }

    public static Figure ofKey(String key) {
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + key + "\" is not a stated figure; expected one of aggregate, positive, negative, total, national, regional, level");
        }
    }
}
