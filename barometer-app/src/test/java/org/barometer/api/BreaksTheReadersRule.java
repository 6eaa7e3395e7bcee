package org.barometer.api;

import org.barometer.issue.IssueStore;

/** Breaks the rules on purpose, for ArchitectureRulesTests: a reader-facing class that reads the store of drafts. */
class BreaksTheReadersRule {

    final IssueStore drafts;

    BreaksTheReadersRule(IssueStore drafts) {
        this.drafts = drafts;
    }
}
