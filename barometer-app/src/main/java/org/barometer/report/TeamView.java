package org.barometer.report;

import java.util.Optional;

/**
 * The publication of an issue as the team sees it: its latest revision whatever its status, marked as a draft until it
 * is published. The workspace provides it; the public site asks it only for a signed-in member of the team.
 */
public interface TeamView {

    /** The latest revision of an issue as a publication; empty if there is no such issue. */
    Optional<Publication> latest(int number);
}
