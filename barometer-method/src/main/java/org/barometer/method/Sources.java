package org.barometer.method;

import java.util.Arrays;
import java.util.List;

/** An event's source links, stored one a line in a single column. */
public final class Sources {

    private Sources() {
    }

    public static String join(List<String> sources) {
        return String.join("\n", sources);
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.stream(stored.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
