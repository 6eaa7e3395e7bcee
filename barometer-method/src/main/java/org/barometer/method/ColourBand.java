package org.barometer.method;

import java.util.Objects;

/**
 * One band of the regional tension scale: totals from {@code lowest} to {@code highest} inclusive.
 * A null end is open: the lowest band has no floor, the highest no ceiling.
 */
public record ColourBand(String colour, Integer lowest, Integer highest, String meaning) {

    public ColourBand {
        Objects.requireNonNull(colour, "colour");
        if (colour.isBlank()) {
            throw new ScaleException("a colour band needs a colour name");
        }
        meaning = meaning == null ? "" : meaning;
        if (lowest != null && highest != null && lowest > highest) {
            throw new ScaleException("band " + colour + " runs from " + lowest + " down to " + highest + ": its lowest total is above its highest");
        }
    }

    public boolean contains(int total) {
        return (lowest == null || total >= lowest) && (highest == null || total <= highest);
    }

    /** "-12..-7", "-1 and above", "-18 and below". */
    public String range() {
        if (lowest == null && highest == null) {
            return "any total";
        }
        if (lowest == null) {
            return highest + " and below";
        }
        if (highest == null) {
            return lowest + " and above";
        }
        return lowest + ".." + highest;
    }
}
