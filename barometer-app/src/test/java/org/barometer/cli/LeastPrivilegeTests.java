package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.barometer.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production on PostgreSQL with least privilege, as the README sets it up: one role owns the schema and migrates it
 * (--db-migrate-user), the server runs as a role that may only select, insert, update and delete rows (--db-user).
 */
class LeastPrivilegeTests {

    @TempDir
    Path folder;

    @Test
    void serveRunsAsARoleThatMayOnlyReadAndWriteRows() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        String owner = "barometer_owner_" + suffix;
        String app = "barometer_app_" + suffix;
        String database = "barometer_lp_" + suffix;
        try (Connection admin = DriverManager.getConnection(withoutUser(TestDatabase.POSTGRESQL.jdbcUrl("postgres")), "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("create role " + owner + " login password 'owner-secret'");
            sql.execute("create role " + app + " login password 'app-secret'");
            sql.execute("create database " + database + " owner " + owner);
        }
        String url = withoutUser(TestDatabase.POSTGRESQL.jdbcUrl(database));
        try (Connection admin = DriverManager.getConnection(url, "postgres", ""); Statement sql = admin.createStatement()) {
            sql.execute("alter schema public owner to " + owner);
            sql.execute("revoke create on schema public from public");
        }
        try (Connection asOwner = DriverManager.getConnection(url, owner, "owner-secret"); Statement sql = asOwner.createStatement()) {
            sql.execute("grant usage on schema public to " + app);
            sql.execute("alter default privileges in schema public grant select, insert, update, delete on tables to " + app);
            sql.execute("alter default privileges in schema public grant usage, select on sequences to " + app);
        }

        int port = ServeProcess.freePort();
        try (ServeProcess serve = ServeProcess.start(folder, "first", port, "serve", "--port", Integer.toString(port), "--db-url", url,
                "--db-user", app, "--db-password", "app-secret", "--db-migrate-user", owner, "--db-migrate-password", "owner-secret").awaitServing()) {
            Map<String, String> passwords = Writers.demoAccounts(serve.stdout());
            Writers.openCorrection(serve.base(), passwords);
            Writers writers = Writers.start(serve.base(), passwords, 2);
            writers.awaitAcknowledged(4);
            writers.stop();
            assertThat(writers.answers).containsOnlyKeys("302");
        }

        try (Connection asOwner = DriverManager.getConnection(url, owner, "owner-secret"); Statement sql = asOwner.createStatement();
             ResultSet tables = sql.executeQuery("select count(*), count(*) filter (where tableowner = '" + owner + "'), string_agg(distinct tableowner, ',') from pg_tables where schemaname = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).isGreaterThan(5);
            assertThat(tables.getInt(2)).as("tables owned by the migrating role; owners: " + tables.getString(3)).isEqualTo(tables.getInt(1));
        }
        try (Connection asApp = DriverManager.getConnection(url, app, "app-secret"); Statement sql = asApp.createStatement()) {
            assertThatThrownBy(() -> sql.execute("drop table event")).isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> sql.execute("create table intruder (id int)")).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }

        // once migrated, the row-only role starts the server alone
        int again = ServeProcess.freePort();
        try (ServeProcess serve = ServeProcess.start(folder, "again", again, "serve", "--port", Integer.toString(again), "--db-url", url,
                "--db-user", app, "--db-password", "app-secret").awaitServing()) {
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(serve.base() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Issue No. 17");
        }
    }

    /** The in-process server's URL names its superuser, which would override the user given beside it. */
    private static String withoutUser(String url) {
        return url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    }
}
