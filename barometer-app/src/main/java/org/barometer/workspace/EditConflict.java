package org.barometer.workspace;

import org.barometer.audit.ChangeLog;

/**
 * A change not made, in any editor of the workspace, because what it changes was changed by someone else after the
 * writer read it: what the writer sent (null for a deletion), what is stored now (null if it has been deleted), the
 * version the writer started from (null where a fingerprint of the whole stands for it), and the last recorded change
 * where it is known. It is answered with 409 and both versions, and nothing is saved until the writer chooses.
 */
public record EditConflict<Y, S>(Y yours, S stored, Integer versionSeen, ChangeLog.Change lastChange) {

    public EditConflict(Y yours, S stored, Integer versionSeen) {
        this(yours, stored, versionSeen, null);
    }

    /** Whether the writer was changing it (rather than deleting it). */
    public boolean update() {
        return yours != null;
    }

    public boolean storedGone() {
        return stored == null;
    }

    public EditConflict<Y, S> withLastChange(ChangeLog.Change change) {
        return new EditConflict<>(yours, stored, versionSeen, change);
    }
}
