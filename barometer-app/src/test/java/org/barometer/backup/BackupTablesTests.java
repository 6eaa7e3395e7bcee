package org.barometer.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.barometer.TestDatabase;
import org.barometer.backup.Tables.Type;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A backup carries every table and column the migrations create: a new one fails here until the backup names it. */
class BackupTablesTests {

    private static final Map<String, Type> TYPES = Map.of("bigint", Type.INTEGER, "integer", Type.INTEGER,
            "character varying", Type.TEXT, "date", Type.DATE, "timestamp with time zone", Type.INSTANT, "boolean", Type.BOOLEAN);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theBackupCarriesEveryColumnOfEveryTableTheMigrationsCreate(TestDatabase database) {
        List<String> inTheStore = TestDatabase.jdbc(database.fresh()).sql("""
                        select lower(table_name), lower(column_name), lower(data_type) from information_schema.columns
                        where table_schema = current_schema and lower(table_name) <> 'flyway_schema_history'""")
                .query((rs, n) -> rs.getString(1) + "." + rs.getString(2) + " " + TYPES.getOrDefault(rs.getString(3), null))
                .list();
        List<String> inTheBackup = Tables.ALL.stream()
                .flatMap(table -> table.columns().stream().map(column -> table.name() + "." + column.name() + " " + column.type()))
                .toList();

        assertThat(inTheBackup).containsExactlyInAnyOrderElementsOf(inTheStore);
    }
}
