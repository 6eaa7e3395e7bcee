package org.barometer.api;

/** Something a reader asked for that is not published: it does not exist, or only as a draft. */
class NotPublished extends RuntimeException {

    NotPublished(String message) {
        super(message);
    }
}
