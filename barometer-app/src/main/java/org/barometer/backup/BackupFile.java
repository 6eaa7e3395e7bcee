package org.barometer.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.time.ZoneOffset;

import org.barometer.backup.Tables.Column;
import org.barometer.backup.Tables.Table;
import org.barometer.json.Json;
import org.springframework.jdbc.core.SqlParameterValue;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backup file: {@code {"format": "barometer-backup", "version": 1, "sha256": HEX, "content": {"schema": …,
 * "tables": {TABLE: [ROW, …], …}}}}, where the checksum is the SHA-256 of the content written compactly (as the file has it).
 */
final class BackupFile {

    static final String FORMAT = "barometer-backup";
    static final int VERSION = 1;

    private BackupFile() {
    }

    static byte[] write(ObjectNode content) {
        ObjectNode file = Json.object();
        file.put("format", FORMAT);
        file.put("version", VERSION);
        file.put("sha256", sha256(content));
        file.set("content", content);
        byte[] json = Json.bytes(file);
        byte[] withNewline = new byte[json.length + 1];
        System.arraycopy(json, 0, withNewline, 0, json.length);
        withNewline[json.length] = '\n';
        return withNewline;
    }

    /** The content of a backup file, once its format, version and checksum are right; refused otherwise, naming the field. */
    static JsonNode content(byte[] bytes, String source) {
        JsonNode file;
        try {
            file = Json.MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new BackupException(source, at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr(),
                    "not a readable backup (the file is damaged or cut short): " + e.getOriginalMessage());
        }
        if (file == null || !file.isObject()) {
            throw new BackupException(source, "", "not a Barometer backup: expected a JSON object");
        }
        String format = text(file, "format", source);
        if (!format.equals(FORMAT)) {
            throw new BackupException(source, "format", "\"" + format + "\" is not a Barometer backup (expected \"" + FORMAT + "\")");
        }
        JsonNode version = field(file, "version", source);
        if (!version.isIntegralNumber() || version.asLong() != VERSION) {
            throw new BackupException(source, "version", version + " is not a version this Barometer reads (it reads " + VERSION + ")");
        }
        String checksum = text(file, "sha256", source);
        JsonNode content = field(file, "content", source);
        if (!content.isObject()) {
            throw new BackupException(source, "content", "expected an object");
        }
        String computed = sha256(content);
        if (!computed.equals(checksum)) {
            throw new BackupException(source, "sha256", "the content does not match its checksum, so the file is damaged"
                    + " (the file states " + checksum + ", the content gives " + computed + ")");
        }
        return content;
    }

    /**
     * The one check every record of a restore passes: the row of {@code table} at {@code index}, with every column the
     * table has and no other, each value of the column's type; its values in column order, ready to insert.
     */
    static List<SqlParameterValue> record(Table table, int index, JsonNode record, String source) {
        String path = "content.tables." + table.name() + "[" + index + "]";
        if (!record.isObject()) {
            throw new BackupException(source, path, "expected an object, found " + record.getNodeType().name().toLowerCase());
        }
        Set<String> unknown = new HashSet<>(record.propertyNames());
        table.columnNames().forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new BackupException(source, path + "." + unknown.stream().sorted().findFirst().orElseThrow(), "not a column of " + table.name());
        }
        List<SqlParameterValue> values = new ArrayList<>();
        for (Column column : table.columns()) {
            SqlParameterValue value = value(column, record.get(column.name()), path + "." + column.name(), source);
            if (value.getValue() instanceof String text) {
                RestoreRules.problem(table.name(), column.name(), text).ifPresent(problem -> {
                    throw new BackupException(source, path + "." + column.name(), problem);
                });
            }
            values.add(value);
        }
        return values;
    }

    private static SqlParameterValue value(Column column, JsonNode value, String path, String source) {
        if (value == null) {
            throw new BackupException(source, path, "missing");
        }
        int sqlType = switch (column.type()) {
            case INTEGER -> Types.BIGINT;
            case TEXT -> Types.VARCHAR;
            case DATE -> Types.DATE;
            case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
            case BOOLEAN -> Types.BOOLEAN;
        };
        if (value.isNull()) {
            return new SqlParameterValue(sqlType, null);
        }
        try {
            return new SqlParameterValue(sqlType, switch (column.type()) {
                case INTEGER -> {
                    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                        throw new BackupException(source, path, value + " is not a whole number");
                    }
                    yield value.asLong();
                }
                case TEXT -> string(value, path, source);
                case DATE -> LocalDate.parse(string(value, path, source));
                case INSTANT -> Instant.parse(string(value, path, source)).atOffset(ZoneOffset.UTC);
                case BOOLEAN -> {
                    if (!value.isBoolean()) {
                        throw new BackupException(source, path, value + " is not true or false");
                    }
                    yield value.asBoolean();
                }
            });
        } catch (DateTimeParseException e) {
            throw new BackupException(source, path, value + " is not a " + (column.type() == Tables.Type.DATE ? "date (YYYY-MM-DD)" : "UTC time (ISO-8601)"));
        }
    }

    private static String string(JsonNode value, String path, String source) {
        if (!value.isString()) {
            throw new BackupException(source, path, value + " is not a string");
        }
        return value.asString();
    }

    static JsonNode field(JsonNode object, String name, String source) {
        return field(object, "", name, source);
    }

    /** The field {@code name} of the object at {@code parent} (a JSON path such as content.tables), which must be there. */
    static JsonNode field(JsonNode object, String parent, String name, String source) {
        JsonNode value = object.get(name);
        if (value == null) {
            throw new BackupException(source, parent.isEmpty() ? name : parent + "." + name, "missing");
        }
        return value;
    }

    private static String text(JsonNode object, String name, String source) {
        JsonNode value = field(object, name, source);
        if (!value.isString()) {
            throw new BackupException(source, name, value + " is not a string");
        }
        return value.asString();
    }

    private static String sha256(JsonNode content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Json.bytes(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
