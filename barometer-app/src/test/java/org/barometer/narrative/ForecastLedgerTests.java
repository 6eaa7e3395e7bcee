package org.barometer.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueChanged;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.ForecastGrade;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.publicdata.PublishedData;
import org.barometer.report.IssueReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The forecast ledger end to end: statements written on the narrative pages of No. 1 while it was a draft, graded
 * against No. 2 once published (No. 3 is still a draft: pending), shown to readers on /forecasts, by the API, and at
 * the head of No. 2's forecast sections in its page and PDF, exactly as the method grades them.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastLedgerTests {

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    Forecasts forecasts;

    @Autowired
    ChangeLog changes;

    @Autowired
    PublishedData published;

    @Autowired
    IssueReports reports;

    @Autowired
    ApplicationEventPublisher events;

    /**
     * No. 1: Russia +1, the EU -2, security national -2, regional -3. No. 2: Russia +2 and -1, the EU not covered, security
     * national +1, regional -3 (Green). Statements of No. 1: Russia above 0 at 70% (true), Russia's negative points below
     * -2 (false), the EU above -5 at 50% (ungradeable), Green at 60% (true), national changes sign at 20% (true), and
     * Russia between -1 and +1 in No. 3 (pending).
     */
    @BeforeAll
    void twoPublishedIssuesAndADraft() throws Exception {
        issues.insert(issue(1, IssueStatus.DRAFT, List.of(1), List.of(-2), -2), List.of());
        add(1, "russia", analyst("russia"), Map.of("figure", "aggregate", "comparison", "above", "threshold", "0", "probability", "70"));
        add(1, "russia", analyst("russia"), Map.of("figure", "negative", "comparison", "below", "threshold", "-2"));
        add(1, "eu", editor(), Map.of("figure", "aggregate", "comparison", "above", "threshold", "-5", "probability", "50%"));
        add(1, "regional", securityAnalyst(), Map.of("figure", "level", "comparison", "stays_in", "colour", "green", "probability", "60"));
        add(1, "national", securityAnalyst(), Map.of("figure", "national", "comparison", "changes_sign", "probability", "20"));
        add(1, "russia", editor(), Map.of("figure", "aggregate", "comparison", "between", "threshold", "-1", "upper", "+1", "about", "3"));
        revisions.changeStatus(revisions.ref(1).orElseThrow(), IssueStatus.PUBLISHED);
        issues.insert(issue(2, IssueStatus.PUBLISHED, List.of(2, -1), List.of(), 1), List.of());
        issues.insert(issue(3, IssueStatus.DRAFT, List.of(1), List.of(1), 1), List.of());
        events.publishEvent(new IssueChanged(1));
    }

    @Test
    void theTrackRecordShowsEachStatementAsTheMethodGradesItAndTheTally() throws Exception {
        Issue one = issues.find(revisions.ref(1).orElseThrow().id()).orElseThrow();
        Issue two = issues.find(revisions.ref(2).orElseThrow().id()).orElseThrow();
        List<StoredForecast> stored = forecasts.of(revisions.ref(1).orElseThrow());
        List<String> verdicts = stored.stream().map(s -> s.statement().about() == 2 ? s.statement().grade(one, two).verdict().name() : "PENDING")
                .toList();
        assertThat(verdicts).containsExactly("TRUE", "FALSE", "UNGRADEABLE", "TRUE", "TRUE", "PENDING");

        Document page = page("/forecasts", "en");
        assertThat(page.select("#statements li").eachText()).containsExactly(
                "Issue No. 1: Russia's aggregate index above 0 in issue No. 2, probability 70%. Came true: "
                        + reason(stored.get(0), one, two) + "; Brier score 0.090",
                "Issue No. 1: Russia's negative points below \u22122 in issue No. 2. Did not come true: " + reason(stored.get(1), one, two),
                "Issue No. 1: the EU's aggregate index above \u22125 in issue No. 2, probability 50%. Cannot be graded: "
                        + "the EU is not covered by issue 2",
                "Issue No. 1: Regional tension's colour stays Green in issue No. 2, probability 60%. Came true: "
                        + reason(stored.get(3), one, two) + "; Brier score 0.160",
                "Issue No. 1: National security changes sign by issue No. 2, probability 20%. Came true: "
                        + reason(stored.get(4), one, two) + "; Brier score 0.640",
                "Issue No. 1: Russia's aggregate index between \u22121 and +1 in issue No. 3. Pending: issue No. 3 is not published yet");
        assertThat(page.select("#tally-russia td").eachText()).containsExactly("2", "1", "1", "0", "0.090");
        assertThat(page.select("#tally-eu td").eachText()).containsExactly("1", "0", "0", "1", "—");
        assertThat(page.select("#tally-security td").eachText()).containsExactly("2", "2", "0", "0", "0.400");
        assertThat(page.select("#tally-overall td").eachText()).containsExactly("5", "3", "1", "1", "0.297");
        assertThat(page.select("#reference").text()).contains("0.25");
        assertThat(page.select("nav.site-nav a[href=/forecasts]").attr("aria-current")).isEqualTo("page");
    }

    @Test
    void theApiGivesEveryStatementWithItsGradeBrierScoreAndTheTrackRecordAgainstAlwaysHalf() throws Exception {
        web.perform(get("/api/v1/forecasts")).andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(0.25))
                .andExpect(jsonPath("$.overall.statements").value(5))
                .andExpect(jsonPath("$.overall.cameTrue").value(3))
                .andExpect(jsonPath("$.overall.wereFalse").value(1))
                .andExpect(jsonPath("$.overall.ungradeable").value(1))
                .andExpect(jsonPath("$.overall.meanBrier", closeTo((0.09 + 0.16 + 0.64) / 3, 1e-9), Double.class))
                .andExpect(jsonPath("$.overall.beatsAlwaysHalf").value(false))
                .andExpect(jsonPath("$.subjects[0].subject").value("eu"))
                .andExpect(jsonPath("$.subjects[1].subject").value("russia"))
                .andExpect(jsonPath("$.subjects[1].meanBrier", closeTo(0.09, 1e-9), Double.class))
                .andExpect(jsonPath("$.subjects[1].beatsAlwaysHalf").value(true))
                .andExpect(jsonPath("$.statements[0].madeIn").value(1))
                .andExpect(jsonPath("$.statements[0].about").value(2))
                .andExpect(jsonPath("$.statements[0].figure").value("aggregate"))
                .andExpect(jsonPath("$.statements[0].comparison").value("above"))
                .andExpect(jsonPath("$.statements[0].probability").value(0.7))
                .andExpect(jsonPath("$.statements[0].outcome").value("true"))
                .andExpect(jsonPath("$.statements[0].brier", closeTo(0.09, 1e-9), Double.class))
                .andExpect(jsonPath("$.statements[1].outcome").value("false"))
                .andExpect(jsonPath("$.statements[1].brier").value(nullValue()))
                .andExpect(jsonPath("$.statements[2].outcome").value("ungradeable"))
                .andExpect(jsonPath("$.statements[2].brier").value(nullValue()))
                .andExpect(jsonPath("$.statements[3].colour").value("Green"))
                .andExpect(jsonPath("$.statements[5].thresholds[1]").value(1))
                .andExpect(jsonPath("$.statements[5].outcome").value("pending"))
                .andExpect(jsonPath("$.statements[5].reason").value(nullValue()));
        String openApi = web.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(openApi).contains("/api/v1/forecasts", "always saying 50%");
    }

    @Test
    void readersInRussianReadTheVerdictsAndWhyInRussian() throws Exception {
        Document page = page("/forecasts", "ru");
        assertThat(page.select("h1").text()).isEqualTo("Точность прогнозов");
        assertThat(page.select("#statements li").eachText()).containsExactly(
                "Выпуск № 1: Россия: агрегированный индекс — выше 0 в выпуске № 2, вероятность 70%. Сбылся: "
                        + "Россия: агрегированный индекс в выпуске № 2 — +1, выше 0; Оценка Брайера 0,090",
                "Выпуск № 1: Россия: отрицательные баллы — ниже \u22122 в выпуске № 2. Не сбылся: "
                        + "Россия: отрицательные баллы в выпуске № 2 — -1, не ниже -2",
                "Выпуск № 1: ЕС: агрегированный индекс — выше \u22125 в выпуске № 2, вероятность 50%. Оценить нельзя: "
                        + "ЕС: отношения не охвачены выпуском № 2",
                "Выпуск № 1: Цвет региональной напряжённости — остаётся «Зелёный» в выпуске № 2, вероятность 60%. Сбылся: "
                        + "Цвет региональной напряжённости в выпуске № 2 — зелёный; Оценка Брайера 0,160",
                "Выпуск № 1: Национальная безопасность — меняет знак к выпуску № 2, вероятность 20%. Сбылся: "
                        + "Национальная безопасность — -2 в выпуске № 1 и +1 в выпуске № 2; Оценка Брайера 0,640",
                "Выпуск № 1: Россия: агрегированный индекс — от \u22121 до +1 в выпуске № 3. Ожидает: выпуск № 3 ещё не опубликован");
        assertThat(page.select("#statements .reason").eachText()).allSatisfy(ForecastLedgerTests::saysNoEnglish);
        assertThat(page.select("#statements [lang=en]")).isEmpty();
        assertThat(page.select("#tally-russia th").text()).isEqualTo("Россия");
        assertThat(page.select("#tally-eu th").text()).isEqualTo("ЕС");
        assertThat(page.select("#tally-security th").text()).isEqualTo("Барометр безопасности");
    }

    @Test
    void theIssueGradedOpensItsForecastSectionsWithThePreviousStatementsInThePageAndThePdf() throws Exception {
        Document html = page("/issues/2", "en");
        assertThat(html.select("#relationship-russia .earlier-forecasts li").eachText()).containsExactly(
                "Issue No. 1: Russia's aggregate index above 0 in issue No. 2, probability 70% — Came true: Russia's aggregate index in issue 2 is +1, above 0; Brier score 0.090.",
                "Issue No. 1: Russia's negative points below \u22122 in issue No. 2 — Did not come true: Russia's negative points in issue 2 are -1, not below -2.");
        assertThat(html.select("#security-regional .earlier-forecasts li").text()).contains("stays Green", "Came true");
        assertThat(html.select("#security-national .earlier-forecasts li").text()).contains("changes sign", "Came true");
        assertThat(page("/issues/1", "en").select(".earlier-forecasts")).isEmpty();

        String english = pdfText(2, "en");
        assertThat(english).contains("How the statements earlier issues made about this one turned out:",
                "Issue No. 1: Russia's aggregate index above 0 in issue No. 2, probability 70% — Came true",
                "Brier score 0.090", "Cannot be graded: the EU is not covered by issue 2");
        String russian = pdfText(2, "ru");
        assertThat(russian).contains("Как сбылись утверждения прежних выпусков об этом выпуске:",
                "Выпуск № 1: Россия: агрегированный индекс — выше 0 в выпуске № 2, вероятность 70% — Сбылся: "
                        + "Россия: агрегированный индекс в выпуске № 2 — +1, выше 0; Оценка Брайера 0,090",
                "Оценить нельзя: ЕС: отношения не охвачены выпуском № 2",
                "Сбылся: Национальная безопасность — -2 в выпуске № 1 и +1 в выпуске № 2")
                .doesNotContain("is not covered", "in issue", "Russia", "the EU");
    }

    @Test
    void theRussianPublicationSaysWhyInRussianToReadersAndToTheTeam() throws Exception {
        for (RequestPostProcessor who : List.<RequestPostProcessor>of(request -> request, editor())) {
            Document html = Jsoup.parse(web.perform(get("/issues/2").param("lang", "ru").with(who)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            assertThat(html.select("#relationship-russia .earlier-forecasts li").eachText()).containsExactly(
                    "Выпуск № 1: Россия: агрегированный индекс — выше 0 в выпуске № 2, вероятность 70% — Сбылся: "
                            + "Россия: агрегированный индекс в выпуске № 2 — +1, выше 0; Оценка Брайера 0,090.",
                    "Выпуск № 1: Россия: отрицательные баллы — ниже \u22122 в выпуске № 2 — Не сбылся: "
                            + "Россия: отрицательные баллы в выпуске № 2 — -1, не ниже -2.");
            assertThat(html.select("#relationship-eu .earlier-forecasts .reason").text()).isEqualTo("ЕС: отношения не охвачены выпуском № 2");
            assertThat(html.select("#security-regional .earlier-forecasts .reason").text())
                    .isEqualTo("Цвет региональной напряжённости в выпуске № 2 — зелёный");
            assertThat(html.select(".earlier-forecasts .reason").eachText()).hasSize(5).allSatisfy(ForecastLedgerTests::saysNoEnglish);
            assertThat(html.select(".earlier-forecasts [lang=en]")).isEmpty();
        }
        Document english = page("/issues/2", "en");
        assertThat(english.select("#relationship-eu .earlier-forecasts .reason").text()).isEqualTo("the EU is not covered by issue 2");
    }

    @Test
    void theSectionsAnalystAddsAndRemovesAStatementInADraftAndTheHistorySaysSo() throws Exception {
        add(3, "russia", analyst("russia"), Map.of("figure", "positive", "comparison", "above", "threshold", "+4", "probability", "62.5"));
        Document draft = Jsoup.parse(web.perform(get("/workspace/issues/3/narrative/russia").with(analyst("russia")))
                .andReturn().getResponse().getContentAsString());
        assertThat(draft.select("#forecasts li .statement").eachText()).containsExactly("Russia's positive points above +4 in issue No. 4");
        assertThat(draft.select("#forecasts li .chance").text()).isEqualTo("probability 62.5%");

        web.perform(post("/workspace/issues/3/narrative/russia/forecasts/1/delete").with(analyst("russia")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(forecasts.of(revisions.ref(3).orElseThrow())).isEmpty();
        assertThat(changes.forIssue(3)).extracting(ChangeLog.Change::entity, ChangeLog.Change::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeLog.Entity.FORECAST, ChangeLog.Action.REMOVE),
                org.assertj.core.groups.Tuple.tuple(ChangeLog.Entity.FORECAST, ChangeLog.Action.ADD));
        String history = web.perform(get("/workspace/issues/3/history").with(editor())).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(history).text()).contains("Forecast statement: added", "Forecast statement: removed", "Thresholds: +4",
                "Probability: 62.5%");
        String russian = web.perform(get("/workspace/issues/3/history").param("lang", "ru").with(editor())).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(russian).text()).contains("Прогнозное утверждение", "Пороги: +4");
    }

    @Test
    void badStatementsAreRefusedWithTheFieldNamedAndNothingIsStored() throws Exception {
        Map<Map<String, String>, String> refused = Map.of(
                Map.of("figure", "aggregate", "comparison", "above", "threshold", "many"), "Threshold: \"many\" is not a whole number",
                Map.of("figure", "aggregate", "comparison", "between", "threshold", "1"), "Upper threshold: \"between\" needs a lower and an upper",
                Map.of("figure", "aggregate", "comparison", "above", "threshold", "1", "probability", "150"),
                "Probability: \"150\" is not a percentage from 0 to 100",
                Map.of("figure", "aggregate", "comparison", "above", "threshold", "1", "about", "2"),
                "About issue No.: \"2\" is not the number of an issue after No. 3",
                Map.of("figure", "national", "comparison", "above", "threshold", "1"), "Figure: choose one of this section's figures",
                Map.of("figure", "aggregate", "comparison", "between", "threshold", "3", "upper", "1"),
                "Comparison: between +3 and +1: the lower threshold comes first",
                Map.of("figure", "positive", "comparison", "changes_sign"), "Comparison: positive points keep their sign");
        for (Map.Entry<Map<String, String>, String> bad : refused.entrySet()) {
            String answer = web.perform(form(post("/workspace/issues/3/narrative/russia/forecasts"), bad.getKey()).with(analyst("russia")).with(csrf()))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(answer).select("#forecast-form .field-error").text()).as(bad.getKey().toString()).contains(bad.getValue());
        }
        String colour = web.perform(form(post("/workspace/issues/3/narrative/regional/forecasts").param("lang", "ru"),
                        Map.of("figure", "level", "comparison", "stays_in", "colour", "Purple")).with(securityAnalyst()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(colour).select("#forecast-form .field-error").text()).isEqualTo("Цвет: в цветовой шкале выпуска нет цвета «Purple».");
        assertThat(Jsoup.parse(colour).select("#forecast-colour").attr("aria-invalid")).isEqualTo("true");
        assertThat(forecasts.of(revisions.ref(3).orElseThrow())).isEmpty();
        assertThat(changes.forIssue(3)).noneMatch(change -> change.entity() == ChangeLog.Entity.FORECAST && change.action() == ChangeLog.Action.ADD
                && change.after().contains("many"));
    }

    @Test
    void aPublishedIssueTakesNoStatementAndAnotherSectionsAnalystNone() throws Exception {
        web.perform(form(post("/workspace/issues/1/narrative/russia/forecasts"), Map.of("figure", "aggregate", "comparison", "above", "threshold", "0"))
                .with(editor()).with(csrf())).andExpect(status().isForbidden());
        web.perform(form(post("/workspace/issues/3/narrative/russia/forecasts"), Map.of("figure", "aggregate", "comparison", "above", "threshold", "0"))
                .with(analyst("eu")).with(csrf())).andExpect(status().isForbidden());
        web.perform(post("/workspace/issues/1/narrative/russia/forecasts/1/delete").with(editor()).with(csrf())).andExpect(status().isForbidden());
        assertThat(forecasts.of(revisions.ref(1).orElseThrow())).hasSize(6);
    }

    /** None of the words the English reasons are made of. */
    private static void saysNoEnglish(String reason) {
        assertThat(reason).doesNotContainIgnoringCase("issue").doesNotContain("covered", "above", "below", "between", "Russia", "EU's",
                "the EU", "security", "tension", "Green", " is ", " are ", " was ");
    }

    private static String reason(StoredForecast stored, Issue madeIn, Issue about) {
        ForecastGrade grade = stored.statement().grade(madeIn, about);
        return grade.reason();
    }

    private void add(int number, String section, RequestPostProcessor who, Map<String, String> fields) throws Exception {
        web.perform(form(post("/workspace/issues/" + number + "/narrative/" + section + "/forecasts"), fields).with(who).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach(request::param);
        return request;
    }

    private Document page(String path, String language) throws Exception {
        return Jsoup.parse(web.perform(get(path).param("lang", language)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String pdfText(int number, String language) throws IOException {
        byte[] pdf = reports.publishedPdf(published.edition(), number, language).orElseThrow().content();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper seen = new PDFTextStripper();
            seen.setSortByPosition(true); // sentences that mix inline elements read as on the page
            return seen.getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Russia's events of the scores given, the EU's likewise (none: not covered), one security event of (national, -3). */
    static Issue issue(int number, IssueStatus status, List<Integer> russia, List<Integer> eu, int national) {
        Period period = Period.of(String.format("2022-%02d", 2 * number - 1), String.format("2022-%02d", 2 * number));
        DateExpression day = DateExpression.parse("5 " + period.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH), period);
        return new Issue(number, period, "Ledger No. " + number, status, null, null, List.of(
                new Catalogue(new Relationship("russia", "Russia"), russia.stream().map(score -> new Event(day, "Talks", score)).toList()),
                new Catalogue(new Relationship("eu", "the EU"), eu.stream().map(score -> new Event(day, "Sanctions", score)).toList())),
                new SecurityCatalogue(List.of(new SecurityEvent(day, "Exercise", national, -3))), List.of());
    }
}
