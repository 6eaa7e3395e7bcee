package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueChanged;
import org.barometer.issue.IssueStore;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.publicdata.PublishedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PDF pages issue 13 adds, as a reader sees them: No. 18 (the sample's catalogues, published after No. 17) opens
 * Russia's forecast with No. 17's statements about it, carries the reliability note and ends with the codebook. Each
 * such page is drawn to target/screenshots/issue-13/ to be looked at.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliabilityPdfPagesTests {

    @Autowired
    SampleIssue sample;

    @Autowired
    IssueStore issues;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IssueReports reports;

    @Autowired
    PublishedData published;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeAll
    void eighteenPublishedWithDoubleScoresTheCodebookAndStatementsAboutIt() {
        sample.loadIntoEmptyStore().orElseThrow();
        Issue seventeen = issues.find(17).orElseThrow();
        issues.insert(seventeen.withNumberAndPeriod(18, seventeen.period()).withStatus(IssueStatus.PUBLISHED), List.of());
        jdbc.sql("""
                insert into forecast_statement (issue_id, seq, subject, figure, comparison, threshold_low, threshold_high, colour, about_issue, probability)
                select id, 1, 'russia', 'AGGREGATE', 'BETWEEN', -12, 4, null, 18, '0.7' from issue where issue_number = 17 union all
                select id, 2, 'russia', 'POSITIVE', 'ABOVE', 10, null, null, 18, null from issue where issue_number = 17 union all
                select id, 3, 'security', 'LEVEL', 'STAYS_IN', null, null, 'Yellow', 18, '0.6' from issue where issue_number = 17""").update();
        jdbc.sql("insert into double_sample (issue_id, catalogue, share_percent, seed, second_coder, changed_by) "
                + "select id, 'russia', 30, 7, 'reviewer', 'editor' from issue where issue_number = 18").update();
        jdbc.sql("""
                insert into second_score (issue_id, event_uid, catalogue, added, coder, score, scored_at)
                select e.issue_id, e.uid, 'russia', 'DRAWN', 'reviewer', case when e.seq < 2 then e.score - 1 else e.score end, current_timestamp
                from event e join issue i on i.id = e.issue_id join relationship r on r.id = e.relationship_id
                where i.issue_number = 18 and r.code = 'russia' and e.seq < 8""").update();
        jdbc.sql("insert into codebook_anchor (relationship_code, score, event_uid, rationale, rationale_ru, chosen_by) "
                + "select 'russia', score, uid, ?, ?, 'editor' from event where id = (select min(id) from event where kind = 'relationship' "
                + "and relationship_id = (select id from relationship where code = 'russia'))")
                .params("Talks at the highest level that ended without a signed agreement, https://example.org/a-very-long-unbroken-link-to-a-source",
                        "Переговоры на высшем уровне, завершившиеся без подписанного соглашения").update();
        jdbc.sql("insert into issue_option (issue_id, codebook_in_pdf) select id, true from issue where issue_number = 18").update();
        events.publishEvent(new IssueChanged(18));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void theEarlierStatementsTheReliabilityNoteAndTheCodebookArePrintedAndDrawn(String language) throws IOException {
        byte[] pdf = reports.publishedPdf(published.edition(), 18, language).orElseThrow().content();
        boolean english = language.equals("en");
        List<String> wanted = english
                ? List.of("How the statements earlier issues made about this one turned out", "Reliability of the scores",
                        "Appendix 4. Codebook")
                : List.of("Как сбылись утверждения прежних выпусков", "Надёжность оценок", "Приложение 4. Кодовая книга");
        String table = english ? "Events scored twice" : "Оценено дважды";
        Path folder = Files.createDirectories(Path.of("target", "screenshots", "issue-13"));
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String onPage = text.getText(document).replaceAll("\\s+", " ");
                List<String> here = wanted.stream().filter(onPage::contains).toList();
                found.addAll(here);
                if (!here.isEmpty() || onPage.contains(table)) {
                    BufferedImage image = renderer.renderImageWithDPI(page - 1, 90);
                    ImageIO.write(image, "png", folder.resolve("pdf-" + language + "-page-" + page + ".png").toFile());
                }
                if (onPage.contains(table)) {
                    assertThat(onPage).as("the note's table: Russia scored twice, its index with the range").contains(english
                            ? "Russia 8 " : "Россия 8 ").contains("+23 (+21 … +23)");
                }
            }
        }
        assertThat(found).containsAll(wanted);
    }
}
