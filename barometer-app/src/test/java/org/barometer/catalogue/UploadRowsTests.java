package org.barometer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.importer.WordFiles;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.barometer.report.IssueWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Uploading an .xlsx sheet or a .docx table into a catalogue: its rows come to the paste preview, with the same checks,
 * and are stored only when confirmed, all together; a file that cannot give rows is refused with its reason and stores
 * nothing.
 */
@WebTest
class UploadRowsTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    Entries events;

    @Autowired
    ChangeLog changes;

    @Test
    void aSheetComesToThePreviewWithItsRowNumbersAndConfirmStoresEveryRow() throws Exception {
        issues.insert(Issues.issue(81, IssueStatus.DRAFT), List.of());
        Stored before = state(81);
        byte[] sheet = Sheets.workbook("Sheet1", List.of(
                List.of("Events of the Russia desk"),
                List.of(),
                List.of("Date", "Event", "Score", "Russian description", "Sources"),
                List.of(LocalDate.of(2023, 3, 5), "Talks on a new bridge", 1, "Переговоры о мосте", "https://example.org/bridge"),
                List.of("Mid-April", "Rail freight resumes", -2),
                List.of("30 April", "A score out of bound", 4)));

        Document page = Pages.html(web.perform(upload(81, "russia", "desk.xlsx", XLSX, sheet).with(analyst("russia")))
                .andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(page.getElementById("upload-source").text()).isEqualTo("Rows read from desk.xlsx. Change them below and preview again, or store them.");
        assertThat(page.select("#pasted tbody tr")).hasSize(3);
        assertThat(page.getElementById("line-4").select(".date").text()).isEqualTo("5 March");
        assertThat(page.getElementById("line-4").select(".means").text()).isEqualTo("2023-03-05");
        assertThat(page.getElementById("line-4").select(".descriptionRu").text()).isEqualTo("Переговоры о мосте");
        assertThat(page.getElementById("line-4").select(".score").text()).isEqualTo("+1");
        assertThat(page.getElementById("line-5").select(".means").text()).isEqualTo("2023-04-11 to 2023-04-20");
        assertThat(page.getElementById("line-5").select(".score").text()).isEqualTo("-2");
        assertThat(page.getElementById("line-6").select(".problems").text()).isEqualTo("Line 6: Score +4 is outside the issue's bound -3..+3.");
        assertThat(page.getElementById("confirm-paste").hasAttr("disabled")).isTrue();
        assertThat(state(81)).isEqualTo(before);

        String corrected = page.getElementById("pasted-again").wholeText().replace("out of bound\t4", "out of bound\t3");
        web.perform(confirm(81, corrected).with(analyst("russia"))).andExpect(status().is3xxRedirection());

        List<Entry> russia = events.entries(row(81), Stored.RUSSIA);
        assertThat(russia).hasSize(5);
        assertThat(russia.subList(2, 5)).extracting(Entry::description)
                .containsExactly("Talks on a new bridge", "Rail freight resumes", "A score out of bound");
        assertThat(russia.get(2).date().written()).isEqualTo("5 March");
        assertThat(russia.get(2).sources()).containsExactly("https://example.org/bridge");
        assertThat(russia.subList(2, 5)).extracting(Entry::scores).containsExactly(List.of(1), List.of(-2), List.of(3));
    }

    @Test
    void anIssueWorkbookGivesTheSheetOfThisCatalogueWithoutItsTotalRow() throws Exception {
        issues.insert(Issues.issue(82, IssueStatus.DRAFT), List.of());
        byte[] workbook = IssueWorkbook.write(Issues.issue(82, IssueStatus.DRAFT), List.of(), List.of(), List.of());

        Document eu = Pages.html(web.perform(upload(82, "eu", "issue-82.xlsx", XLSX, workbook).with(analyst("eu")))
                .andExpect(status().isOk()).andReturn());
        Document security = Pages.html(web.perform(upload(82, null, "issue-82.xlsx", XLSX, workbook).with(securityAnalyst()))
                .andExpect(status().isOk()).andReturn());

        assertThat(eu.select("#pasted tbody tr .description").eachText()).containsExactly("Visa centre reopens in the capital");
        assertThat(eu.getElementById("paste-summary").text()).isEqualTo("1 rows are ready to be stored.");
        assertThat(security.select("#pasted tbody tr .description").eachText())
                .containsExactly("Air defence drill near the western border", "Patrol flights along the frontier");
        assertThat(security.getElementById("line-2").select(".score").eachText()).containsExactly("-1", "-2");
        assertThat(security.getElementById("pasted-again").wholeText()).doesNotContain("Total");
    }

    @Test
    void aWordDocumentWithSeveralCataloguesGivesThisCataloguesTablesAndConfirmStoresThem() throws Exception {
        issues.insert(Issues.issue(83, IssueStatus.DRAFT), List.of());
        List<Object> parts = new ArrayList<>(WordFiles.catalogues(Issues.issue(83, IssueStatus.DRAFT)));
        // the EU's table split over two pages, its header repeated, with a Total row at the end
        parts.add(parts.indexOf("Appendix 2"), WordFiles.Table.of("Date\tEvent\tScore", "20 March\tTrade mission\n(second round) visits\t+2",
                "Total\t\t+3"));
        byte[] document = WordFiles.document(parts);

        Document eu = Pages.html(web.perform(upload(83, "eu", "issue.docx", DOCX, document).with(analyst("eu")))
                .andExpect(status().isOk()).andReturn());
        web.perform(confirm(83, "eu", eu.getElementById("pasted-again").wholeText()).with(analyst("eu"))).andExpect(status().is3xxRedirection());

        assertThat(eu.select("#pasted tbody tr .description").eachText())
                .containsExactly("Visa centre reopens in the capital", "Trade mission (second round) visits");
        assertThat(events.entries(row(83), Stored.EU)).extracting(e -> e.description().replaceAll("\\s+", " "))
                .containsExactly("Visa centre reopens in the capital", "Visa centre reopens in the capital", "Trade mission (second round) visits");
        assertThat(events.entries(row(83), Stored.EU).get(2).scores()).containsExactly(2);
    }

    @Test
    void aFileThatCannotGiveRowsIsRefusedWithItsReasonAndStoresNothing() throws Exception {
        issues.insert(Issues.issue(84, IssueStatus.DRAFT), List.of());
        Stored before = state(84);
        byte[] junk = new byte[4_000];
        new Random(84).nextBytes(junk);
        byte[] text = "Date\tEvent\tScore\n5 March\tTalks\t1\n".getBytes(StandardCharsets.UTF_8);
        byte[] locked = new byte[1_024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, locked, 0, 8);
        byte[] valid = Sheets.workbook("Sheet1", List.of(List.of("Date", "Event", "Score"), List.of("5 March", "Talks", 1)));
        List<List<Object>> many = new ArrayList<>(List.of(List.of("Date", "Event", "Score")));
        for (int i = 0; i <= PastedRows.MAX_ROWS; i++) {
            many.add(List.of("5 March", "Talks " + i, 1));
        }
        byte[] tooLarge = new byte[UploadedRows.MAX_BYTES + 1];
        System.arraycopy(valid, 0, tooLarge, 0, valid.length);

        assertThat(refusal(84, "junk.xlsx", junk)).isEqualTo("The file is not an .xlsx workbook or a .docx document (renaming a file does not make it one); nothing has been stored.");
        assertThat(refusal(84, "rows.docx", text)).isEqualTo("The file is not an .xlsx workbook or a .docx document (renaming a file does not make it one); nothing has been stored.");
        assertThat(refusal(84, "locked.xlsx", locked)).isEqualTo("The file is protected by a password or saved in the old .xls or .doc format; nothing has been stored. Save it as .xlsx or .docx without a password.");
        assertThat(refusal(84, "broken.xlsx", java.util.Arrays.copyOf(valid, valid.length / 2))).isEqualTo("The file cannot be read as an .xlsx workbook or a .docx document; it may be damaged. Nothing has been stored.");
        assertThat(refusal(84, "many.xlsx", Sheets.workbook("Sheet1", many))).isEqualTo("The file has more than 2,000 rows; nothing has been stored. Upload fewer rows at a time.");
        assertThat(refusal(84, "large.xlsx", tooLarge)).isEqualTo("The file is larger than 2 MB; nothing has been stored. Upload fewer rows at a time.");
        assertThat(refusal(84, "untitled.xlsx", Sheets.workbook("Sheet1", List.of(List.of("5 March", "Talks", 1)))))
                .isEqualTo("The file has no table whose first row names the columns Date, Event, Score; nothing has been stored.");
        assertThat(refusal(84, "words.docx", WordFiles.document(List.of("Only a paragraph", WordFiles.Table.of("Name\tValue", "a\tb")))))
                .isEqualTo("The file has no table whose first row names the columns Date, Event, Score; nothing has been stored.");
        assertThat(refusal(84, "china.docx", WordFiles.document(List.of("Relationship with China", WordFiles.Table.of("Date\tEvent\tScore", "5 March\tTalks\t1"),
                "Relationship with the U.S.", WordFiles.Table.of("Date\tEvent\tScore", "6 March\tTalks\t-1")))))
                .isEqualTo("The file holds the catalogues of China, the U.S. but not this one; nothing has been stored.");
        assertThat(Pages.html(web.perform(multipart("/workspace/issues/84/catalogue/russia/upload").with(csrf()).with(analyst("russia")))
                .andExpect(status().isUnprocessableContent()).andReturn()).getElementById("paste-refusal").text())
                .isEqualTo("Choose an .xlsx or .docx file to upload; nothing has been stored.");
        assertThat(state(84)).isEqualTo(before);
    }

    @Test
    void theRussianPageRefusesInRussianAndReadsRussianHeaders() throws Exception {
        issues.insert(Issues.issue(85, IssueStatus.DRAFT), List.of());
        byte[] russian = Sheets.workbook("Лист1", List.of(List.of("Дата", "Событие", "Балл"), List.of("5 March", "Переговоры", 1)));

        Document read = Pages.html(web.perform(upload(85, "russia", "лист.xlsx", XLSX, russian).param("lang", "ru").with(analyst("russia")))
                .andExpect(status().isOk()).andReturn());
        Document refused = Pages.html(web.perform(upload(85, "russia", "x.docx", DOCX, new byte[] {1, 2, 3}).param("lang", "ru").with(analyst("russia")))
                .andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(read.select("#pasted tbody tr .description").eachText()).containsExactly("Переговоры");
        assertThat(refused.getElementById("paste-refusal").text()).startsWith("Файл не является книгой .xlsx или документом .docx");
    }

    @Test
    void cellTextAndTheFileNameAreShownAsTextNeverRun() throws Exception {
        issues.insert(Issues.issue(86, IssueStatus.DRAFT), List.of());
        byte[] sheet = Sheets.workbook("Sheet1", List.of(List.of("Date", "Event", "Score", "Russian description"),
                List.of("5 March", "<script>alert('x')</script><b>bold</b>", 1, "<img src=x onerror=alert(1)>")));

        Document page = Pages.html(web.perform(upload(86, "russia", "<i>desk</i>.xlsx", XLSX, sheet).with(analyst("russia"))).andReturn());

        assertThat(page.select("#pasted script, #pasted b, #pasted img, #upload-source i")).isEmpty();
        assertThat(page.getElementById("line-2").select(".description").text()).isEqualTo("<script>alert('x')</script><b>bold</b>");
        assertThat(page.getElementById("line-2").select(".descriptionRu").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(page.getElementById("upload-source").text()).startsWith("Rows read from <i>desk</i>.xlsx.");
    }

    @Test
    void onlyThoseWhoMayEditTheCatalogueUploadToItAndThePageOffersThemTheForm() throws Exception {
        issues.insert(Issues.issue(87, IssueStatus.DRAFT), List.of());
        Stored before = state(87);
        byte[] sheet = Sheets.workbook("Sheet1", List.of(List.of("Date", "Event", "Score"), List.of("5 March", "Talks", 1)));

        web.perform(upload(87, "russia", "r.xlsx", XLSX, sheet).with(analyst("eu"))).andExpect(status().isForbidden());
        web.perform(upload(87, null, "r.xlsx", XLSX, sheet).with(analyst("russia"))).andExpect(status().isForbidden());
        web.perform(multipart("/workspace/issues/87/catalogue/russia/upload").file(new MockMultipartFile("file", "r.xlsx", XLSX, sheet))
                .with(analyst("russia"))).andExpect(status().isForbidden());
        web.perform(upload(87, "russia", "r.xlsx", XLSX, sheet)).andExpect(status().isForbidden());
        assertThat(state(87)).isEqualTo(before);

        Document theirs = Pages.html(web.perform(get("/workspace/issues/87/catalogue/russia").with(analyst("russia"))).andReturn());
        Document notTheirs = Pages.html(web.perform(get("/workspace/issues/87/catalogue/russia").with(analyst("eu"))).andReturn());
        assertThat(theirs.select("#upload-rows").attr("action")).isEqualTo("/workspace/issues/87/catalogue/russia/upload");
        assertThat(theirs.select("#upload-rows").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(theirs.select("#upload-rows input[name=_csrf]")).hasSize(1);
        assertThat(theirs.select("#upload-file").attr("data-max-bytes")).isEqualTo("2000000");
        assertThat(notTheirs.getElementById("upload-rows")).isNull();
    }

    private String refusal(int number, String name, byte[] content) throws Exception {
        Document page = Pages.html(web.perform(upload(number, "russia", name, "application/octet-stream", content).with(analyst("russia")))
                .andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(page.select("#pasted")).isEmpty();
        assertThat(page.getElementById("confirm-paste").hasAttr("disabled")).isTrue();
        return page.getElementById("paste-refusal").text();
    }

    private Stored state(int number) {
        return Stored.of(events, revisions, changes, number);
    }

    private long row(int number) {
        return revisions.ref(number).orElseThrow().id();
    }

    /** An upload to a relationship's catalogue, or to security's when the code is null. */
    static MockMultipartHttpServletRequestBuilder upload(int number, String code, String name, String type, byte[] content) {
        String page = code == null ? "/workspace/issues/" + number + "/security" : "/workspace/issues/" + number + "/catalogue/" + code;
        return (MockMultipartHttpServletRequestBuilder) multipart(page + "/upload").file(new MockMultipartFile("file", name, type, content)).with(csrf());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder confirm(int number, String pasted) {
        return confirm(number, "russia", pasted);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder confirm(int number, String code, String pasted) {
        return post("/workspace/issues/" + number + "/catalogue/" + code + "/paste/confirm").with(csrf()).param("pasted", pasted);
    }
}
