package org.barometer.issue;

import org.barometer.workflow.TeamPublications;

/** Breaks the rules on purpose, for ArchitectureRulesTests: the issue store reaching back into the workflow that uses it. */
class BreaksTheCycleRule {

    final TeamPublications publications;

    BreaksTheCycleRule(TeamPublications publications) {
        this.publications = publications;
    }
}
