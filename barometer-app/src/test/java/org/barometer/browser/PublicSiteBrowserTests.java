package org.barometer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.barometer.ServerTest;
import org.barometer.importer.SampleIssue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader in a real browser: the home page, a search of the sample issue, and the events download. */
@ServerTest
class PublicSiteBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    SampleIssue sample;

    @Test
    void findsAnEventOfTheSampleIssueAndDownloadsEveryEvent() throws Exception {
        sample.loadIntoEmptyStore();
        String base = "http://127.0.0.1:" + port;
        try (Browser browser = new Browser(base, "public-site")) {
            browser.open("/");
            assertThat(browser.waitForText(By.id("indices"), "Russia")).contains("Russia 24 +21* +25* -4");
            assertThat(browser.find(By.id("issue-link")).getAttribute("href")).endsWith("/issues/17");
            assertThat(browser.find(By.id("issue-pdf")).getAttribute("href")).endsWith("/issues/17.pdf");
            assertThat(browser.pageText()).contains("The dynamics across issues appear once a second issue is published.")
                    .doesNotContain("Regional tension by issue");
            browser.screenshot("home");

            browser.click(By.linkText("Search events"));
            browser.type(By.id("q"), "Sochi");
            browser.click(By.id("search-button"));
            String results = browser.waitForText(By.id("results"), "Sochi");
            assertThat(results).contains("Issue No. 17");
            assertThat(browser.find(By.cssSelector("#results a.issue")).getAttribute("href")).endsWith("/issues/17");
            browser.screenshot("search-sochi");

            browser.open("/data");
            assertThat(browser.find(By.linkText("events.csv")).getAttribute("href")).endsWith("/data/events.csv");
            browser.screenshot("data");
        }

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/data/events.csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).hasSize(118 + 21);
        assertThat(rows.stream().filter(row -> row.get("relationship").equals("security"))).hasSize(21);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("uid")).isNotBlank());
    }
}
