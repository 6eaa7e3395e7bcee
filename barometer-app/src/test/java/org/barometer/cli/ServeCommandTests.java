package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** `barometer serve` on a fresh store: it loads the sample issue and shows its indices at /. */
class ServeCommandTests {

    @TempDir
    Path data;

    @Test
    void servesTheSampleIssueOnAFreshStore() throws Exception {
        int port = freePort();
        ServeCommand serve = new ServeCommand();
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(
                () -> new CommandLine(serve).execute("--port", Integer.toString(port), "--data", data.toString()));
        try {
            HttpResponse<String> home = getWhenUp("http://127.0.0.1:" + port + "/");

            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body())
                    .contains("Issue No. 17")
                    .contains("<span class=\"level\">Yellow</span>");
            assertThat(org.jsoup.Jsoup.parse(home.body()).select("#figures-of-record tbody tr").eachText()).contains("Russia aggregate +21 +23");
            assertThat(org.jsoup.Jsoup.parse(home.body()).select("#indices tbody tr").eachText())
                    .contains("Russia 24 +21* +25* -4 —", "the U.S. 23 -17 +5 -22 —");

            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                    assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Strict"));
            assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").contains("object-src 'none'"));
        } finally {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (serve.context == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(100); // the page is served before start-up tasks (sample, demo accounts) have finished
            }
            serve.context.close();
        }
        assertThat(running.get(30, TimeUnit.SECONDS)).isZero();
    }

    private static HttpResponse<String> getWhenUp(String url) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
