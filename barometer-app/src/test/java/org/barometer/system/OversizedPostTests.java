package org.barometer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.ServerTest;
import org.barometer.account.Accounts;
import org.barometer.account.Role;
import org.barometer.catalogue.Issues;
import org.barometer.issue.IssueStore;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A form post over the server's 2 MB limit, as a browser without JavaScript sends a huge paste, by a signed-in analyst
 * with a valid CSRF token: a 413 page in the site's frame and the reader's language that names the limit; nothing is
 * stored. A multipart post over the limit is answered the same.
 */
@ServerTest
class OversizedPostTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "a-long-test-password";
    private static final String CATALOGUE = "/workspace/issues/85/catalogue/russia";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void anAnalystSignedInOnADraft(@Autowired IssueStore issues, @Autowired Accounts accounts) throws Exception {
        issues.insert(Issues.issue(85, IssueStatus.DRAFT), List.of());
        accounts.add("analyst-big", PASSWORD, Role.ANALYST, Set.of("russia"), false);
        HttpResponse<String> signedIn = post("/login", "username=analyst-big&password=" + PASSWORD + "&_csrf=" + token("/login"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    @Test
    void aFormPostOverTwoMegabytesIsAnswered413InTheSiteFrameAndStoresNothing() throws Exception {
        int before = events();
        String pasted = "5 March\tTalks\t1\n".repeat(3_000_000 / 16);

        HttpResponse<String> english = post(CATALOGUE + "/paste/confirm", "_csrf=" + token(CATALOGUE) + "&pasted=" + encode(pasted));
        HttpResponse<String> russian = post(CATALOGUE + "/paste/confirm?lang=ru", "_csrf=" + token(CATALOGUE) + "&pasted=" + encode(pasted));

        assertThat(english.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(english.body());
        assertThat(page.select("header.site-header .who").text()).as("the site's frame, signed in").contains("analyst-big");
        assertThat(page.select("main").text()).contains("The form is larger than 2 MB", "nothing was stored");
        assertThat(russian.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(russian.body()).select("main").text()).contains("Форма больше 2 МБ", "ничего не сохранено");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aMultipartPostOverTheLimitIsAnsweredTheSame() throws Exception {
        int before = events();
        String boundary = "barometer-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + URLDecoder.decode(token(CATALOGUE), StandardCharsets.UTF_8) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"pasted\"; filename=\"rows.tsv\"\r\nContent-Type: text/plain\r\n\r\n"
                + "5 March\tTalks\t1\n".repeat(3_000_000 / 16) + "\r\n--" + boundary + "--\r\n";

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + CATALOGUE + "/paste/confirm"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(answer.body()).select("main").text()).contains("The form is larger than 2 MB", "nothing was stored");
        assertThat(events()).isEqualTo(before);
    }

    private int events() {
        return jdbc.sql("select count(*) from event").query(Integer.class).single();
    }

    private String token(String path) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on " + path).isTrue();
        return encode(token.group(1));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
