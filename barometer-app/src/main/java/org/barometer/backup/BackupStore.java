package org.barometer.backup;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.barometer.backup.Tables.Column;
import org.barometer.backup.Tables.Table;
import org.barometer.json.Json;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads every table in one snapshot, and writes a backup's rows back, all in one transaction. */
@Repository
class BackupStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate writing;

    BackupStore(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        // every table as of one moment, whatever is written meanwhile: PostgreSQL's REPEATABLE READ is one snapshot (and,
        // unlike its SERIALIZABLE, never aborts); H2's takes each table's snapshot when it is first read, its SERIALIZABLE one for all
        snapshot.setIsolationLevel(isH2(dataSource) ? TransactionDefinition.ISOLATION_SERIALIZABLE : TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    private static boolean isH2(DataSource dataSource) {
        try {
            return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("could not tell which database the store is", e);
        }
    }

    /** The backup's content: the schema version and every row of every table. */
    ObjectNode content() {
        return snapshot.execute(status -> {
            ObjectNode content = Json.object();
            content.put("schema", schemaVersion());
            ObjectNode tables = content.putObject("tables");
            for (Table table : Tables.ALL) {
                ArrayNode rows = tables.putArray(table.name());
                jdbc.sql("select " + String.join(", ", table.columnNames()) + " from " + table.name() + " order by " + table.orderBy())
                        .query((RowCallbackHandler) rs -> {
                            rows.add(row(table, rs));
                        });
            }
            return content;
        });
    }

    /** The version of the newest migration applied, as Flyway records it. */
    String schemaVersion() {
        return jdbc.sql("""
                        select "version" from "flyway_schema_history" where "success" = true and "version" is not null
                        order by "installed_rank" desc""")
                .query(String.class).list().get(0);
    }

    /**
     * The tables of the store as its schema has them now (an earlier schema's, while a backup made of it is restored),
     * in the order rows go in: as {@link Tables#ALL} has them, a table only an earlier schema had after those.
     */
    List<Table> tablesNow() {
        record Found(String table, int position, String column, String type, boolean identity) {
        }
        List<Found> columns = jdbc.sql("""
                        select lower(table_name) as table_name, lower(column_name) as column_name, data_type, is_identity
                        from information_schema.columns
                        where table_schema = current_schema and lower(table_name) <> 'flyway_schema_history'
                        order by lower(table_name), ordinal_position""")
                .query((rs, n) -> new Found(rs.getString("table_name"), n, rs.getString("column_name"), rs.getString("data_type"),
                        "YES".equalsIgnoreCase(rs.getString("is_identity"))))
                .list();
        Map<String, List<Found>> byTable = columns.stream().filter(found -> !Tables.TRANSIENT.contains(found.table())).collect(Collectors.groupingBy(Found::table, TreeMap::new, Collectors.toList()));
        return byTable.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Found>> table) -> Tables.position(table.getKey())).thenComparing(Map.Entry::getKey))
                .map(table -> new Table(table.getKey(),
                        table.getValue().stream().map(found -> new Column(found.column(), Tables.Type.ofSql(found.type()))).toList(), null,
                        table.getValue().stream().filter(Found::identity).map(Found::column).findFirst().orElse(null)))
                .toList();
    }

    /** The tables of {@link Tables#TRANSIENT} the store has now (an earlier schema may lack them), in that order. */
    private List<String> transientTables() {
        List<String> present = jdbc.sql("select lower(table_name) from information_schema.tables where table_schema = current_schema")
                .query(String.class).list();
        return Tables.TRANSIENT.stream().filter(present::contains).toList();
    }

    /** How many rows each table has that has any. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table table : tablesNow()) {
            long count = jdbc.sql("select count(*) from " + table.name()).query(Long.class).single();
            if (count > 0) {
                counts.put(table.name(), count);
            }
        }
        return counts;
    }

    /**
     * Runs a restore in one transaction: {@code work} writes the rows (through {@link #insert}); nothing stays if it
     * throws. The identity counters are set past the restored ids last (H2 commits at that statement).
     */
    void restore(List<Table> tables, boolean replaceAll, Runnable work) {
        writing.executeWithoutResult(status -> {
            if (replaceAll) {
                transientTables().forEach(table -> jdbc.sql("delete from " + table).update());
                Tables.childrenFirst(tables).forEach(table -> jdbc.sql("delete from " + table.name()).update());
            }
            work.run();
            for (Table table : tables) {
                if (table.identity() != null) {
                    long next = jdbc.sql("select coalesce(max(" + table.identity() + "), 0) + 1 from " + table.name()).query(Long.class).single();
                    jdbc.sql("alter table " + table.name() + " alter column " + table.identity() + " restart with " + next).update();
                }
            }
        });
    }

    void insert(Table table, List<SqlParameterValue> values) {
        String marks = String.join(", ", table.columns().stream().map(column -> "?").toList());
        jdbc.sql("insert into " + table.name() + " (" + String.join(", ", table.columnNames()) + ") values (" + marks + ")")
                .params(List.copyOf(values)).update();
    }

    private static ObjectNode row(Table table, ResultSet rs) throws SQLException {
        ObjectNode row = Json.object();
        for (Column column : table.columns()) {
            String name = column.name();
            switch (column.type()) {
                case INTEGER -> {
                    long value = rs.getLong(name);
                    if (rs.wasNull()) {
                        row.putNull(name);
                    } else {
                        row.put(name, value);
                    }
                }
                case TEXT -> row.put(name, rs.getString(name));
                case DATE -> {
                    LocalDate value = rs.getObject(name, LocalDate.class);
                    row.put(name, value == null ? null : value.toString());
                }
                case INSTANT -> {
                    OffsetDateTime value = rs.getObject(name, OffsetDateTime.class);
                    row.put(name, value == null ? null : value.toInstant().toString());
                }
                case BOOLEAN -> {
                    boolean value = rs.getBoolean(name);
                    if (rs.wasNull()) {
                        row.putNull(name);
                    } else {
                        row.put(name, value);
                    }
                }
            }
        }
        return row;
    }
}
