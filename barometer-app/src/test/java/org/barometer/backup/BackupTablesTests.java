package org.barometer.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.backup.Tables.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A backup carries every table and column the migrations create: a new one fails here until the backup names it. */
class BackupTablesTests {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theBackupCarriesEveryColumnOfEveryTableTheMigrationsCreate(TestDatabase database) {
        List<Table> inTheStore = Stores.on(database.fresh()).get(BackupStore.class).tablesNow();

        assertThat(described(Tables.ALL)).containsExactlyInAnyOrderElementsOf(described(inTheStore));
        assertThat(inTheStore).extracting(Table::name).containsExactlyElementsOf(Tables.ALL.stream().map(Table::name).toList());
    }

    /** Each column with its type, and each table's identity column, as information_schema.columns describes them. */
    private static List<String> described(List<Table> tables) {
        return tables.stream().flatMap(table -> Stream.concat(
                        table.columns().stream().map(column -> table.name() + "." + column.name() + " " + column.type()),
                        Stream.of(table.name() + " identity " + table.identity())))
                .toList();
    }
}
