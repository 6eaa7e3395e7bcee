package org.barometer.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.barometer.WebTest;
import org.barometer.account.TestActors;
import org.barometer.importer.ExportedIssue;
import org.barometer.importer.IssueXlsx;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Event;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The issue as a spreadsheet: the public site serves the latest published revision to anyone (a draft, an issue in
 * review or an unpublished correction never), the workspace serves the team the latest revision whatever its status.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XlsxDownloadTests {

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore store;

    @Autowired
    Revisions revisions;

    @Autowired
    SampleIssue sample;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void aDraftAnIssueInReviewAndACorrectionBesideThePublishedSample() {
        sample.loadIntoEmptyStore();
        store.insert(NoDraftLeaksTests.issue(18, "DRAFT-ONLY-TITLE", "DRAFT-ONLY-EVENT", IssueStatus.DRAFT), List.of());
        store.insert(NoDraftLeaksTests.issue(19, "REVIEW-ONLY-TITLE", "REVIEW-ONLY-EVENT", IssueStatus.IN_REVIEW), List.of());
        IssueRef correction = revisions.copyAsCorrection(revisions.ref(17).orElseThrow(), "a correction not yet published");
        jdbc.sql("update event set description = 'CORRECTION-ONLY-EVENT' where issue_id = ? and kind = 'relationship'")
                .param(correction.id()).update();
    }

    @Test
    void readersGetThePublishedRevisionAsAWorkbookNamedAfterTheIssue() throws Exception {
        MockHttpServletResponse response = web.perform(get("/issues/17.xlsx")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"barometer-17.xlsx\"");
        ExportedIssue workbook = IssueXlsx.readAll("barometer-17.xlsx", response.getContentAsByteArray());
        assertThat(workbook.issue()).isEqualTo(store.find(17, 1).orElseThrow());
        assertThat(workbook.issue().status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(descriptions(workbook)).isNotEmpty().noneMatch(d -> d.contains("CORRECTION-ONLY"));
    }

    @Test
    void aDraftOrAnIssueInReviewIsNoPublicWorkbookEvenForTheTeam() throws Exception {
        for (String path : List.of("/issues/18.xlsx", "/issues/19.xlsx", "/issues/99.xlsx")) {
            assertThat(web.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(web.perform(get(path).with(TestActors.editor())).andReturn().getResponse().getStatus()).as(path + " signed in").isEqualTo(404);
        }
        MockHttpServletResponse signedIn = web.perform(get("/issues/17.xlsx").with(TestActors.editor())).andReturn().getResponse();
        assertThat(descriptions(IssueXlsx.readAll("x.xlsx", signedIn.getContentAsByteArray()))).noneMatch(d -> d.contains("CORRECTION-ONLY"));
    }

    @Test
    void theTeamGetsTheLatestRevisionFromTheWorkspaceAndNobodyElseDoes() throws Exception {
        MockHttpServletResponse draft = web.perform(get("/workspace/issues/18.xlsx").with(TestActors.analyst("russia"))).andReturn().getResponse();
        MockHttpServletResponse correction = web.perform(get("/workspace/issues/17.xlsx").with(TestActors.editor())).andReturn().getResponse();
        MockHttpServletResponse anonymous = web.perform(get("/workspace/issues/18.xlsx")).andReturn().getResponse();

        assertThat(draft.getStatus()).isEqualTo(200);
        assertThat(draft.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"barometer-18-revision-1.xlsx\"");
        ExportedIssue read = IssueXlsx.readAll("x.xlsx", draft.getContentAsByteArray());
        assertThat(read.issue().title()).isEqualTo("DRAFT-ONLY-TITLE");
        assertThat(read.issue().status()).isEqualTo(IssueStatus.DRAFT);
        assertThat(descriptions(IssueXlsx.readAll("x.xlsx", correction.getContentAsByteArray()))).anyMatch(d -> d.contains("CORRECTION-ONLY"));
        assertThat(anonymous.getStatus()).isIn(302, 401, 403);
        assertThat(anonymous.getContentAsByteArray()).isEmpty();
        assertThat(web.perform(get("/workspace/issues/99.xlsx").with(TestActors.editor())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theIssuePageLinksItsWorkbookBesideThePdfAndTheWorkspacePageLinksTheTeamsOne() throws Exception {
        Document page = Jsoup.parse(web.perform(get("/issues/17")).andReturn().getResponse().getContentAsString());
        Document russian = Jsoup.parse(web.perform(get("/issues/17?lang=ru")).andReturn().getResponse().getContentAsString());
        Document workspace = Jsoup.parse(web.perform(get("/workspace/issues/18").with(TestActors.editor())).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#xlsx-link").attr("href")).isEqualTo("/issues/17.xlsx");
        assertThat(page.select("#xlsx-link").text()).isEqualTo("Spreadsheet (.xlsx)");
        assertThat(page.select("#pdf-link").first().nextElementSibling()).isEqualTo(page.select("#xlsx-link").first());
        assertThat(russian.select("#xlsx-link").text()).isEqualTo("Таблица (.xlsx)");
        assertThat(workspace.select("#workspace-xlsx").attr("href")).isEqualTo("/workspace/issues/18.xlsx");
    }

    private static List<String> descriptions(ExportedIssue workbook) {
        return workbook.issue().catalogues().stream().flatMap(c -> c.events().stream()).map(Event::description).toList();
    }
}
