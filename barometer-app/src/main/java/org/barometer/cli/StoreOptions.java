package org.barometer.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
        if (dbUrl != null && !dbUrl.isBlank()) {
            properties.put("spring.datasource.url", dbUrl);
            properties.put("spring.datasource.username", dbUser == null ? "" : dbUser);
            properties.put("spring.datasource.password", dbPassword == null ? "" : dbPassword);
        } else {
            properties.put("spring.datasource.url", h2Url(data));
        }
        return properties;
    }

    /**
     * The embedded store; AUTO_SERVER lets a command work on the store while `serve` has it open. WRITE_DELAY=0: each
     * commit is written to the file before it is acknowledged (H2's default keeps it in memory for half a second).
     */
    static String h2Url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve("barometer") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }
}
