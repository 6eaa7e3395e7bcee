package org.barometer.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A member of the team signed in over real HTTP: a cookie jar, and forms posted with the page's CSRF token. */
record WebSession(String base, HttpClient client) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    static WebSession signIn(String base, String username, String password) throws IOException, InterruptedException {
        WebSession session = new WebSession(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build());
        HttpResponse<String> signed = session.signingIn(username, password);
        if (signed.statusCode() != 302 || signed.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + signed.statusCode());
        }
        return session;
    }

    /** The answer to a sign-in, whatever it is. */
    static HttpResponse<String> tryToSignIn(String base, String username, String password) throws IOException, InterruptedException {
        return new WebSession(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build()).signingIn(username, password);
    }

    private HttpResponse<String> signingIn(String username, String password) throws IOException, InterruptedException {
        return post("/login", Map.of("username", username, "password", password), get("/login").body());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String pageWithToken) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(form);
        Matcher token = CSRF.matcher(pageWithToken);
        if (token.find()) {
            fields.put("_csrf", token.group(1));
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
