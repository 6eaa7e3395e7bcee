package org.barometer.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.barometer.backup.Tables.Table;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;

/** Whole-store backups: every table in one consistent snapshot, and a restore of one into a store, all or nothing. */
@Service
public class Backups {

    private final BackupStore store;

    Backups(BackupStore store) {
        this.store = store;
    }

    /** The backup file of the whole store as it is at one moment. */
    public byte[] write() {
        return BackupFile.write(store.content());
    }

    /** The schema version a backup file was made of (the newest migration of the store it was made of), once the file is whole. */
    public static String schemaOf(byte[] file, String source) {
        return schema(BackupFile.content(file, source), source);
    }

    private static String schema(JsonNode content, String source) {
        JsonNode schema = BackupFile.field(content, "content", "schema", source);
        if (!schema.isString() || !schema.asString().matches("\\d+(\\.\\d+)*")) {
            throw new BackupException(source, "content.schema", schema + " is not a schema version such as \"5\"");
        }
        return schema.asString();
    }

    /**
     * Restores a backup file into this store, which must be empty unless {@code replaceAll}; the rows restored per table.
     * A refusal (a damaged file, another schema, a record the store refuses) names the file and the field or record,
     * and leaves the store as it was.
     */
    public Map<String, Integer> restore(byte[] file, String source, boolean replaceAll) {
        JsonNode content = BackupFile.content(file, source);
        String schema = schema(content, source);
        String ours = store.schemaVersion();
        if (!schema.equals(ours)) {
            throw new BackupException(source, "content.schema", MigrationVersion.fromVersion(schema).isNewerThan(ours)
                    ? "the backup was made of schema version " + schema + ", newer than this Barometer's (" + ours + "): restore it with the release that made it"
                    : "the backup was made of schema version " + schema + " and this store is at version " + ours
                      + " already: restore it into a new, empty store (another --data folder or database), which is upgraded once the rows are in");
        }
        JsonNode tables = BackupFile.field(content, "content", "tables", source);
        List<Table> inStore = store.tablesNow();
        List<String> known = inStore.stream().map(Table::name).toList();
        for (String name : tables.propertyNames()) {
            if (!known.contains(name)) {
                throw new BackupException(source, "content.tables." + name, "not a table of this store");
            }
        }
        Map<String, Integer> restored = new LinkedHashMap<>();
        store.restore(inStore, replaceAll, () -> {
            Map<String, Long> present = store.rowCounts();
            if (!present.isEmpty()) {
                throw new BackupException(source, "", "the store is not empty (it has " + present.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey() + " rows").collect(Collectors.joining(", "))
                        + "); restore into an empty store, or give --replace-all to replace everything in it");
            }
            for (Table table : inStore) {
                JsonNode rows = BackupFile.field(tables, "content.tables", table.name(), source);
                if (!rows.isArray()) {
                    throw new BackupException(source, "content.tables." + table.name(), "expected an array of rows");
                }
                List<List<SqlParameterValue>> records = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    records.add(BackupFile.record(table, i, rows.get(i), source));
                }
                for (int i = 0; i < records.size(); i++) {
                    try {
                        store.insert(table, records.get(i));
                    } catch (DataAccessException refused) {
                        throw new BackupException(source, "content.tables." + table.name() + "[" + i + "]",
                                "the store refuses this row: " + refused.getMostSpecificCause().getMessage());
                    }
                }
                restored.put(table.name(), rows.size());
            }
        });
        return restored;
    }
}
