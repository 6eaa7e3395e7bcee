package org.barometer.workflow;

import java.util.List;

/** A message a page shows after a change: the bundle key and its arguments. Kept in the session until shown, so serializable. */
record Notice(String key, List<Object> args) implements java.io.Serializable {

    Notice(String key, Object... args) {
        this(key, List.of(args));
    }
}
