package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.barometer.WebTest;
import org.barometer.issue.IssueStore;
import org.barometer.method.IssueStatus;
import org.barometer.publicdata.PublishedData;
import org.barometer.workflow.TeamPublications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An issue that is not published exists for the team only, and says DRAFT on every page of its PDF. */
@WebTest
class DraftPublicationTests {

    static final int DRAFT = 61;
    static final int IN_REVIEW = 64;

    @Autowired
    IssueReports reports;


    @Autowired

    PublishedData published;


    @Autowired

    TeamPublications team;

    @Autowired
    IssueStore store;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void storeTheDrafts() {
        if (!store.exists(DRAFT)) {
            ReportFixtures.storeInvented(store, jdbc, DRAFT, IssueStatus.DRAFT);
        }
        if (!store.exists(IN_REVIEW)) {
            ReportFixtures.storeInvented(store, jdbc, IN_REVIEW, IssueStatus.IN_REVIEW);
        }
    }

    @Test
    void marksEveryPageOfADraftsPdfAsADraftNotPublished() {
        PdfPages pdf = PdfPages.read(ReportFixtures.forTeam(reports, team, DRAFT, ReportFormat.PDF, "en").orElseThrow().content());

        assertThat(pdf.count()).isGreaterThan(5);
        for (int page = 1; page <= pdf.count(); page++) {
            assertThat(pdf.page(page)).as("page %d", page).contains("DRAFT — NOT PUBLISHED");
        }
        assertThat(pdf.page(1)).contains("DRAFT: this issue is a draft (revision 1) and not published.");
    }

    @Test
    void marksAnIssueInReviewAsADraftTooInEitherLanguage() {
        PdfPages pdf = PdfPages.read(ReportFixtures.forTeam(reports, team, IN_REVIEW, ReportFormat.PDF, "ru").orElseThrow().content());

        for (int page = 1; page <= pdf.count(); page++) {
            assertThat(pdf.page(page)).as("page %d", page).contains("ЧЕРНОВИК — НЕ ОПУБЛИКОВАН");
        }
        assertThat(pdf.page(1)).contains("выпуск на рецензии (редакция 1) и не опубликован");
    }

    @Test
    void hasNothingForReadersWhileNotPublished() {
        assertThat(ReportFixtures.forReaders(reports, published, DRAFT, ReportFormat.PDF, "en")).isEmpty();
        assertThat(ReportFixtures.forReaders(reports, published, IN_REVIEW, ReportFormat.HTML, "en")).isEmpty();
    }

    @Test
    void namesTheFileOfADraftAsADraft() {
        assertThat(ReportFixtures.forTeam(reports, team, DRAFT, ReportFormat.HTML, "ru").orElseThrow().name()).isEqualTo("barometer-61-draft-ru.html");
    }
}
