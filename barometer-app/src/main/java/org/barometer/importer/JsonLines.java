package org.barometer.importer;

import org.barometer.json.Json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The line of a JSON document a field is on, by its path (relationships[2].events[5].score), for errors that name it. */
final class JsonLines {

    private JsonLines() {
    }

    /** The line the field starts on; for a field the document lacks, the line of the nearest object that holds it; 0 if none. */
    static int of(String json, String path) {
        for (String at = path; ; at = parent(at)) {
            int line = find(json, "/" + at.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
            if (line > 0 || at.isEmpty()) {
                return line;
            }
        }
    }

    private static int find(String json, String pointer) {
        try (JsonParser parser = Json.MAPPER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.PROPERTY_NAME && parser.streamReadContext().pathAsPointer().toString().equals(pointer)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (JacksonException e) {
            return 0;
        }
        return 0;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
