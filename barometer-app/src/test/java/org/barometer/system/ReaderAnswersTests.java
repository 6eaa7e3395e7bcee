package org.barometer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.barometer.ServerTest;
import org.barometer.Stores;
import org.barometer.account.TestActors;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Answers kept for readers between publications: the same bytes and headers as when first made, never a team
 * member's answer, never an answer of an earlier edition after a publication, and each language apart.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderAnswersTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore store;

    @Autowired
    Revisions revisions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SampleIssue sample;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void publishTheSample() {
        sample.loadIntoEmptyStore().orElseThrow();
    }

    @Test
    void aKeptAnswerHasTheBytesAndHeadersOfTheFirstAndMakesNoSession() throws Exception {
        for (String path : List.of("/", "/issues", "/issues/17", "/issues/17.pdf", "/relationships/russia", "/data",
                "/data/events.csv", "/api/v1/issues", "/api/v1/issues/17/indices", "/api/v1/scale")) {
            HttpResponse<byte[]> first = fetch(path);
            HttpResponse<byte[]> kept = fetch(path);

            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(kept.statusCode()).as(path).isEqualTo(200);
            assertThat(kept.headers().firstValue("x-cache")).as(path + " served from memory").hasValue("HIT");
            assertThat(java.util.Arrays.equals(kept.body(), first.body())).as(path + ": the kept body is the first").isTrue();
            for (String header : List.of("content-type", "content-language", "content-disposition", "cache-control", "etag",
                    "last-modified", "vary", "content-security-policy", "x-frame-options", "x-content-type-options")) {
                assertThat(kept.headers().allValues(header)).as(path + " " + header).isEqualTo(first.headers().allValues(header));
            }
            assertThat(first.headers().allValues("set-cookie")).as(path + " makes a session").isEmpty();
            assertThat(kept.headers().firstValue("content-length")).as(path).hasValue(String.valueOf(first.body().length));
        }
        assertThat(fetch("/").headers().firstValue("content-language")).hasValue("en");
        assertThat(fetch("/issues/17.pdf").headers().firstValue("content-disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("barometer-17-en.pdf"));
        assertThat(fetch("/api/v1/issues/17/indices").headers().firstValue("etag")).isPresent();
    }

    @Test
    void onlyAnswersWhoseHandlerIsMarkedSameForEveryReaderAreKept() throws Exception {
        // the feed names the host it was asked on; the sign-in page and the API's documents are not marked
        for (String path : List.of("/feed.atom", "/login", "/v3/api-docs")) {
            fetch(path);
            HttpResponse<byte[]> again = fetch(path);

            assertThat(again.statusCode()).as(path).isEqualTo(200);
            assertThat(again.headers().firstValue("x-cache")).as(path + " is made afresh").isEmpty();
        }
    }

    @Test
    void aSearchIsKeptUnderItsQueryItsAddressAndItsLanguage() throws Exception {
        for (String path : List.of("/api/v1/events?q=visits&size=20", "/api/v1/events?relationship=russia&size=20", "/search?q=visits",
                "/search", "/issues/17?lang=ru&x=1")) {
            HttpResponse<byte[]> first = fetch(path);
            HttpResponse<byte[]> again = fetch(path);
            boolean search = !path.startsWith("/issues");
            assertThat(again.statusCode()).as(path).isEqualTo(search ? 200 : first.statusCode());
            assertThat(again.headers().firstValue("x-cache")).as(path + " kept").isEqualTo(search ? java.util.Optional.of("HIT") : java.util.Optional.empty());
            assertThat(!search || java.util.Arrays.equals(again.body(), first.body())).as(path + ": the kept body is the first").isTrue();
        }
        // another query, another answer
        assertThat(text(fetch("/api/v1/events?q=visits&size=20"))).contains("\"total\"").contains("isit");
        String russia = text(fetch("/api/v1/events?relationship=russia&size=20"));
        assertThat(text(fetch("/api/v1/events?relationship=china&size=20"))).isNotEqualTo(russia);
        // the answer's links repeat the address it was asked on: asked on another, it is made for that one
        HttpResponse<byte[]> elsewhere = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/events?relationship=russia&size=5")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        fetch("/api/v1/events?relationship=russia&size=5");
        HttpResponse<byte[]> here = fetch("/api/v1/events?relationship=russia&size=5");
        assertThat(text(elsewhere)).contains("http://localhost:" + port + "/api/v1/events").doesNotContain("127.0.0.1");
        assertThat(here.headers().firstValue("x-cache")).hasValue("HIT");
        assertThat(text(here)).contains("http://127.0.0.1:" + port + "/api/v1/events").doesNotContain("localhost");
        // each language apart
        fetch("/search?q=visit", "Cookie", "barometer-lang=ru");
        HttpResponse<byte[]> russian = fetch("/search?q=visit", "Cookie", "barometer-lang=ru");
        HttpResponse<byte[]> english = fetch("/search?q=visit");
        assertThat(russian.headers().firstValue("x-cache")).hasValue("HIT");
        assertThat(text(russian)).contains("<html lang=\"ru\"");
        assertThat(text(english)).contains("<html lang=\"en\"");
        // a query refused is answered, never kept
        for (int round = 0; round < 2; round++) {
            HttpResponse<byte[]> refused = fetch("/api/v1/events?size=1000");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("x-cache")).isEmpty();
        }
    }

    @Test
    void onlyTheFirstThousandQueriesOfAnEditionAreKeptAndTheRestAreStillAnswered() throws Exception {
        int asked = 1100;
        for (int i = 0; i < asked; i++) {
            assertThat(fetch("/api/v1/events?relationship=russia&size=1&page=1&n=" + i).statusCode()).isEqualTo(200);
        }
        int kept = 0;
        for (int i = 0; i < asked; i++) {
            HttpResponse<byte[]> again = fetch("/api/v1/events?relationship=russia&size=1&page=1&n=" + i);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(text(again)).contains("\"total\"");
            kept += again.headers().firstValue("x-cache").isPresent() ? 1 : 0;
        }
        // other tests of this class may have asked a few queries of the same edition first
        assertThat(kept).isBetween(1000 - 40, 1000);
        assertThat(fetch("/api/v1/events?relationship=russia&size=1&page=1&n=" + (asked - 1)).headers().firstValue("x-cache")).isEmpty();
    }

    @Test
    void eachLanguageIsKeptApart() throws Exception {
        for (int round = 0; round < 2; round++) {
            HttpResponse<byte[]> russian = fetch("/", "Cookie", "barometer-lang=ru");
            HttpResponse<byte[]> english = fetch("/", "Cookie", "barometer-lang=en");
            HttpResponse<byte[]> unchosen = fetch("/");

            assertThat(russian.headers().firstValue("content-language")).hasValue("ru");
            assertThat(text(russian)).contains("<html lang=\"ru\"");
            assertThat(english.headers().firstValue("content-language")).hasValue("en");
            assertThat(text(english)).contains("<html lang=\"en\"");
            assertThat(unchosen.headers().firstValue("content-language")).hasValue("en");
            assertThat(text(unchosen)).contains("<html lang=\"en\"");
        }
        HttpResponse<byte[]> pdf = fetch("/issues/17.pdf", "Cookie", "barometer-lang=ru");
        assertThat(pdf.headers().firstValue("content-disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("barometer-17-ru.pdf"));
    }

    @Test
    void theTeamIsNeverServedAReadersAnswerAndReadersNeverATeamAnswer() throws Exception {
        store.insert(issue(30, "Team-only draft", IssueStatus.DRAFT), List.of());
        String anonymousBefore = web.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymousBefore).doesNotContain("Sign out");

        var editors = web.perform(get("/").with(TestActors.editor())).andReturn().getResponse();
        assertThat(editors.getContentAsString(StandardCharsets.UTF_8)).contains("Sign out").contains("editor");
        assertThat(editors.getHeader("X-Cache")).isNull();
        assertThat(web.perform(get("/issues/30").with(TestActors.editor())).andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(web.perform(get("/issues/30")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(web.perform(get("/issues/30.pdf")).andReturn().getResponse().getStatus()).isEqualTo(404);
        String anonymousAfter = web.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymousAfter).doesNotContain("Sign out").doesNotContain("Team-only draft");
    }

    /** Right after a publication every page is asked for anew, by many readers at once: each is made once, not once a reader. */
    @Test
    void manyReadersAskingAtOnceForAPageNotYetKeptWaitForOneMaking() throws Exception {
        store.insert(issue(47, "Asked for by many at once", IssueStatus.DRAFT), List.of());
        revisions.changeStatus(revisions.ref(47).orElseThrow(), IssueStatus.IN_REVIEW);
        revisions.changeStatus(revisions.ref(47).orElseThrow(), IssueStatus.PUBLISHED);
        HttpClient many = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(24)).build();

        List<HttpResponse<byte[]>> answers = java.util.stream.IntStream.range(0, 24)
                .mapToObj(i -> many.sendAsync(HttpRequest.newBuilder(uri("/issues/47")).build(), HttpResponse.BodyHandlers.ofByteArray()))
                .toList().stream().map(java.util.concurrent.CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers).filteredOn(answer -> answer.headers().firstValue("x-cache").isEmpty())
                .as("answers made rather than served from memory").hasSize(1);
        assertThat(answers).allSatisfy(answer -> assertThat(text(answer)).isEqualTo(text(answers.get(0))).contains("Asked for by many at once"));
    }

    @Test
    void aPublicationIsServedAtOnce() throws Exception {
        assertThat(fetch("/api/v1/issues/31/indices").statusCode()).isEqualTo(404);
        String before = text(fetch("/issues"));
        assertThat(before).doesNotContain("Published by the lifecycle");
        store.insert(issue(31, "Published by the lifecycle", IssueStatus.DRAFT), List.of());
        revisions.changeStatus(revisions.ref(31).orElseThrow(), IssueStatus.IN_REVIEW);

        revisions.changeStatus(revisions.ref(31).orElseThrow(), IssueStatus.PUBLISHED);

        assertThat(text(fetch("/issues"))).contains("Published by the lifecycle");
        assertThat(fetch("/api/v1/issues/31/indices").statusCode()).isEqualTo(200);
        assertThat(text(fetch("/api/v1/issues"))).contains("Published by the lifecycle");
    }

    @Test
    void aPublicationMadeByAnotherProcessIsServedWithinTheRecheck() throws Exception {
        assertThat(text(fetch("/issues"))).doesNotContain("Published from elsewhere");
        IssueStore anotherProcess = Stores.on(dataSource).issues();

        anotherProcess.insert(issue(32, "Published from elsewhere", IssueStatus.PUBLISHED), List.of());

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!text(fetch("/issues")).contains("Published from elsewhere") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(text(fetch("/issues"))).contains("Published from elsewhere");
        assertThat(fetch("/api/v1/issues/32/indices").statusCode()).isEqualTo(200);
    }

    @Test
    void crossOriginAndRevalidatingRequestsStillGetTheirOwnAnswers() throws Exception {
        HttpResponse<byte[]> first = fetch("/api/v1/issues/17/indices");
        fetch("/api/v1/issues/17/indices");

        HttpResponse<byte[]> crossOrigin = fetch("/api/v1/issues/17/indices", "Origin", "https://example.org");
        assertThat(crossOrigin.headers().firstValue("access-control-allow-origin")).hasValue("*");
        assertThat(crossOrigin.headers().firstValue("x-cache")).isEmpty();
        assertThat(java.util.Arrays.equals(crossOrigin.body(), first.body())).isTrue();

        String etag = first.headers().firstValue("etag").orElseThrow();
        HttpResponse<byte[]> revalidated = fetch("/api/v1/issues/17/indices", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void aPageSpelledOtherwiseIsAnsweredButNeverKept() throws Exception {
        for (String path : List.of("/issues/017", "/relationships/russi%61", "/issues//17", "/api/v1/issues/0017/indices",
                "/issues/17;x=1")) {
            for (int round = 0; round < 2; round++) {
                HttpResponse<byte[]> answer = fetch(path);
                assertThat(answer.statusCode()).as(path).isIn(200, 400, 404);
                assertThat(answer.headers().firstValue("x-cache")).as(path + " kept").isEmpty();
            }
        }
        assertThat(text(fetch("/issues/017"))).contains("No. 17");
        assertThat(ReaderAnswers.canonical("/issues/17.pdf")).isTrue();
        assertThat(ReaderAnswers.canonical("/")).isTrue();
        assertThat(ReaderAnswers.canonical("/issues/./17")).isFalse();
    }

    @Test
    void aPageThatIsNotThereIsNeverKeptAndItsLanguageSwitchStaysOnItsAddress() throws Exception {
        for (int round = 0; round < 2; round++) {
            HttpResponse<byte[]> missing = fetch("/issues/99", "Accept", "text/html", "Cookie", "barometer-lang=ru");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("x-cache")).isEmpty();
            assertThat(text(missing)).contains("<html lang=\"ru\"").contains("href=\"/issues/99?lang=en\"");
        }
    }

    @Test
    void theApiAndDownloadsRefuseChangesWithoutMakingASession() throws Exception {
        for (String path : List.of("/api/v1/issues", "/api/v1/issues/17/indices", "/data/events.csv")) {
            HttpResponse<byte[]> post = http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(post.statusCode()).as(path).isEqualTo(405);
            assertThat(post.headers().allValues("set-cookie")).as(path).isEmpty();
        }
    }

    private HttpResponse<byte[]> fetch(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static Issue issue(int number, String title, IssueStatus status) {
        Period period = Period.of(String.format("%d-01", 2000 + number), String.format("%d-02", 2000 + number));
        Catalogue catalogue = new Catalogue(new Relationship("russia", "Russia"),
                List.of(new Event(DateExpression.parse("5 January", period), "An event of " + title, 1)));
        return new Issue(number, period, title, status, null, null, List.of(catalogue), SecurityCatalogue.EMPTY, List.of());
    }
}
