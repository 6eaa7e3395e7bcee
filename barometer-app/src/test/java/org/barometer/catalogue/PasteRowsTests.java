package org.barometer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.barometer.WebTest;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.EventContent;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Pasting many rows into a catalogue: a preview of every row with its problems on its line, nothing stored until the
 * analyst confirms, then every row stored together (and recorded) or none.
 */
@WebTest
class PasteRowsTests {

    private static final String THREE_ROWS = "Date\tEvent\tScore\n"
            + "5 March\tTalks on a new bridge\t+1\n"
            + "Late March\tRail freight resumes\t2\tВозобновлены грузовые перевозки\thttps://example.org/rail\n"
            + "\n"
            + "10-12 April\t\"Customs \"\"green corridor\"\" opened\"\t-1\t\thttps://example.org/a; https://example.org/b\n";

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

    @Autowired
    CatalogueEditing editing;

    @Test
    void previewShowsEveryRowAsReadAndStoresNothing() throws Exception {
        issues.insert(Issues.issue(71, IssueStatus.DRAFT), List.of());
        Stored before = state(71);

        Document page = Pages.html(web.perform(preview(71, THREE_ROWS).with(analyst("russia"))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#pasted tbody tr")).hasSize(3);
        Element bridge = page.getElementById("line-2");
        assertThat(bridge.select(".date").text()).isEqualTo("5 March");
        assertThat(bridge.select(".means").text()).isEqualTo("2023-03-05");
        assertThat(bridge.select(".score").text()).isEqualTo("+1");
        Element rail = page.getElementById("line-3");
        assertThat(rail.select(".means").text()).isEqualTo("2023-03-21 to 2023-03-31");
        assertThat(rail.select(".descriptionRu").text()).isEqualTo("Возобновлены грузовые перевозки");
        assertThat(rail.select(".score").text()).isEqualTo("+2");
        Element customs = page.getElementById("line-5");
        assertThat(customs.select(".description").text()).isEqualTo("Customs \"green corridor\" opened");
        assertThat(customs.select(".sources li").eachText()).containsExactly("https://example.org/a", "https://example.org/b");
        assertThat(page.getElementById("paste-summary").text()).isEqualTo("3 rows are ready to be stored.");
        assertThat(page.getElementById("confirm-paste").hasAttr("disabled")).isFalse();
        assertThat(page.getElementById("pasted-again").text()).contains("Talks on a new bridge");
        assertThat(state(71)).isEqualTo(before);
    }

    @Test
    void previewNamesEveryProblemWithItsLineAndConfirmIsRefused() throws Exception {
        issues.insert(Issues.issue(72, IssueStatus.DRAFT), List.of());
        Stored before = state(72);
        String pasted = "5 March\tTalks on a new bridge\t1\n"
                + "the 45th of Smarch\tA date nobody reads\t1\n"
                + "6 March\tToo high a score\t+4\n"
                + "7 March\tA score in words\tplenty\n"
                + "8 March\tOnly two cells\n"
                + "9 March\tA link that is not one\t1\t\tftp://example.org/file\n";

        Document page = Pages.html(web.perform(preview(72, pasted).with(analyst("russia"))).andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(page.getElementById("line-1").select(".problems li")).isEmpty();
        assertThat(page.getElementById("line-2").select(".problems").text()).startsWith("Line 2: ").contains("the 45th of Smarch");
        assertThat(page.getElementById("line-3").select(".problems").text()).isEqualTo("Line 3: Score +4 is outside the issue's bound -3..+3.");
        assertThat(page.getElementById("line-4").select(".problems").text()).isEqualTo("Line 4: Score: \"plenty\" is not a whole number.");
        assertThat(page.getElementById("line-5").select(".problems").text()).startsWith("Line 5: The row has 2 cells; give 3 to 5");
        assertThat(page.getElementById("line-6").select(".problems").text()).isEqualTo("Line 6: Not an http or https link: \"ftp://example.org/file\"");
        assertThat(page.getElementById("paste-summary").text()).isEqualTo("5 of 6 rows have problems; nothing can be stored until every row reads.");
        assertThat(page.getElementById("confirm-paste").hasAttr("disabled")).isTrue();

        web.perform(confirm(72, pasted).with(analyst("russia"))).andExpect(status().isUnprocessableContent());
        assertThat(state(72)).isEqualTo(before);
    }

    @Test
    void confirmStoresEveryRowInOrderAndRecordsEachAddition() throws Exception {
        issues.insert(Issues.issue(73, IssueStatus.DRAFT), List.of());
        int changesBefore = changes.forIssue(73).size();

        web.perform(confirm(73, THREE_ROWS).with(analyst("russia")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/workspace/issues/73/catalogue/russia#events"));

        List<Entry> russia = events.entries(row(73), new Subject("russia", "Russia"));
        assertThat(russia).hasSize(5);
        assertThat(russia.subList(2, 5)).extracting(Entry::description)
                .containsExactly("Talks on a new bridge", "Rail freight resumes", "Customs \"green corridor\" opened");
        assertThat(russia.get(3).descriptionRu()).isEqualTo("Возобновлены грузовые перевозки");
        assertThat(russia.get(4).sources()).containsExactly("https://example.org/a", "https://example.org/b");
        assertThat(russia.subList(2, 5)).extracting(Entry::scores).containsExactly(List.of(1), List.of(2), List.of(-1));
        List<ChangeLog.Change> added = changes.forIssue(73).subList(0, changes.forIssue(73).size() - changesBefore);
        assertThat(added).hasSize(3).allSatisfy(change -> {
            assertThat(change.account()).isEqualTo("analyst-russia");
            assertThat(change.action()).isEqualTo(ChangeLog.Action.CREATE);
        });
    }

    @Test
    void securityRowsCarryNationalAndRegionalScores() throws Exception {
        issues.insert(Issues.issue(74, IssueStatus.DRAFT), List.of());
        String pasted = "Date\tEvent\tNational\tRegional\n5 April\tNaval manoeuvres\t-1\t-2\n6 April\tJoint patrol\t0\t1\tСовместный патруль\n";

        Document page = Pages.html(web.perform(post("/workspace/issues/74/security/paste").with(csrf()).with(securityAnalyst())
                .param("pasted", pasted)).andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("line-2").select(".score").eachText()).containsExactly("-1", "-2");

        web.perform(post("/workspace/issues/74/security/paste/confirm").with(csrf()).with(securityAnalyst()).param("pasted", pasted))
                .andExpect(status().is3xxRedirection());
        List<Entry> security = events.entries(row(74), Subject.security());
        assertThat(security).hasSize(4);
        assertThat(security.get(2).scores()).containsExactly(-1, -2);
        assertThat(security.get(3).descriptionRu()).isEqualTo("Совместный патруль");
    }

    @Test
    void aRowChangedToBadAfterThePreviewIsRefusedAtConfirmAndNothingIsStored() throws Exception {
        issues.insert(Issues.issue(75, IssueStatus.DRAFT), List.of());
        Stored before = state(75);
        web.perform(preview(75, THREE_ROWS).with(analyst("russia"))).andExpect(status().isOk());

        String changed = THREE_ROWS + "11 April\t" + "x".repeat(1001) + "\t1\n";
        Document page = Pages.html(web.perform(confirm(75, changed).with(analyst("russia"))).andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(page.getElementById("line-6").select(".problems").text()).startsWith("Line 6: ").contains("1000");
        assertThat(state(75)).isEqualTo(before);
    }

    @Test
    void rowsAreStoredInOneTransactionSoAFailureAtTheLastStoresNone() {
        issues.insert(Issues.issue(76, IssueStatus.DRAFT), List.of());
        Stored before = state(76);
        EventContent good = new EventContent(Issues.date("5 March"), "Talks on a new bridge", "", List.of(), List.of(1));
        EventContent tooLong = new EventContent(Issues.date("6 March"), "y".repeat(1001), "", List.of(), List.of(1));
        Actor analyst = new Actor("analyst-russia", Role.ANALYST, Set.of("russia"), false);

        assertThatThrownBy(() -> editing.addAll(analyst, 76, new Subject("russia", "Russia"), List.of(good, good, tooLong)))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(state(76)).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoMayEditTheCataloguePasteIntoIt() throws Exception {
        issues.insert(Issues.issue(77, IssueStatus.DRAFT), List.of());
        Stored before = state(77);

        for (MockHttpServletRequestBuilder request : List.of(preview(77, THREE_ROWS), confirm(77, THREE_ROWS))) {
            web.perform(request.with(analyst("eu"))).andExpect(status().isForbidden());
        }
        web.perform(confirm(77, THREE_ROWS).with(securityAnalyst())).andExpect(status().isForbidden());
        web.perform(post("/workspace/issues/77/security/paste/confirm").with(csrf()).with(analyst("russia"))
                .param("pasted", "5 April\tNaval manoeuvres\t-1\t-2")).andExpect(status().isForbidden());
        web.perform(post("/workspace/issues/77/catalogue/russia/paste/confirm").with(analyst("russia")).param("pasted", THREE_ROWS))
                .andExpect(status().isForbidden());
        web.perform(confirm(77, THREE_ROWS)).andExpect(status().isForbidden());
        assertThat(state(77)).isEqualTo(before);

        web.perform(confirm(77, THREE_ROWS).with(editor())).andExpect(status().is3xxRedirection());
        assertThat(state(77)).isNotEqualTo(before);
    }

    @Test
    void aPasteOverTheLimitsIsRefusedWithItsReasonAndStoresNothing() throws Exception {
        issues.insert(Issues.issue(78, IssueStatus.DRAFT), List.of());
        Stored before = state(78);
        String tooMany = "5 March\tTalks\t1\n".repeat(PastedRows.MAX_ROWS + 1);
        String tooLarge = ("5 March\tTalks " + "z".repeat(900) + "\t1\n").repeat(1_200);

        Document many = Pages.html(web.perform(confirm(78, tooMany).with(analyst("russia"))).andExpect(status().isUnprocessableContent()).andReturn());
        Document large = Pages.html(web.perform(confirm(78, tooLarge).with(analyst("russia"))).andExpect(status().isUnprocessableContent()).andReturn());
        Document empty = Pages.html(web.perform(preview(78, "\n \n").with(analyst("russia"))).andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(many.getElementById("paste-refusal").text()).isEqualTo("The paste has more than 2,000 rows; nothing has been stored. Paste fewer rows at a time.");
        assertThat(large.getElementById("paste-refusal").text()).isEqualTo("The paste is larger than 1 MB; nothing has been stored. Paste fewer rows at a time.");
        assertThat(large.getElementById("pasted-again").text()).isEmpty();
        assertThat(empty.getElementById("paste-refusal").text()).isEqualTo("Nothing to store: the paste has no rows.");
        assertThat(state(78)).isEqualTo(before);

        web.perform(confirm(78, "5 March\tTalks\t1\n".repeat(PastedRows.MAX_ROWS)).with(analyst("russia"))).andExpect(status().is3xxRedirection());
        assertThat(events.entries(row(78), new Subject("russia", "Russia"))).hasSize(2 + PastedRows.MAX_ROWS);
    }

    @Test
    void aPasteWithACharacterNoFormMayCarryIsRefusedAndStoresNothing() throws Exception {
        issues.insert(Issues.issue(67, IssueStatus.DRAFT), List.of());
        Stored before = state(67);

        web.perform(confirm(67, "5 March\tTalks\u0007 on a bridge\t1\n").with(analyst("russia"))).andExpect(status().isBadRequest());

        assertThat(state(67)).isEqualTo(before);
    }

    @Test
    void pastedMarkupIsShownAsTextNeverRun() throws Exception {
        issues.insert(Issues.issue(79, IssueStatus.DRAFT), List.of());
        String pasted = "5 March\t<script>alert('x')</script><b>bold</b>\t1\t<img src=x onerror=alert(1)>\n<i>12 March</i>\tText\t1\n";

        Document page = Pages.html(web.perform(preview(79, pasted).with(analyst("russia"))).andReturn());

        assertThat(page.select("#pasted script, #pasted b, #pasted img, #pasted i")).isEmpty();
        assertThat(page.getElementById("line-1").select(".description").text()).isEqualTo("<script>alert('x')</script><b>bold</b>");
        assertThat(page.getElementById("line-1").select(".descriptionRu").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(page.getElementById("line-2").select(".date").text()).isEqualTo("<i>12 March</i>");
        assertThat(page.getElementById("pasted-again").text()).contains("<script>alert('x')</script>", "<i>12 March</i>");
    }

    @Test
    void aCellWithLineBreaksAsSpreadsheetsQuoteItStaysOneCellAndLinesAreCountedInThePaste() throws Exception {
        issues.insert(Issues.issue(69, IssueStatus.DRAFT), List.of());
        String pasted = "5 March\t\"Talks on a bridge,\r\nsecond round\"\t1\r\n6 March\tTalks on a \"toll\"\tlots\r\n";

        Document page = Pages.html(web.perform(preview(69, pasted).with(analyst("russia"))).andReturn());

        assertThat(page.select("#pasted tbody tr")).hasSize(2);
        assertThat(page.getElementById("line-1").select(".description").text()).isEqualTo("Talks on a bridge, second round");
        assertThat(page.getElementById("line-3").select(".description").text()).isEqualTo("Talks on a \"toll\"");
        assertThat(page.getElementById("line-3").select(".problems").text()).isEqualTo("Line 3: Score: \"lots\" is not a whole number.");
    }

    @Test
    void theRussianPageTellsTheProblemsInRussian() throws Exception {
        issues.insert(Issues.issue(68, IssueStatus.DRAFT), List.of());

        Document page = Pages.html(web.perform(preview(68, "Дата\tСобытие\tОценка\n5 March\tTalks\t+4\n").param("lang", "ru")
                .with(analyst("russia"))).andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(page.select("#pasted tbody tr")).hasSize(1);
        assertThat(page.getElementById("line-2").select(".problems").text()).isEqualTo("Строка 2: Оценка +4 выходит за пределы выпуска -3..+3.");
        assertThat(page.getElementById("paste-summary").text()).isEqualTo("Строк с ошибками: 1 из 1; сохранить ничего нельзя, пока не прочитается каждая строка.");
        assertThat(page.getElementById("confirm-paste").text()).isEqualTo("Сохранить все строки (1)");
    }

    @Test
    void aCellLongerThanItsColumnIsNamedByItsColumnAndLimitInTheReadersLanguage() throws Exception {
        issues.insert(Issues.issue(66, IssueStatus.DRAFT), List.of());
        Stored before = state(66);
        String pasted = "5 March\tTalks\t1\t" + "д".repeat(1_001) + "\n";

        Document english = Pages.html(web.perform(preview(66, pasted).with(analyst("russia"))).andExpect(status().isUnprocessableContent()).andReturn());
        Document russian = Pages.html(web.perform(preview(66, pasted).param("lang", "ru").with(analyst("russia")))
                .andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(english.getElementById("line-1").select(".problems").text())
                .isEqualTo("Line 1: Description (Russian) is 1001 characters long; at most 1000 are allowed");
        assertThat(russian.getElementById("line-1").select(".problems").text())
                .isEqualTo("Строка 1: Описание (по-русски) превышает предел в 1000 знаков (длина — 1001)");
        assertThat(state(66)).isEqualTo(before);
    }

    @Test
    void theCataloguePageOffersThePasteFormToItsEditorsOnly() throws Exception {
        issues.insert(Issues.issue(70, IssueStatus.DRAFT), List.of());

        Document theirs = Pages.html(web.perform(get("/workspace/issues/70/catalogue/russia").with(analyst("russia"))).andReturn());
        Document notTheirs = Pages.html(web.perform(get("/workspace/issues/70/catalogue/russia").with(analyst("eu"))).andReturn());

        assertThat(theirs.select("#paste-rows").attr("action")).isEqualTo("/workspace/issues/70/catalogue/russia/paste");
        assertThat(theirs.select("#paste-rows label").text()).contains("Date, Event, Score");
        assertThat(notTheirs.getElementById("paste-rows")).isNull();
    }

    private Stored state(int number) {
        return Stored.of(events, revisions, changes, number);
    }

    private long row(int number) {
        return revisions.ref(number).orElseThrow().id();
    }

    private static MockHttpServletRequestBuilder preview(int number, String pasted) {
        return post("/workspace/issues/" + number + "/catalogue/russia/paste").with(csrf()).param("pasted", pasted);
    }

    private static MockHttpServletRequestBuilder confirm(int number, String pasted) {
        return post("/workspace/issues/" + number + "/catalogue/russia/paste/confirm").with(csrf()).param("pasted", pasted);
    }
}
