package org.barometer.workflow;

import java.util.List;

/** A message a page shows after a change: the bundle key and its arguments. */
record Notice(String key, List<Object> args) {

    Notice(String key, Object... args) {
        this(key, List.of(args));
    }
}
