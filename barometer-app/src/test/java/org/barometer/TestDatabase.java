package org.barometer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The two stores every storage test runs on: embedded H2 (the default) and a real PostgreSQL started in-process.
 * Each call to {@link #fresh()} gives a new, empty database with the application's migrations applied.
 */
public enum TestDatabase {
    H2 {
        @Override
        public DataSource create() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:test" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            return dataSource;
        }

        @Override
        public String jdbcUrl(String database) {
            throw new UnsupportedOperationException("H2 tests use --data folders");
        }
    },
    POSTGRESQL {
        @Override
        public DataSource create() {
            String name = newDatabase();
            return Postgres.INSTANCE.getDatabase("postgres", name);
        }

        @Override
        public String jdbcUrl(String database) {
            return Postgres.INSTANCE.getJdbcUrl("postgres", database);
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A new empty database, not yet migrated. */
    public abstract DataSource create();

    /** The JDBC URL of a database (PostgreSQL only), for commands given --db-url. */
    public abstract String jdbcUrl(String database);

    /** A new empty database with the migrations applied. */
    public DataSource fresh() {
        DataSource dataSource = create();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    /** A new, empty PostgreSQL database; its name. */
    public static String newDatabase() {
        String name = "barometer_test_" + COUNTER.incrementAndGet();
        try (Connection connection = Postgres.INSTANCE.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    public static JdbcClient jdbc(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    public static TransactionTemplate transactions(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** One PostgreSQL server for the whole test run, started on first use and stopped when the JVM exits. */
    private static final class Postgres {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is going away; the server's folder is temporary
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
        }
    }
}
