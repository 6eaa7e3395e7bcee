package org.barometer.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Barometer's one JSON mapper: the web's answers (it is the application's JsonMapper bean), the exports, the open data
 * and the change log's values are all written, and read, by it. Exports people read are indented; the rest is compact.
 */
public final class Json {

    /** The mapper; the application's JsonMapper bean is this one. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final ObjectWriter INDENTED = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static byte[] bytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** As exports and `indices --json` write it: indented two spaces, for people to read and diff. */
    public static String indented(Object value) {
        return INDENTED.writeValueAsString(value);
    }

    public static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }
}
