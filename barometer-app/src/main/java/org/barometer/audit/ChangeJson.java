package org.barometer.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.barometer.json.Json;


/** The before and after values of the change log: small JSON objects, keys in the order given. */
public final class ChangeJson {


    private ChangeJson() {
    }

    /** {@code of("status", "draft", "revision", 2)} gives {@code {"status":"draft","revision":2}}. */
    public static String of(Object... keysAndValues) {
        Map<String, Object> value = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            value.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Json.write(value);
    }
}
