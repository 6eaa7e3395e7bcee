package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * `serve --management-port N`: liveness, readiness (store reachable, migrations applied) and Prometheus metrics on a
 * port of their own on 127.0.0.1, never on the site's port; without the option no such port is opened.
 */
class ManagementPortTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @TempDir
    Path data;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void healthAndMetricsOnTheManagementPortOnly() throws Exception {
        int port = freePort();
        int management = freePort();
        ServeCommand serve = start("--port", Integer.toString(port), "--management-port", Integer.toString(management),
                "--data", data.toString());
        try {
            String site = "http://127.0.0.1:" + port;
            String ops = "http://127.0.0.1:" + management;
            get(site + "/", 200);
            get(site + "/", 200); // the second reader gets the kept answer
            get(site + "/issues/17.pdf", 200);
            signInWrongly(site);

            assertThat(get(ops + "/actuator/health/liveness", 200)).contains("\"status\":\"UP\"");
            String readiness = get(ops + "/actuator/health/readiness", 200);
            assertThat(readiness).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"migrations\"")
                    .containsPattern("\"schema\":\"\\d+\"").contains("\"pending\":[]");
            String metrics = get(ops + "/actuator/prometheus", 200);
            assertThat(metrics)
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*kept=\"HIT\"[^}]*uri=\"/\"")
                    .containsPattern("barometer_report_render_seconds_count\\{[^}]*format=\"pdf\"[^}]*language=\"en\"[^}]*\\} 1(\\.0)?\\n")
                    .containsPattern("barometer_sign_in_failures_total\\{[^}]*reason=\"BadCredentialsException\"[^}]*\\} 1(\\.0)?\\n")
                    .contains("hikaricp_connections_active");

            assertThat(status(site + "/actuator/health")).isEqualTo(404);
            assertThat(status(site + "/actuator/prometheus")).isEqualTo(404);
        } finally {
            stop(serve);
        }
    }

    @Test
    void noManagementPortUnlessAskedFor() throws Exception {
        int port = freePort();
        ServeCommand serve = start("--port", Integer.toString(port), "--data", data.toString(), "--no-demo-accounts");
        try {
            get("http://127.0.0.1:" + port + "/", 200);
            assertThat(status("http://127.0.0.1:" + port + "/actuator/health")).isEqualTo(404);
            assertThat(serve.context.getEnvironment().getProperty("management.server.port")).isEqualTo("-1");
        } finally {
            stop(serve);
        }
    }

    @Test
    void theManagementPortListensOnLoopbackOnly() throws Exception {
        int port = freePort();
        int management = freePort();
        ServeCommand serve = start("--port", Integer.toString(port), "--management-port", Integer.toString(management),
                "--data", data.toString(), "--no-demo-accounts", "--no-sample");
        try {
            get("http://127.0.0.1:" + management + "/actuator/health/liveness", 200);
            String elsewhere = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(network -> java.util.Collections.list(network.getInetAddresses()).stream())
                    .filter(address -> address instanceof java.net.Inet4Address && !address.isLoopbackAddress())
                    .map(java.net.InetAddress::getHostAddress).findFirst().orElse(null);
            if (elsewhere == null) {
                System.out.println("no address but loopback on this machine: nothing else to try");
                return;
            }
            assertThatThrownBy(() -> new java.net.Socket(elsewhere, management).close()).isInstanceOf(ConnectException.class);
        } finally {
            stop(serve);
        }
    }

    private void signInWrongly(String site) throws Exception {
        Matcher token = CSRF.matcher(get(site + "/login", 200));
        assertThat(token.find()).isTrue();
        String form = "username=editor&password=wrong-password&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(site + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("error"));
    }

    private static ServeCommand start(String... args) throws Exception {
        ServeCommand serve = new ServeCommand();
        CompletableFuture.supplyAsync(() -> new CommandLine(serve).execute(args));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (serve.context == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(serve.context).as("serve started").isNotNull();
        return serve;
    }

    private static void stop(ServeCommand serve) {
        if (serve.context != null) {
            serve.context.close();
        }
    }

    private String get(String url, int expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(url).isEqualTo(expected);
                return response.body();
            } catch (ConnectException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private int status(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
