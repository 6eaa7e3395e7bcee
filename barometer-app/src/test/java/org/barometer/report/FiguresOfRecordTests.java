package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.barometer.WebTest;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.method.StatedFigure;
import org.barometer.narrative.IssueNarrative;
import org.barometer.publicdata.Dynamics;
import org.barometer.publicdata.ForecastLedger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security barometer's figures of record: a national security total and a colour the issue stated otherwise than
 * its catalogue adds up to, and a regional score outside the bound, each shown as published, marked, and explained in
 * the one editor's note; an issue whose figures agree has no note and no marker.
 */
@WebTest
class FiguresOfRecordTests {

    static final String MISSILE = "Missile test near the border";

    @Autowired
    IssueReports reports;

    /** The invented issue with a third security event scored -4 (regional tension -7: Yellow), stating -5 and Green. */
    static Issue stating(List<StatedFigure> stated) {
        Issue invented = ReportFixtures.invented(70, IssueStatus.PUBLISHED);
        List<SecurityEvent> events = new ArrayList<>(invented.security().events());
        events.add(new SecurityEvent(ReportFixtures.date("5 April"), MISSILE, 0, -4));
        return new Issue(70, invented.period(), invented.title(), IssueStatus.PUBLISHED, null, null, invented.catalogues(),
                new SecurityCatalogue(events), stated);
    }

    Document page(Issue issue, String language) {
        Publication publication = Publication.ofRevision(issue, 1, null, new IssueNarrative(issue.number(), 1, List.of()), List.of(), Dynamics.NONE,
                ForecastLedger.NONE, List.of());
        return Jsoup.parse(new String(reports.render(publication, ReportFormat.HTML, language).content(), StandardCharsets.UTF_8));
    }

    @Test
    void showsTheSecurityFiguresOfRecordMarkedAndGivesTheCataloguesInTheNote() {
        Document page = page(stating(List.of(new StatedFigure("security", Figure.NATIONAL, "-5"),
                new StatedFigure("security", Figure.LEVEL, "Green"))), "en");

        assertThat(page.select("table.security-indices tbody tr").eachText()).containsExactly("National security −5*", "Regional tension −7");
        assertThat(page.select("#summary .level-callout").text()).startsWith("Regional tension level: Green* — Military activity that poses no direct threat");
        assertThat(page.select("#appendix-security tfoot").text()).isEqualTo("Total −5* −7 (Green)*");
        assertThat(page.select("#appendix-security tbody tr").last().text()).isEqualTo("5 April " + MISSILE + " 0 −4*");
        assertThat(page.select("#editors-note tbody tr").eachText()).containsExactly("Security barometer national security −5 −1",
                "Security barometer colour level Green Yellow");
        assertThat(page.select("#editors-note .note-score").text()).isEqualTo("* Security barometer (regional tension), 5 April: "
                + "the score −4 lies outside the issue's bound (−3 to +3); it is shown and counted as published.");

        Document russian = page(stating(List.of(new StatedFigure("security", Figure.LEVEL, "Green"))), "ru");
        assertThat(russian.select("#editors-note tbody tr").eachText()).containsExactly("Барометр безопасности цвет уровня напряжённости Зелёный Жёлтый");
        assertThat(russian.select("#editors-note .note-score").text())
                .startsWith("* Барометр безопасности (региональная напряжённость), 5 апреля: балл −4 выходит за пределы шкалы выпуска");
    }

    @Test
    void anIssueWhoseFiguresAreItsCataloguesSumsHasNoNoteAndNoMarker() {
        Issue agreeing = new Issue(71, ReportFixtures.PERIOD, "Agreeing", IssueStatus.PUBLISHED, null, null,
                ReportFixtures.invented(71, IssueStatus.PUBLISHED).catalogues(), ReportFixtures.invented(71, IssueStatus.PUBLISHED).security(),
                List.of(new StatedFigure("russia", Figure.AGGREGATE, "+1")));
        Document page = page(agreeing, "en");

        assertThat(page.select("#editors-note, .editors-note, .mark")).isEmpty();
        assertThat(page.select("table.indices tbody tr").first().text()).isEqualTo("Russia +1 +2 −1");
    }
}
