package org.barometer.catalogue;

import org.barometer.audit.ChangeLog;

/**
 * A change of an event that was not made because someone changed or deleted the event after the editor read it.
 * Mine is what the editor submitted (none for a deletion); stored is the event now (none if it was deleted);
 * the last change says who did it (none for an event unchanged since its issue was imported).
 */
record EditConflict(Action action, long id, int versionSeen, EventForm mine, Entry stored, ChangeLog.Change lastChange) {

    enum Action { UPDATE, DELETE }

    EditConflict withLastChange(ChangeLog.Change change) {
        return new EditConflict(action, id, versionSeen, mine, stored, change);
    }

    public boolean isUpdate() {
        return action == Action.UPDATE;
    }

    public boolean storedGone() {
        return stored == null;
    }

    /** The editor's own version, to save over the stored one (or to add again if the stored one is gone). */
    public EventForm keepMine() {
        return stored == null ? mine : mine.withVersion(stored.version());
    }
}
