package org.barometer.method;

/** National security and regional tension totals, and the colour band the regional total falls in. */
public record SecurityIndices(int national, int regional, ColourBand level) {
}
