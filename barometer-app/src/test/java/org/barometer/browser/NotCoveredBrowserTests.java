package org.barometer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.barometer.ServerTest;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone 390 CSS pixels wide, in English and Russian, an issue whose EU and security catalogues are empty says
 * "not covered" where its figures would be, readably and within the screen. Screenshots under
 * target/screenshots/phone-not-covered/.
 */
@ServerTest
class NotCoveredBrowserTests {

    private static final int WIDTH = 390;

    @LocalServerPort
    int port;

    @Autowired
    IssueStore store;

    /** Russia covered in both; the EU (−3) and security in No. 1 only. */
    static Issue issue(int number, boolean covers) {
        Period period = Period.of(String.format("2021-%02d", 2 * number - 1), String.format("2021-%02d", 2 * number));
        DateExpression day = DateExpression.parse(number == 1 ? "5 January" : "5 March", period);
        return new Issue(number, period, "Monitoring No. " + number, IssueStatus.PUBLISHED, null, null, List.of(
                new Catalogue(new Relationship("russia", "Russia"), List.of(new Event(day, "Talks", number))),
                new Catalogue(new Relationship("eu", "the EU"), covers ? List.of(new Event(day, "Sanctions", -3)) : List.of())),
                covers ? new SecurityCatalogue(List.of(new SecurityEvent(day, "Exercise", -2, -3))) : SecurityCatalogue.EMPTY, List.of());
    }

    @Test
    void aPhoneSaysNotCoveredWhereTheFiguresWouldBeInBothLanguages() {
        store.insert(issue(1, true), List.of());
        store.insert(issue(2, false), List.of());
        String base = "http://127.0.0.1:" + port;
        try (Browser browser = new Browser(base, "phone-not-covered")) {
            WebDriver phone = Browser.headlessChromiumAsPhone(WIDTH);
            JavascriptExecutor script = (JavascriptExecutor) phone;
            for (String language : List.of("en", "ru")) {
                String notCovered = language.equals("en") ? "Not covered in this issue" : "Не охвачено этим выпуском";
                for (String path : List.of("/", "/relationships/eu", "/security", "/issues", "/issues/2")) {
                    phone.get(base + path + "?lang=" + language);
                    Browser.waitingUpTo(phone, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("nav.site-nav")));
                    String page = path + " " + language;
                    List<WebElement> said = phone.findElements(By.cssSelector(".not-covered"));
                    assertThat(said).as(page).isNotEmpty().allSatisfy(element -> {
                        assertThat(element.isDisplayed()).as(page).isTrue();
                        assertThat(element.getText()).as(page).isEqualTo(notCovered);
                    });
                    assertThat(script.executeScript(PhoneWidthBrowserTests.BEYOND_THE_EDGE, WIDTH)).as(page + ": beyond the screen's edge")
                            .asList().isEmpty();
                    assertThat(((Number) script.executeScript("return document.documentElement.scrollWidth")).intValue())
                            .as(page + ": the page scrolls sideways").isLessThanOrEqualTo(WIDTH);
                }
            }
            phone.get(base + "/?lang=ru");
            browser.screenshot("ru-home");
            phone.get(base + "/?lang=en");
            browser.screenshot("en-home");
        }
    }
}
