package org.barometer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The two stores every storage test runs on: embedded H2 (the default) and a real PostgreSQL started in-process.
 * Each call to {@link #fresh()} gives a new, empty database with the application's migrations applied: the
 * migrations run once per engine and test run, and every fresh database is a copy of the one they made.
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
        public DataSource fresh() {
            DataSource dataSource = create();
            execute(dataSource, "runscript from '" + MigratedH2.SCRIPT + "'");
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
            return Postgres.pooled(newDatabase());
        }

        @Override
        public DataSource fresh() {
            return Postgres.pooled(createDatabase("template " + Postgres.MIGRATED));
        }

        @Override
        public String jdbcUrl(String database) {
            return Postgres.INSTANCE.getJdbcUrl("postgres", database);
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A new empty database, not yet migrated. */
    public abstract DataSource create();

    /** A new database with the migrations applied and no rows but Flyway's. */
    public abstract DataSource fresh();

    /** The JDBC URL of a database (PostgreSQL only), for commands given --db-url. */
    public abstract String jdbcUrl(String database);

    /** A new, empty PostgreSQL database; its name. */
    public static String newDatabase() {
        return createDatabase("");
    }

    public static JdbcClient jdbc(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    public static TransactionTemplate transactions(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private static String createDatabase(String options) {
        String name = "barometer_test_" + COUNTER.incrementAndGet();
        execute(Postgres.INSTANCE.getPostgresDatabase(), "create database " + name + " " + options);
        return name;
    }

    private static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An H2 database as the migrations leave it, written out as the SQL that makes it again (H2's SCRIPT). */
    private static final class MigratedH2 {
        static final Path SCRIPT = script();

        private static Path script() {
            try {
                Path file = Files.createTempFile("barometer-migrated-", ".sql");
                file.toFile().deleteOnExit();
                execute(migrated(H2.create()), "script to '" + file + "'");
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One PostgreSQL server for the whole test run, started on first use and stopped when the JVM exits. */
    private static final class Postgres {
        static final EmbeddedPostgres INSTANCE = start();
        /** The database the migrations ran on, which PostgreSQL copies for each fresh one (create database ... template). */
        static final String MIGRATED = migratedTemplate();

        /** Closes connections a test has left idle, for every pool at once (Hikari would start a thread per pool). */
        private static final ScheduledExecutorService HOUSEKEEPING = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "test-database-pools");
            thread.setDaemon(true);
            return thread;
        });

        /**
         * A database's connections, kept open between statements: PostgreSQL starts a process for each new connection
         * (18 ms here), and a store not in a transaction asks for one per statement. A few, for tests that race two
         * transactions; closed when idle, since a test's database is never used after it.
         */
        static DataSource pooled(String database) {
            HikariConfig pool = new HikariConfig();
            pool.setDataSource(INSTANCE.getDatabase("postgres", database));
            pool.setPoolName(database);
            pool.setMaximumPoolSize(4);
            pool.setMinimumIdle(0);
            pool.setIdleTimeout(Duration.ofSeconds(10).toMillis());
            pool.setScheduledExecutor(HOUSEKEEPING);
            return new HikariDataSource(pool);
        }

        private static String migratedTemplate() {
            String name = newDatabase();
            // unpooled: a template that still has a connection open cannot be copied
            migrated(INSTANCE.getDatabase("postgres", name));
            return name;
        }

        private static EmbeddedPostgres start() {
            try {
                // a server that lives for one test run gains nothing from surviving a crash; each flush to disk costs time
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
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
