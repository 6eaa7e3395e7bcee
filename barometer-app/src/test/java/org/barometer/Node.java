package org.barometer;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One server of the application, as `barometer serve --db-url` runs it, on a free port and a PostgreSQL database of
 * the test run: several on one database are several nodes behind a load balancer.
 */
public final class Node implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;
    private final int port;

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A node on a PostgreSQL database of the test run (its name), with more settings if given. */
    public static Node on(String database, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", TestDatabase.POSTGRESQL.jdbcUrl(database));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.hikari.connection-timeout", "1000");
        properties.put("server.port", "0");
        properties.putAll(settings);
        return new Node(BarometerApplication.start(properties, true));
    }

    public <T> T get(Class<T> type) {
        return context.getBean(type);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() {
        context.close();
    }

    /** A browser: it keeps cookies by host, as a browser does, so it carries one session cookie to every node. */
    public static final class Visitor {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        /** The value of a cookie this browser keeps; null if it keeps none of that name. */
        public String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }

        public HttpResponse<String> get(Node node, String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(node.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The CSRF token a page's forms carry. */
        public String token(Node node, String page) throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(get(node, page).body());
            if (!token.find()) {
                throw new IllegalStateException(page + " has no form with a CSRF token");
            }
            return token.group(1);
        }

        /** Posts a form the way the page at formPage sends it: with the CSRF token that page gives. */
        public HttpResponse<String> submit(Node node, String formPage, String path, Map<String, String> fields)
                throws IOException, InterruptedException {
            return post(node, path, token(node, formPage), fields);
        }

        /** Posts a form with a CSRF token taken before. */
        public HttpResponse<String> post(Node node, String path, String token, Map<String, String> fields)
                throws IOException, InterruptedException {
            Map<String, String> form = new HashMap<>(fields);
            form.put("_csrf", token);
            String body = form.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(node.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<String> signIn(Node node, String username, String password) throws IOException, InterruptedException {
            return submit(node, "/login", "/login", Map.of("username", username, "password", password));
        }
    }
}
