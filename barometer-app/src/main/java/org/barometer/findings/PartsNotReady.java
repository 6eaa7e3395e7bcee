package org.barometer.findings;

import java.util.List;

import org.barometer.issue.IssueRef;

/**
 * SEAM for the "parts not ready" findings: the parts of a revision not yet marked ready. The readiness feature
 * (package readiness, built apart) implements it when merged; until a bean of it exists, this kind finds nothing.
 */
public interface PartsNotReady {

    /** A part not ready: its subject (a relationship's code, "security", "foreword"...) and part ("trends", "catalogue"...). */
    record Part(String subject, String part) {
    }

    List<Part> of(IssueRef revision);
}
