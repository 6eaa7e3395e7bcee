package org.barometer.catalogue;

import java.util.List;

import org.barometer.account.Actor;
import org.barometer.issue.EventStore;

/**
 * Which catalogue of an issue a page shows: a relationship's (by its code and heading) or the security catalogue,
 * whose code is {@link Actor#SECURITY} as in {@link Actor#mayEdit}. The score fields are named as the table
 * columns and the form fields are: "score", or "national" and "regional".
 */
record Subject(String code, String name) {

    static final String RELATIONSHIP_ENTITY = "event";
    static final String SECURITY_ENTITY = "security-event";

    static Subject security() {
        return new Subject(Actor.SECURITY, "");
    }

    public boolean isSecurity() {
        return Actor.SECURITY.equals(code);
    }

    /** The entity name the change log records changes under. */
    String entity() {
        return isSecurity() ? SECURITY_ENTITY : RELATIONSHIP_ENTITY;
    }

    public List<String> scoreFields() {
        return EventStore.scoreColumns(code);
    }

    /** The catalogue page of this subject in an issue. */
    public String path(int issue) {
        return isSecurity() ? "/workspace/issues/" + issue + "/security" : "/workspace/issues/" + issue + "/catalogue/" + code;
    }

    public String eventsPath(int issue) {
        return path(issue) + "/events";
    }
}
