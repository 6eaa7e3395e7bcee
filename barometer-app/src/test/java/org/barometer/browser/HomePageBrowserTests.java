package org.barometer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.barometer.ServerTest;
import org.barometer.importer.SampleIssue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The home page in a real browser, in both languages. */
@ServerTest
class HomePageBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    SampleIssue sample;

    @Test
    void showsTheSampleIssuesFiguresAndSwitchesToRussian() {
        sample.loadIntoEmptyStore();
        try (Browser browser = new Browser("http://127.0.0.1:" + port, "home")) {
            browser.open("/");
            assertThat(browser.waitForText(By.id("indices"), "Russia")).contains("Russia 24 +21* +25* -4").contains("the U.S. 23 -17 +5 -22");
            assertThat(browser.find(By.cssSelector(".level")).getText()).isEqualTo("Yellow");
            browser.screenshot("home-en");

            browser.click(By.linkText("RU"));
            assertThat(browser.waitForText(By.tagName("h3"), "Индексы")).isEqualTo("Индексы развития отношений");
            assertThat(browser.find(By.cssSelector(".level")).getText()).isEqualTo("Жёлтый");
            browser.screenshot("home-ru");
        }
    }
}
