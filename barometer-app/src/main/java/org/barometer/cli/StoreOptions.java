package org.barometer.cli;

import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;

import org.barometer.BarometerApplication;
import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Option;

/** Where the data lives: the embedded H2 store under a folder, or PostgreSQL by URL. */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:BAROMETER_DATA:-data}",
            description = "Folder of the embedded store (default: ${DEFAULT-VALUE}; env BAROMETER_DATA).")
    Path data;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:BAROMETER_DB_URL}",
            description = "PostgreSQL instead of the embedded store, e.g. jdbc:postgresql://localhost:5432/barometer (env BAROMETER_DB_URL).")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:BAROMETER_DB_USER}",
            description = "Database user (env BAROMETER_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:BAROMETER_DB_PASSWORD}",
            description = "Database password (env BAROMETER_DB_PASSWORD; prefer the variable to the option).")
    String dbPassword;

    @Option(names = "--db-migrate-user", paramLabel = "USER", defaultValue = "${env:BAROMETER_DB_MIGRATE_USER}",
            description = "PostgreSQL: the role that owns the schema and migrates it, when --db-user may only read and write rows (env BAROMETER_DB_MIGRATE_USER).")
    String dbMigrateUser;

    @Option(names = "--db-migrate-password", paramLabel = "PASSWORD", defaultValue = "${env:BAROMETER_DB_MIGRATE_PASSWORD}",
            description = "Password of the migrating role (env BAROMETER_DB_MIGRATE_PASSWORD; prefer the variable to the option).")
    String dbMigratePassword;

    Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        if (postgres()) {
            properties.put("spring.datasource.url", dbUrl);
            properties.put("spring.datasource.username", dbUser == null ? "" : dbUser);
            properties.put("spring.datasource.password", dbPassword == null ? "" : dbPassword);
            if (dbMigrateUser != null && !dbMigrateUser.isBlank()) {
                properties.put("spring.flyway.user", dbMigrateUser);
                properties.put("spring.flyway.password", dbMigratePassword == null ? "" : dbMigratePassword);
            }
            // a server that does not answer is given up after 2 s, a connection lost without a word after 60 s
            properties.put("spring.datasource.hikari.data-source-properties.connectTimeout", "2");
            properties.put("spring.datasource.hikari.data-source-properties.socketTimeout", "60");
        } else {
            EmbeddedStore store = embedded();
            properties.put("spring.datasource.url", store.url());
            properties.put("spring.datasource.username", EmbeddedStore.USER);
            properties.put("spring.datasource.password", store.prepare());
            properties.put("management.health.diskspace.path", store.folder().toString()); // /actuator/health: the store's disk
        }
        return properties;
    }

    /** Loggers that would bury a failed start under pages of stack traces; quiet while starting unless --verbose. */
    private static final List<String> QUIET_WHILE_STARTING = List.of("org.springframework.boot", "org.springframework.context",
            "org.springframework.web", "com.zaxxer.hikari", "org.apache.catalina", "org.apache.coyote", "org.apache.tomcat", "org.flywaydb");

    /**
     * Starts the application on the store. A store that cannot be opened, or a port in use, is a {@link UserError}
     * saying why in one line; unless verbose, the start logs no stack trace.
     */
    ConfigurableApplicationContext open(Map<String, Object> properties, boolean web, boolean verbose) {
        if (!verbose) {
            QUIET_WHILE_STARTING.forEach(name -> properties.putIfAbsent("logging.level." + name, "OFF"));
        }
        try {
            ConfigurableApplicationContext context = BarometerApplication.start(properties, web);
            if (!verbose) {
                LoggingSystem logging = LoggingSystem.get(StoreOptions.class.getClassLoader());
                QUIET_WHILE_STARTING.forEach(name -> logging.setLogLevel(name, null));
            }
            return context;
        } catch (RuntimeException e) {
            throw whyNot(e);
        } finally {
            if (!postgres()) {
                embedded().restrict(); // the files H2 made on opening
            }
        }
    }

    private RuntimeException whyNot(RuntimeException e) {
        Throwable root = e;
        boolean store = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortInUseException port) {
                return new UserError("port " + port.getPort() + " is in use by another program; choose another with --port");
            }
            store |= cause instanceof SQLException || cause instanceof FlywayException;
            root = cause;
        }
        if (!postgres() && EmbeddedStore.inUse(e)) {
            return embedded().inUse();
        }
        if (!store) {
            return e;
        }
        String reason = root instanceof UnknownHostException ? "unknown host " + root.getMessage()
                : String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
        reason = reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        return new UserError("cannot open the store " + (postgres() ? "at " + dbUrl : "in " + embedded().folder()) + ": " + reason);
    }

    private boolean postgres() {
        return dbUrl != null && !dbUrl.isBlank();
    }

    private EmbeddedStore embedded() {
        return new EmbeddedStore(data);
    }
}
