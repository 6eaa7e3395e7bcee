package org.barometer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.barometer.ServerTest;
import org.barometer.importer.SampleIssue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every public page on a phone 390 CSS pixels wide, in English and Russian: nothing runs off the side of the screen
 * (a wide table scrolls inside its own box), charts fit and their text stays readable. Screenshots are saved under
 * target/screenshots/phone/.
 */
@ServerTest
class PhoneWidthBrowserTests {

    private static final int WIDTH = 390;

    /** Elements beyond the screen's edge, unless a box that scrolls sideways holds them. */
    static final String BEYOND_THE_EDGE = """
            const width = arguments[0];
            const scrolls = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                const x = getComputedStyle(a).overflowX; if (x === 'auto' || x === 'scroll') return true; } return false; };
            return [...document.querySelectorAll('body *')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5); })
                .filter(e => !scrolls(e))
                .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left) + '..'
                    + Math.round(e.getBoundingClientRect().right));""";

    /**
     * The smallest height on screen of the letters of the site's charts, in CSS pixels. The publication's own charts
     * on /issues/N are drawn to fit the screen whole (report/PublicationBrowserTests), so they are not measured here.
     */
    private static final String SMALLEST_CHART_TEXT = """
            const sizes = [...document.querySelectorAll('figure.chart .chart-box svg text')]
                .filter(t => t.textContent.trim().length > 0)
                .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
            return sizes.length ? Math.min(...sizes) : null;""";

    @LocalServerPort
    int port;

    @Autowired
    SampleIssue sample;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPublicPageFitsAPhoneInBothLanguages() {
        sample.loadIntoEmptyStore();
        // an anchor of the codebook, so that /codebook shows a relationship, a level and a long rationale
        jdbc.sql("insert into codebook_anchor (relationship_code, score, event_uid, rationale, rationale_ru, chosen_by) "
                + "select 'russia', score, uid, ?, ?, 'editor' from event where id = (select min(id) from event where kind = 'relationship' "
                + "and relationship_id = (select id from relationship where code = 'russia'))")
                .params("Talks at the highest level that ended without a signed agreement, https://example.org/a-very-long-unbroken-link-to-a-source",
                        "Переговоры на высшем уровне, завершившиеся без подписанного соглашения").update();
        // forecast statements of No. 17 about No. 18 (pending), so that the track record has a table and a list to fit
        jdbc.sql("""
                insert into forecast_statement (issue_id, seq, subject, figure, comparison, threshold_low, threshold_high, colour, about_issue, probability)
                select id, 1, 'russia', 'AGGREGATE', 'BETWEEN', -12, 4, null, 18, '0.7' from issue where issue_number = 17 union all
                select id, 2, 'security', 'LEVEL', 'STAYS_IN', null, null, 'Yellow', 18, null from issue where issue_number = 17""").update();
        String base = "http://127.0.0.1:" + port;
        try (Browser browser = new Browser(base, "phone")) {
            WebDriver phone = Browser.headlessChromiumAsPhone(WIDTH);
            JavascriptExecutor script = (JavascriptExecutor) phone;
            phone.get(base + "/issues");
            List<String> pages = new ArrayList<>(List.of("/", "/issues", "/issues/17"));
            phone.findElements(By.cssSelector("#relationships a")).forEach(link -> pages.add(link.getDomAttribute("href")));
            assertThat(pages).hasSize(3 + 5);
            pages.addAll(List.of("/security", "/search?q=Sochi", "/search?relationship=security", "/data", "/forecasts", "/method", "/codebook"));

            for (String language : List.of("en", "ru")) {
                for (String path : pages) {
                    phone.get(base + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    Browser.waitingUpTo(phone, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("nav.site-nav")));
                    String page = path + " " + language;
                    assertThat(script.executeScript(BEYOND_THE_EDGE, WIDTH)).as(page + ": beyond the screen's edge").asList().isEmpty();
                    // a phone widens its layout to what runs off the side, so a page that fits keeps the phone's width
                    assertThat(((Number) script.executeScript("return window.innerWidth")).intValue()).as(page).isEqualTo(WIDTH);
                    assertThat(((Number) script.executeScript("return document.documentElement.scrollWidth")).intValue())
                            .as(page + ": the page scrolls sideways").isLessThanOrEqualTo(WIDTH);
                    phone.findElements(By.cssSelector("figure.chart")).forEach(chart ->
                            assertThat(chart.getRect().getX() + chart.getRect().getWidth()).as(page + ": a chart's box").isLessThanOrEqualTo(WIDTH));
                    Object smallest = script.executeScript(SMALLEST_CHART_TEXT);
                    if (smallest != null) {
                        assertThat(((Number) smallest).doubleValue()).as(page + ": the smallest chart text, px").isGreaterThanOrEqualTo(8.0);
                    }
                }
            }

            for (String path : List.of("/", "/security", "/relationships/russia", "/method", "/data", "/issues", "/issues/17", "/forecasts")) {
                browser.open(path + "?lang=ru");
                browser.screenshot("ru" + path.replace('/', '-'));
            }
            browser.open("/search?q=Sochi&lang=en");
            script.executeScript("document.getElementById('results').scrollIntoView()");
            browser.screenshot("en-search-results");
            browser.open("/security?lang=en");
            script.executeScript("document.querySelector('figure.chart').scrollIntoView()");
            browser.screenshot("en-security-chart");
            browser.open("/method?lang=en");
            script.executeScript("document.getElementById('bands').scrollIntoView()");
            browser.screenshot("en-method-bands");
            browser.open("/data?lang=en");
            script.executeScript("document.getElementById('api').scrollIntoView()");
            browser.screenshot("en-data-api");
        }
    }
}
