package org.barometer.reliability;

import org.springframework.security.access.AccessDeniedException;

/** A page, export or fragment refused because it shows first scores of a part its reader scores blind (a 403 page says so). */
final class ScoringBlind extends AccessDeniedException {

    private final transient BlindParts blind;

    ScoringBlind(BlindParts blind) {
        super("scoring " + blind.parts().stream().map(BlindParts.Part::code).toList() + " of issue No. " + blind.number() + " blind");
        this.blind = blind;
    }

    BlindParts blind() {
        return blind;
    }
}
