package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.barometer.ServerTest;
import org.barometer.account.TestActors;
import org.barometer.importer.SampleIssue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PDFs cannot tie up the server: a reader's PDF is made once per issue, revision and language whatever the query
 * string, and renderings beyond the bound and its queue are refused at once with 503 and Retry-After.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfRenderingBoundTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc web;

    @Autowired
    SampleIssue sample;

    @Autowired
    RenderingBound bound;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void publishTheSample() {
        sample.loadIntoEmptyStore().orElseThrow();
    }

    @Test
    void manyReadersAskingWithAnyQueryStringGetOneRenderingPerLanguage() throws Exception {
        double before = renderings();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String query = i % 3 == 0 ? "?lang=ru&x=" + i : "?x=" + i;
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/issues/17.pdf" + query)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();

        List<HttpResponse<byte[]>> done = new ArrayList<>();
        for (CompletableFuture<HttpResponse<byte[]>> answer : answers) {
            done.add(answer.get(120, TimeUnit.SECONDS));
        }

        assertThat(done).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        });
        assertThat(renderings() - before).isEqualTo(2);
        byte[] english = done.get(1).body();
        byte[] russian = done.get(0).body();
        assertThat(Arrays.equals(english, russian)).isFalse();
        for (int i = 0; i < done.size(); i++) {
            assertThat(done.get(i).body()).isEqualTo(i % 3 == 0 ? russian : english);
        }
    }

    @Test
    void renderingsBeyondTheBoundAndItsQueueAreTurnedAwayWithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Object>> holding = new ArrayList<>();
        int admitted = 2 + 4;
        for (int i = 0; i < admitted; i++) {
            holding.add(CompletableFuture.supplyAsync(() -> bound.run(() -> {
                try {
                    return release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            })));
        }
        try {
            while (bound.inside() < admitted) {
                Thread.sleep(10);
            }

            web.perform(get("/issues/17.pdf").with(TestActors.editor()))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", RenderingBusy.RETRY_AFTER_SECONDS));
        } finally {
            release.countDown();
        }
        for (CompletableFuture<Object> held : holding) {
            held.get(60, TimeUnit.SECONDS);
        }

        web.perform(get("/issues/17.pdf").with(TestActors.editor())).andExpect(status().isOk());
    }

    /** PDFs rendered so far, as the render-time metric counts them. */
    private double renderings() {
        return meters.find("barometer.report.render").tag("format", "pdf").timers().stream()
                .mapToDouble(io.micrometer.core.instrument.Timer::count).sum();
    }
}
