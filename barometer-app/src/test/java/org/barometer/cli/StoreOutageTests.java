package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL goes away under a running `serve` and comes back: meanwhile readers get the pages already kept, what needs
 * the store is answered 503 with Retry-After within seconds (never 500, never a 30 s wait) in the visitor's language,
 * the health endpoint says DOWN; when the database is back, service resumes by itself, with no restart.
 */
class StoreOutageTests {

    private static final Pattern DEMO = Pattern.compile("demo account: (\\w+) (\\S+) (\\S+)");

    @TempDir
    Path folder;

    @Test
    void aLostDatabaseIsAnswered503AndServiceResumesWhenItReturns() throws Exception {
        Path pgData = folder.resolve("pg");
        int pgPort = ServeProcess.freePort();
        EmbeddedPostgres postgres = postgres(pgData, pgPort);
        int port = ServeProcess.freePort();
        int management = ServeProcess.freePort();
        String health = "http://127.0.0.1:" + management + "/actuator/health";
        try (ServeProcess serve = ServeProcess.start(folder, "serve", port, "serve", "--port", Integer.toString(port),
                "--management-port", Integer.toString(management), "--db-url", "jdbc:postgresql://localhost:" + pgPort + "/postgres", "--db-user", "postgres").awaitServing()) {
            Map<String, String> passwords = new HashMap<>();
            Matcher demo = DEMO.matcher(serve.stdout());
            while (demo.find()) {
                passwords.put(demo.group(2), demo.group(3));
            }
            WebSession editor = WebSession.signIn(serve.base(), "editor", passwords.get("editor"));
            assertThat(editor.get("/workspace/issues/17").statusCode()).isEqualTo(200);
            HttpClient reader = HttpClient.newHttpClient();
            assertThat(get(reader, serve.base() + "/").statusCode()).isEqualTo(200);
            assertThat(get(reader, serve.base() + "/api/v1/issues").statusCode()).isEqualTo(200);
            assertThat(get(reader, health).body()).contains("\"status\":\"UP\"");

            postgres.close();
            Thread.sleep(1500); // longer than barometer.published.recheck: the published issues are asked for again

            Instant asked = Instant.now();
            HttpResponse<String> home = get(reader, serve.base() + "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Issue No. 17");
            assertThat(home.headers().firstValue("X-Cache")).as("the kept answer").hasValue("HIT");
            assertThat(get(reader, serve.base() + "/api/v1/issues").statusCode()).isEqualTo(200);
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(5));

            asked = Instant.now();
            HttpResponse<String> workspace = editor.get("/workspace/issues/17");
            Duration waited = Duration.between(asked, Instant.now());
            assertThat(workspace.statusCode()).isEqualTo(503);
            assertThat(waited).isLessThan(Duration.ofSeconds(4));
            assertThat(workspace.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(workspace.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
            assertThat(workspace.body()).contains("<h1>Temporarily unavailable</h1>").doesNotContain("Exception");
            assertThat(editor.get("/workspace/issues/17?lang=ru").body()).contains("<h1>Временно недоступно</h1>");

            HttpResponse<String> signIn = WebSession.tryToSignIn(serve.base(), "editor", passwords.get("editor"));
            assertThat(signIn.statusCode()).as("a sign-in while the store is out of reach").isIn(302, 503);
            assertThat(signIn.headers().firstValue("Location").orElse("/login?error")).endsWith("/login?error");

            HttpResponse<String> down = get(reader, health);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).containsPattern("\"db\":\\{(\"details\":\\{[^}]*\\},)?\"status\":\"DOWN\"");

            postgres = postgres(pgData, pgPort);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            int status;
            do {
                Thread.sleep(250);
                status = editor.get("/workspace/issues/17").statusCode();
            } while (status != 200 && Instant.now().isBefore(deadline));
            assertThat(status).as("the workspace after the database came back").isEqualTo(200);
            assertThat(get(reader, health).statusCode()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }
}
