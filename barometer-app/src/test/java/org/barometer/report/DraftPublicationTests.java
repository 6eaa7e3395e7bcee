package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.barometer.WebTest;
import org.barometer.issue.IssueStore;
import org.barometer.method.IssueStatus;
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
        PdfPages pdf = PdfPages.read(reports.render(DRAFT, ReportFormat.PDF, "en", Audience.TEAM).orElseThrow().content());

        assertThat(pdf.count()).isGreaterThan(5);
        for (int page = 1; page <= pdf.count(); page++) {
            assertThat(pdf.page(page)).as("page %d", page).contains("DRAFT — NOT PUBLISHED");
        }
        assertThat(pdf.page(1)).contains("DRAFT: this issue is a draft (revision 1) and not published.");
    }

    @Test
    void marksAnIssueInReviewAsADraftTooInEitherLanguage() {
        PdfPages pdf = PdfPages.read(reports.render(IN_REVIEW, ReportFormat.PDF, "ru", Audience.TEAM).orElseThrow().content());

        for (int page = 1; page <= pdf.count(); page++) {
            assertThat(pdf.page(page)).as("page %d", page).contains("ЧЕРНОВИК — НЕ ОПУБЛИКОВАН");
        }
        assertThat(pdf.page(1)).contains("выпуск на рецензии (редакция 1) и не опубликован");
    }

    @Test
    void hasNothingForReadersWhileNotPublished() {
        assertThat(reports.render(DRAFT, ReportFormat.PDF, "en", Audience.READERS)).isEmpty();
        assertThat(reports.render(IN_REVIEW, ReportFormat.HTML, "en", Audience.READERS)).isEmpty();
    }

    @Test
    void namesTheFileOfADraftAsADraft() {
        assertThat(reports.render(DRAFT, ReportFormat.HTML, "ru", Audience.TEAM).orElseThrow().name()).isEqualTo("barometer-61-draft-ru.html");
    }
}
