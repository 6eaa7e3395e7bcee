package org.barometer.backup;

/** A backup that cannot be restored, or a store that cannot take it: the message names the file and the field or record. */
class BackupException extends IllegalArgumentException {

    BackupException(String source, String where, String problem) {
        super(source + ": " + (where.isEmpty() ? "" : where + ": ") + problem);
    }
}
