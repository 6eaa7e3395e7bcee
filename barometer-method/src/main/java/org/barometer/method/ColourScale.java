package org.barometer.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The colour scale of regional tension: bands that together give every integer total exactly one colour.
 * A scale with a gap, an overlap or a closed end is refused.
 */
public record ColourScale(List<ColourBand> bands) {

    /** The scale the method describes; -1 belongs to White so that no total is left without a colour. */
    public static final ColourScale DEFAULT = new ColourScale(List.of(
            new ColourBand("White", -1, null, "Low likelihood of escalation; the situation is not threatening."),
            new ColourBand("Green", -6, -2, "Military activity that poses no direct threat and need not escalate; it calls for cautious attention."),
            new ColourBand("Yellow", -12, -7, "Military and other activity that could lead to escalation; it calls for close attention."),
            new ColourBand("Orange", -17, -13, "Military preparations in the region and growing tension; the situation is threatening."),
            new ColourBand("Red", null, -18, "Dramatic escalation; conflict is close to unavoidable, a pre-war situation.")));

    public ColourScale {
        bands = sortedFromHighest(bands);
        validate(bands);
    }

    public ColourBand levelFor(int regionalTotal) {
        return bands.stream()
                .filter(band -> band.contains(regionalTotal))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("validated scale has no band for " + regionalTotal));
    }

    /** The band with this colour name, in any letter case. */
    public java.util.Optional<ColourBand> band(String colour) {
        return bands.stream().filter(band -> band.colour().equalsIgnoreCase(colour.strip())).findFirst();
    }

    private static List<ColourBand> sortedFromHighest(List<ColourBand> bands) {
        if (bands == null || bands.isEmpty()) {
            throw new ScaleException("a colour scale needs at least one band");
        }
        List<ColourBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(ColourBand::highest, Comparator.nullsFirst(Comparator.reverseOrder())));
        return List.copyOf(sorted);
    }

    private static void validate(List<ColourBand> bands) {
        Set<String> colours = new HashSet<>();
        for (ColourBand band : bands) {
            if (!colours.add(band.colour().toLowerCase(java.util.Locale.ROOT))) {
                throw new ScaleException("the colour " + band.colour() + " names two bands");
            }
        }
        ColourBand top = bands.get(0);
        if (top.highest() != null) {
            throw new ScaleException("totals above " + top.highest() + " have no colour: the highest band (" + top.colour() + ") must be open upwards");
        }
        ColourBand bottom = bands.get(bands.size() - 1);
        if (bottom.lowest() != null) {
            throw new ScaleException("totals below " + bottom.lowest() + " have no colour: the lowest band (" + bottom.colour() + ") must be open downwards");
        }
        for (int i = 1; i < bands.size(); i++) {
            ColourBand above = bands.get(i - 1);
            ColourBand below = bands.get(i);
            if (above.lowest() == null || below.highest() == null) {
                throw new ScaleException("bands " + above.colour() + " (" + above.range() + ") and " + below.colour() + " (" + below.range() + ") overlap");
            }
            int gapFrom = below.highest() + 1;
            int gapTo = above.lowest() - 1;
            if (gapFrom <= gapTo) {
                throw new ScaleException("totals " + (gapFrom == gapTo ? Integer.toString(gapFrom) : gapFrom + ".." + gapTo)
                        + " have no colour: there is a gap between " + below.colour() + " (" + below.range() + ") and "
                        + above.colour() + " (" + above.range() + ")");
            }
            if (gapFrom > gapTo + 1) {
                throw new ScaleException("bands " + above.colour() + " (" + above.range() + ") and " + below.colour() + " (" + below.range()
                        + ") overlap at " + above.lowest() + (above.lowest().equals(below.highest()) ? "" : ".." + below.highest()));
            }
        }
    }
}
