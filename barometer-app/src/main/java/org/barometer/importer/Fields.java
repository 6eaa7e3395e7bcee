package org.barometer.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.barometer.method.DateExpression;
import org.barometer.method.Period;

import tools.jackson.databind.JsonNode;

/** Typed reads of a JSON object that name the path of the field at fault, such as relationships[2].events[5].score. */
final class Fields {

    private final String source;
    private final String json;
    private final JsonNode node;
    private final String path;

    /** The fields of a node of a document; the document's text is for the line an error names. */
    Fields(String source, String json, JsonNode node, String path) {
        this.source = source;
        this.json = json;
        this.node = node;
        this.path = path;
    }

    String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isString()) {
            throw missing(name, "text");
        }
        return value.stringValue();
    }

    /** Text that may be left out; "" then. */
    String optionalText(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? "" : text(name);
    }

    /** A list of texts that may be left out; empty then. */
    List<String> texts(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Fields item : array(name)) {
            if (!item.node.isString()) {
                throw error(item.path, item.path + ": expected text");
            }
            texts.add(item.node.stringValue());
        }
        return texts;
    }

    int integer(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw missing(name, "a whole number");
        }
        return value.asInt();
    }

    Integer optionalInteger(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : integer(name);
    }

    DateExpression date(String name, Period period) {
        String written = text(name);
        return get(() -> DateExpression.parse(written, period), name);
    }

    Fields object(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isObject()) {
            throw missing(name, "an object");
        }
        return new Fields(source, json, value, at(name));
    }

    List<Fields> array(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray()) {
            throw missing(name, "a list");
        }
        List<Fields> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new Fields(source, json, value.get(i), at(name) + "[" + i + "]"));
        }
        return items;
    }

    /** A list that may be left out: empty then. */
    List<Fields> optionalArray(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? List.of() : array(name);
    }

    /** A list of whole numbers, left out meaning none. */
    List<Integer> integers(String name) {
        List<Integer> numbers = new ArrayList<>();
        for (Fields item : optionalArray(name)) {
            if (!item.node.isIntegralNumber() || !item.node.canConvertToInt()) {
                throw error(item.path, item.path + ": expected a whole number");
            }
            numbers.add(item.node.asInt());
        }
        return numbers;
    }

    /** A number that may be left out: null then. */
    Double optionalNumber(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw error(at(name), at(name) + ": expected a number");
        }
        return value.asDouble();
    }

    /** Builds a value, turning a refusal of the method into an error that names where it happened. */
    <T> T get(Supplier<T> build, String what) {
        try {
            return build.get();
        } catch (ImportException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(path.isEmpty() ? what : path, (path.isEmpty() ? what : path + " (" + what + ")") + ": " + e.getMessage());
        }
    }

    private ImportException missing(String name, String expected) {
        return error(at(name), at(name) + ": expected " + expected);
    }

    /** A refusal naming the file, the line the field is on, and (in the message) the field. */
    private ImportException error(String field, String message) {
        return new ImportException(source, JsonLines.of(json, field), null, message);
    }

    private String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
