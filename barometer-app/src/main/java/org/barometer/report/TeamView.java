package org.barometer.report;

import java.util.Optional;

import org.barometer.account.Actor;

/**
 * The publication of an issue as the team sees it: its latest revision whatever its status, marked as a draft until it
 * is published. The workspace provides it; the public site asks it only for a signed-in member of the team.
 */
public interface TeamView {

    /** The latest revision of an issue as a publication for a member of the team; empty if there is no such issue. */
    Optional<Publication> latest(int number, Actor reader);
}
