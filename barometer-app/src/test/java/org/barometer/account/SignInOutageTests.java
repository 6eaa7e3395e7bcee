package org.barometer.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;

import org.barometer.Node;
import org.barometer.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A sign-in while PostgreSQL cannot be reached is told so, and is counted as nothing. */
class SignInOutageTests {

    static final String PASSWORD = "correct horse battery";

    @Test
    void aSignInDuringAnOutageSaysTheServiceIsUnavailableAndCountsNothing() throws Exception {
        String database = TestDatabase.newDatabase();
        try (Node node = Node.on(database, Map.of())) {
            node.get(Accounts.class).add("editor", PASSWORD, Role.EDITOR, Set.of(), false);
            Node.Visitor visitor = new Node.Visitor();
            String token = visitor.token(node, "/login");

            cutOff(database, true);
            HttpResponse<String> during;
            HttpResponse<String> newcomer;
            try {
                during = visitor.post(node, "/login", token, Map.of("username", "editor", "password", "a wrong guess"));
                newcomer = new Node.Visitor().get(node, "/login");
            } finally {
                cutOff(database, false);
            }

            // a newcomer's sign-in page needs a session for its form's token, and sessions are in the store
            assertThat(newcomer.statusCode()).isEqualTo(503);
            assertThat(newcomer.body()).contains("<h1>Temporarily unavailable</h1>");

            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.headers().firstValue("Retry-After")).isPresent();
            assertThat(during.body()).contains("<h1>Temporarily unavailable</h1>").doesNotContain("Wrong username or password");
            // the pool may still hold connections the cut ended; a reader after an outage would get one 503 for it
            node.get(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            assertThat(afterTheOutage(node.get(JdbcClient.class))).isZero();

            HttpResponse<String> after = visitor.signIn(node, "editor", PASSWORD);
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/workspace"));
        }
    }

    /** The sign-in attempts counted, asked as soon as the store takes connections again (a busy machine takes a while). */
    private static int afterTheOutage(JdbcClient jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return jdbc.sql("select count(*) from sign_in_attempt").query(Integer.class).single();
            } catch (org.springframework.jdbc.CannotGetJdbcConnectionException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    /** Stops (or allows again) every connection to a database, as when its server is down. */
    static void cutOff(String database, boolean cut) throws SQLException {
        try (Connection admin = DriverManager.getConnection(TestDatabase.POSTGRESQL.jdbcUrl("postgres"), "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("alter database " + database + " allow_connections " + !cut);
            if (cut) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
            }
        }
    }
}
