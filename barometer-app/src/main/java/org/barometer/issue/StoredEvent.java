package org.barometer.issue;

/**
 * An event as stored: its row, the revision row it belongs to, its version (every change counts one), its uid (the
 * same in every revision of its issue), its catalogue (a relationship's code, or {@link EventStore#SECURITY}) and its
 * place in that catalogue, counted from 0.
 */
public record StoredEvent(long id, long issueRow, int version, String uid, String catalogue, int seq, EventContent content) {

    public boolean isSecurity() {
        return EventStore.SECURITY.equals(catalogue);
    }
}
