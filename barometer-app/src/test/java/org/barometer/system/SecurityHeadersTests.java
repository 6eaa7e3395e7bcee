package org.barometer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.barometer.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers every answer carries, and the session cookie's flags over HTTP and over HTTPS behind a proxy. */
@ServerTest
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerTellsBrowsersToSendOtherSitesAtMostTheOrigin() throws Exception {
        for (String path : List.of("/", "/", "/issues", "/login", "/workspace", "/api/v1/issues", "/feed.atom", "/data",
                "/no/such/page", "/issues/999.pdf", "/?lang=ru")) {
            HttpResponse<String> answer = fetch(path);

            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path + " (" + answer.statusCode() + ")")
                    .hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void theSessionCookieIsSecureWhenTheSiteIsServedOverHttpsBehindAProxy() throws Exception {
        HttpResponse<String> overHttps = fetch("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        HttpResponse<String> overHttp = fetch("/login");

        assertThat(overHttps.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(overHttp.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).doesNotContain("Secure").contains("HttpOnly"));
    }
}
