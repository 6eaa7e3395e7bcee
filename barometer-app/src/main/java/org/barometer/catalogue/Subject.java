package org.barometer.catalogue;

import java.util.List;

import org.barometer.account.Actor;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.EventStore;

/**
 * Which catalogue of an issue a page shows: a relationship's (by its code and heading) or the security catalogue,
 * whose code is {@link Actor#SECURITY} as in {@link Actor#mayEdit}. The score fields are named as the table
 * columns and the form fields are: "score", or "national" and "regional".
 */
record Subject(String code, String name) {

    static Subject security() {
        return new Subject(Actor.SECURITY, "");
    }

    public boolean isSecurity() {
        return Actor.SECURITY.equals(code);
    }

    /** What the change log records changes of its events as. */
    ChangeLog.Entity entity() {
        return isSecurity() ? ChangeLog.Entity.SECURITY_EVENT : ChangeLog.Entity.EVENT;
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
