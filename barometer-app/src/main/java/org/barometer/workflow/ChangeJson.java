package org.barometer.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The before and after values of the change log: small JSON objects, keys in the order given. */
final class ChangeJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChangeJson() {
    }

    /** {@code of("status", "draft", "revision", 2)} gives {@code {"status":"draft","revision":2}}. */
    static String of(Object... keysAndValues) {
        Map<String, Object> value = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            value.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return JSON.writeValueAsString(value);
    }
}
