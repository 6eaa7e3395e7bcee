package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.barometer.WebTest;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.publicdata.PublishedData;
import org.barometer.workflow.TeamPublications;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The codebook as the last appendix of an issue's PDF, when the editor ticked it for the issue: each relationship's
 * anchors by score with their rationale, in the PDF's language, bookmarked, and the PDF still passes PDF/UA-1.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodebookAppendixTests {

    static final int DRAFT = 18;
    static final String WHY = "A visit with warm words and no agreement signed.";
    static final String WHY_RU = "Визит с тёплыми словами, но без подписанного соглашения.";
    static final String APPENDIX = "Appendix 4. Codebook: anchor events of the scores";

    @Autowired
    IssueReports reports;

    @Autowired
    PublishedData published;

    @Autowired
    TeamPublications team;

    @Autowired
    IssueStore store;

    @Autowired
    IssueImport imports;

    @Autowired
    Revisions revisions;

    @Autowired
    JdbcClient jdbc;

    String description;

    @BeforeAll
    void theSampleIssueWithTheCodebookTickedAndADraftWithout() {
        ReportFixtures.sample(store, imports);
        long row = revisions.ref(17).orElseThrow().id();
        var event = jdbc.sql("""
                select uid, score, description from event where issue_id = ?
                and relationship_id = (select id from relationship where code = 'china') order by seq fetch first 1 rows only""")
                .param(row).query((rs, n) -> List.of(rs.getString("uid"), rs.getInt("score"), rs.getString("description"))).single();
        description = (String) event.get(2);
        jdbc.sql("insert into codebook_anchor (relationship_code, score, event_uid, rationale, rationale_ru, chosen_by) values ('china', ?, ?, ?, ?, 'editor')")
                .params(event.get(1), event.get(0), WHY, WHY_RU).update();
        // the editor ticks the option while the issue is made; this published revision is stored with it ticked
        jdbc.sql("insert into issue_option (issue_id, codebook_in_pdf) values (?, true)").param(row).update();
        Issue sample = store.find(17).orElseThrow();
        store.insert(sample.withNumberAndPeriod(DRAFT, sample.period()).withStatus(IssueStatus.DRAFT), List.of());
    }

    @Test
    void aTickedIssuesPdfEndsWithTheCodebookInItsLanguageBookmarkedAndStillPassesPdfUa() throws IOException {
        byte[] english = ReportFixtures.forReaders(reports, published, 17, ReportFormat.PDF, "en").orElseThrow().content();
        byte[] russian = ReportFixtures.forReaders(reports, published, 17, ReportFormat.PDF, "ru").orElseThrow().content();

        String text = PdfPages.normalised(PdfPages.read(english).text());
        assertThat(text).contains(APPENDIX, "Score ", PdfPages.normalised(WHY));
        assertThat(text.substring(text.lastIndexOf(APPENDIX))).contains("China", PdfPages.normalised(description).substring(0, 30), "No. 17, ");
        assertThat(PdfPages.normalised(PdfPages.read(russian).text())).contains("Приложение 4. Кодовая книга", PdfPages.normalised(WHY_RU));
        try (PDDocument document = PdfPages.read(english).open()) {
            List<String> titles = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> titles.add(item.getTitle()));
            assertThat(titles).contains(APPENDIX);
        }
        for (byte[] pdf : List.of(english, russian)) {
            Map<String, String> failed = PdfUaValidation.failedRules(new ByteArrayInputStream(pdf));
            assertThat(failed.keySet()).as("%s", failed).isSubsetOf(PdfUaValidation.KNOWN);
        }
    }

    @Test
    void aDraftCarriesTheCodebookOnlyOnceTheEditorTicksIt() {
        assertThat(PdfPages.read(draftPdf()).text()).doesNotContain("Codebook");

        jdbc.sql("insert into issue_option (issue_id, codebook_in_pdf) values (?, true)").param(revisions.ref(DRAFT).orElseThrow().id()).update();

        assertThat(PdfPages.normalised(PdfPages.read(draftPdf()).text())).contains(APPENDIX, PdfPages.normalised(WHY));
    }

    private byte[] draftPdf() {
        return ReportFixtures.forTeam(reports, team, DRAFT, ReportFormat.PDF, "en").orElseThrow().content();
    }
}
