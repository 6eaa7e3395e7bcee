package org.barometer.readiness;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Where one part of a revision stands: a relationship (by its code), "security" (the security catalogue with the
 * security, national and regional narratives) or "foreword" (the editor's foreword and acknowledgements). A part nobody
 * has marked is in progress, without note, comment, person or time.
 */
public record PartState(String part, State state, String note, String comment, String changedBy, OffsetDateTime changedAt) {

    public enum State {
        IN_PROGRESS, READY;

        /** As the change log stores it and the pages name it: "in-progress", "ready". */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static PartState untouched(String part) {
        return new PartState(part, State.IN_PROGRESS, null, null, null, null);
    }

    public boolean ready() {
        return state == State.READY;
    }

    /** In progress with the editor's comment on what to do. */
    public boolean sentBack() {
        return state == State.IN_PROGRESS && comment != null;
    }
}
