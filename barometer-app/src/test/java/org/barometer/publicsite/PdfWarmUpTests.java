package org.barometer.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.barometer.ServerTest;
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
import org.barometer.publicdata.PublishedData;
import org.barometer.report.IssueReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What was just published has its PDFs made before any reader asks, in both languages, once. */
@ServerTest
class PdfWarmUpTests {

    @LocalServerPort
    int port;

    @Autowired
    PublishedData published;

    @Autowired
    IssueReports reports;

    @Autowired
    MeterRegistry meters;

    @Autowired
    IssueStore store;

    @Autowired
    Revisions revisions;

    @Test
    void theNewestPublicationsPdfsAreMadeAheadOnceAndReadersGetThem() throws Exception {
        publish(71);
        PdfWarmUp warmUp = new PdfWarmUp(published, reports);

        double before = renderings();
        warmUp.warm();
        assertThat(renderings() - before).as("the latest issue's PDFs, English and Russian").isEqualTo(2);

        warmUp.warm();
        assertThat(renderings() - before).as("nothing new published: nothing made").isEqualTo(2);

        publish(72);
        warmUp.warm();
        assertThat(renderings() - before).as("the new publication's two PDFs, not No. 71's again").isEqualTo(4);

        HttpClient http = HttpClient.newHttpClient();
        for (String query : List.of("", "?lang=ru", "?x=1")) {
            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/issues/72.pdf" + query)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        }
        assertThat(renderings() - before).as("readers got the PDFs made ahead").isEqualTo(4);
        warmUp.destroy();
    }

    private double renderings() {
        return meters.find("barometer.report.render").tag("format", "pdf").timers().stream().mapToDouble(Timer::count).sum();
    }

    private void publish(int number) {
        Period period = Period.of(String.format("%d-01", 1900 + number), String.format("%d-02", 1900 + number));
        Catalogue catalogue = new Catalogue(new Relationship("russia", "Russia"),
                List.of(new Event(DateExpression.parse("5 January", period), "An event of No. " + number, 1)));
        store.insert(new Issue(number, period, "Made ahead No. " + number, IssueStatus.DRAFT, null, null, List.of(catalogue),
                SecurityCatalogue.EMPTY, List.of()), List.of());
        revisions.changeStatus(revisions.ref(number).orElseThrow(), IssueStatus.IN_REVIEW);
        revisions.changeStatus(revisions.ref(number).orElseThrow(), IssueStatus.PUBLISHED);
        published.edition(); // read again within the recheck (0.2 s in tests)
    }
}
