package org.barometer.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.barometer.backup.Tables.Table;
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

    /**
     * Restores a backup file into this store, which must be empty unless {@code replaceAll}; the rows restored per table.
     * A refusal (a damaged file, another schema, a record the store refuses) names the file and the field or record,
     * and leaves the store as it was.
     */
    public Map<String, Integer> restore(byte[] file, String source, boolean replaceAll) {
        JsonNode content = BackupFile.content(file, source);
        JsonNode schema = BackupFile.field(content, "content", "schema", source);
        String ours = store.schemaVersion();
        if (!schema.isString() || !schema.asString().equals(ours)) {
            throw new BackupException(source, "content.schema", "the backup was made of schema version " + schema
                    + ", this store is at version " + ours + "; restore it with the Barometer release that made it, then upgrade");
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
