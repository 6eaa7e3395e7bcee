package org.barometer.method;

import java.util.List;

/** The security events of one issue, each scored twice. */
public record SecurityCatalogue(List<SecurityEvent> events) {

    public static final SecurityCatalogue EMPTY = new SecurityCatalogue(List.of());

    public SecurityCatalogue {
        events = List.copyOf(events);
    }

    /** Coverage: with no events the issue does not cover the security barometer: no totals, no colour. */
    public boolean covered() {
        return Catalogue.covers(events.size());
    }

    public SecurityIndices indices(ColourScale scale) {
        int national = 0;
        int regional = 0;
        for (SecurityEvent event : events) {
            national += event.national();
            regional += event.regional();
        }
        return new SecurityIndices(national, regional, scale.levelFor(regional));
    }
}
