package org.barometer.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.barometer.BarometerApplication;
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

    Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        if (postgres()) {
            properties.put("spring.datasource.url", dbUrl);
            properties.put("spring.datasource.username", dbUser == null ? "" : dbUser);
            properties.put("spring.datasource.password", dbPassword == null ? "" : dbPassword);
            // a server that does not answer is given up after 2 s, a connection lost without a word after 60 s
            properties.put("spring.datasource.hikari.data-source-properties.connectTimeout", "2");
            properties.put("spring.datasource.hikari.data-source-properties.socketTimeout", "60");
        } else {
            EmbeddedStore store = embedded();
            properties.put("spring.datasource.url", store.url());
            properties.put("spring.datasource.username", EmbeddedStore.USER);
            properties.put("spring.datasource.password", store.prepare());
        }
        return properties;
    }

    /** Starts the application on the store; a store that cannot be opened is a {@link UserError} saying why. */
    ConfigurableApplicationContext open(Map<String, Object> properties, boolean web) {
        try {
            return BarometerApplication.start(properties, web);
        } catch (RuntimeException e) {
            if (!postgres() && sqlErrorCode(e) == EmbeddedStore.IN_USE) {
                throw embedded().inUse();
            }
            throw e;
        } finally {
            if (!postgres()) {
                embedded().restrict(); // the files H2 made on opening
            }
        }
    }

    private boolean postgres() {
        return dbUrl != null && !dbUrl.isBlank();
    }

    private EmbeddedStore embedded() {
        return new EmbeddedStore(data);
    }

    private static int sqlErrorCode(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }
}
