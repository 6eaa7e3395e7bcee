package org.barometer.report;

import org.barometer.narrative.Narratives;

/** Breaks the rules on purpose, for ArchitectureRulesTests: the rendering reading narratives from their store. */
class BreaksTheRenderingRule {

    final Narratives narratives;

    BreaksTheRenderingRule(Narratives narratives) {
        this.narratives = narratives;
    }
}
