package org.barometer.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.barometer.method.ScoreBound;
import org.barometer.method.Scores;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What a reader needs to understand the figures, with the sample issue No. 17 published: the method page, the
 * security barometer by issue, the data page's links to the API, one navigation on every public page, dates and
 * relationships written as people write them, in English and Russian.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadersUnderstandTests {

    /** Every public page a reader can reach by the navigation, the sample issue's relationships and a search. */
    static final List<String> PAGES = List.of("/", "/issues", "/issues/17", "/relationships/russia", "/relationships/eu",
            "/relationships/china", "/relationships/us", "/relationships/ukraine", "/security", "/search?q=Sochi", "/data", "/method", "/codebook");
    private static final List<String> NAVIGATION = List.of("/", "/issues", "/security", "/search", "/data", "/forecasts", "/method", "/codebook");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}");

    @Autowired
    MockMvc web;

    @Autowired
    SampleIssue sample;

    @BeforeAll
    void publishTheSample() {
        sample.loadIntoEmptyStore().orElseThrow();
    }

    @Test
    void theMethodPageGivesTheBoundAndEveryBandOfTheMethodsScale() throws Exception {
        Document method = page("/method", "en");

        assertThat(method.selectFirst("h1").text()).isEqualTo("About the method");
        assertThat(method.select("#bound").text()).contains("from " + Scores.signed(ScoreBound.DEFAULT.lowest()) + " to "
                + Scores.signed(ScoreBound.DEFAULT.highest()));
        List<Element> rows = method.select("#bands tbody tr");
        assertThat(rows).hasSize(ColourScale.DEFAULT.bands().size());
        for (int i = 0; i < rows.size(); i++) {
            ColourBand band = ColourScale.DEFAULT.bands().get(i);
            assertThat(rows.get(i).selectFirst("th").text()).isEqualTo(band.colour());
            if (band.lowest() != null) {
                assertThat(rows.get(i).select("td.range").text()).contains(Scores.signed(band.lowest()).replace('-', '\u2212'));
            }
            if (band.highest() != null) {
                assertThat(rows.get(i).select("td.range").text()).contains(Scores.signed(band.highest()).replace('-', '\u2212'));
            }
            assertThat(rows.get(i).select("td").last().text()).isEqualTo(band.meaning());
        }
        assertThat(method.select("#bands tbody tr").eachText()).contains("Yellow −12 to −7 " + ColourScale.DEFAULT.band("Yellow").orElseThrow().meaning());
        assertThat(method.select("#indices").text()).contains("aggregate index always equals positive points plus negative points");
        assertThat(method.select("#record").text()).contains("figures of record").contains("one editor's note");
        assertThat(method.select("#coverage").text()).contains("not the same as zero");
        assertThat(method.select("#corrections").text()).contains("never changed silently").contains("new, visible revision");
    }

    @Test
    void theMethodPageIsRussianInRussian() throws Exception {
        Document method = page("/method", "ru");

        assertThat(method.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(method.selectFirst("h1").text()).isEqualTo("О методике");
        assertThat(method.select("#bound").text()).contains("от -3 до +3");
        assertThat(method.select("#bands tbody tr th").eachText()).containsExactly("Белый", "Зелёный", "Жёлтый", "Оранжевый", "Красный");
        assertThat(method.select("#bands tbody tr").get(2).select("td.range").text()).isEqualTo("от −12 до −7");
        assertThat(method.select("#bands td[lang]")).as("the method's meanings are translated").isEmpty();
        assertThat(method.select("main").text()).doesNotContain("Yellow").contains("совокупный индекс всегда равен");
    }

    @Test
    void theMethodPageExplainsDoubleScoringTheCodebookSuggestionsAndTheForecastLedger() throws Exception {
        Document method = page("/method", "en");

        assertThat(method.select("#reliability").text()).contains("scores them again", "without seeing the first score",
                "Krippendorff's alpha", ".800 or more means the scores can be relied on", "between .667 and .800",
                "ordinal alpha", "interval alpha", "\"Reliability of the scores\"");
        assertThat(method.select("#range").text()).contains("\"+1 (0 … +1)\" means the index of record is +1 and would be 0 with the second coder's scores");
        assertThat(method.select("#codebook").text()).contains("anchors", "beside the score field");
        assertThat(method.select("#codebook a").attr("href")).isEqualTo("/codebook");
        assertThat(method.select("#suggestions").text()).contains("five most similar events", "median", "nothing is filled in");
        assertThat(method.select("#forecasts").text()).contains("graded true or false from its computed figures", "cannot be graded",
                "Brier score is (probability − outcome)²");
        assertThat(method.select("#track-record").text()).contains("A mean below 0.25 means the forecasts did better than always saying 50%");
        assertThat(method.select("#forecasts a").attr("href")).isEqualTo("/forecasts");

        Document russian = page("/method", "ru");
        assertThat(russian.select("#reliability h2").text()).isEqualTo("Надёжность оценок");
        assertThat(russian.select("#reliability").text()).contains("не видя первой оценки", "альфу Криппендорфа",
                "от 0,800 и выше", "от 0,667 до 0,800", "Порядковая альфа", "интервальная");
        assertThat(russian.select("#range").text()).contains("«+1 (0 … +1)» значит, что итоговый индекс равен +1, а со вторыми оценками был бы 0");
        assertThat(russian.select("#codebook").text()).contains("Кодовая книга", "рядом с полем оценки");
        assertThat(russian.select("#suggestions").text()).contains("пять самых похожих", "медиану", "ничего не заполняется");
        assertThat(russian.select("#forecasts").text()).contains("оценка Брайера", "оценить нельзя");
        assertThat(russian.select("#track-record").text()).contains("Среднее ниже 0,25 значит, что прогнозы были лучше, чем всегда говорить 50%");
        assertThat(russian.select("main").text()).as("no English left on the Russian page").doesNotContain("alpha", "Brier", "codebook");
    }

    @Test
    void theSecurityPageGivesEachIssuesBarometerWithItsColourAndCharts() throws Exception {
        Document security = page("/security", "en");

        Element row = security.selectFirst("#security-series tbody tr");
        assertThat(security.select("#security-series tbody tr")).hasSize(1);
        assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/issues/17");
        assertThat(row.selectFirst("th .period").text()).isEqualTo("September–October 2020");
        assertThat(row.selectFirst("th .events").text()).isEqualTo("21 security events");
        assertThat(row.selectFirst("td.national").text()).isEqualTo("-8");
        assertThat(row.selectFirst("td.regional").text()).isEqualTo("-10");
        assertThat(row.selectFirst(".badge").text()).isEqualTo("Yellow");
        assertThat(row.selectFirst(".meaning").text()).isEqualTo(ColourScale.DEFAULT.band("Yellow").orElseThrow().meaning());
        assertThat(row.select(".badge.level-yellow")).hasSize(1);
        assertThat(security.select("figure.chart svg")).hasSize(2);
        assertThat(security.select("figure.chart figcaption").text()).contains("No. 17 −8").contains("No. 17 −10");

        Document russian = page("/security", "ru");
        Element ru = russian.selectFirst("#security-series tbody tr");
        assertThat(ru.selectFirst("th .period").text()).isEqualTo("Сентябрь–октябрь 2020");
        assertThat(ru.selectFirst("th .events").text()).isEqualTo("событий безопасности: 21");
        assertThat(ru.selectFirst(".badge").text()).isEqualTo("Жёлтый");
        assertThat(ru.selectFirst(".meaning").text()).startsWith("Военная и иная активность");
        assertThat(russian.selectFirst("h1").text()).isEqualTo("Барометр безопасности");
    }

    @Test
    void theHomePageLinksTheMethodAndTheSecurityBarometerFromItsFigures() throws Exception {
        Document home = page("/", "en");

        assertThat(home.selectFirst("#method-link").attr("href")).isEqualTo("/method");
        assertThat(home.selectFirst("#method-link").text()).isEqualTo("How these figures are made");
        assertThat(home.selectFirst("#security-link").attr("href")).isEqualTo("/security");
        assertThat(home.select("main h2").text()).isEqualTo("Issue No. 17, September–October 2020");
        assertThat(page("/", "ru").select("main h2").text()).isEqualTo("Выпуск № 17, Сентябрь–октябрь 2020");
    }

    @Test
    void theDataPageLinksTheApiItsDescriptionAndTheFeedEachSayingWhatItIs() throws Exception {
        Document data = page("/data", "en");

        assertThat(data.select("#api-links a").eachAttr("href")).containsExactly("/api/v1/issues", "/api/v1/relationships",
                "/api/v1/security/series", "/api/v1/events", "/api/v1/forecasts", "/api/v1/scale");
        assertThat(data.select("#api-links li").eachText()).contains("/api/v1/issues/{number}/indices — an issue's indices, with the figures it stated and, where part of a "
                        + "catalogue was scored twice and the second scores give another index, its range (aggregateRange, nationalRange, regionalRange);")
                .allSatisfy(line -> assertThat(line).matches("/api/v1/\\S+ — \\S.*"));
        assertThat(data.selectFirst("#openapi-link").attr("href")).isEqualTo("/swagger-ui/index.html");
        assertThat(data.selectFirst("#feed-link").attr("href")).isEqualTo("/feed.atom");
        assertThat(data.select("#machine-links li").eachText()).allSatisfy(line -> assertThat(line).contains(" — "));
        for (String link : data.select("#api-links a, #machine-links a").eachAttr("href")) {
            assertThat(web.perform(get(link)).andReturn().getResponse().getStatus()).as(link).isEqualTo(200);
        }
        assertThat(page("/data", "ru").select("#feed-link").text()).isEqualTo("Лента Atom");
    }

    @Test
    void everyPublicPageIncludingTheIssueCarriesTheSiteNavigation() throws Exception {
        for (String language : List.of("en", "ru")) {
            for (String path : PAGES) {
                Document page = page(path, language);
                assertThat(page.select("nav.site-nav a").eachAttr("href")).as(path + " " + language).containsExactlyElementsOf(NAVIGATION);
            }
        }
        assertThat(page("/", "ru").select("nav.site-nav a").eachText())
                .containsExactly("Последний выпуск", "Выпуски", "Барометр безопасности", "Поиск событий", "Открытые данные", "Прогнозы", "О методике", "Кодовая книга");
        assertThat(page("/security", "en").select("nav.site-nav a[aria-current=page]").eachAttr("href")).containsExactly("/security");
    }

    @Test
    void noPublicPageShowsAnIsoDate() throws Exception {
        for (String language : List.of("en", "ru")) {
            for (String path : PAGES) {
                String text = page(path, language).body().text();
                assertThat(ISO_DATE.matcher(text).find()).as(path + " " + language + ": " + found(text)).isFalse();
            }
        }
    }

    @Test
    void noPublicPageShowsAMessagesEscapedApostrophe() throws Exception {
        for (String language : List.of("en", "ru")) {
            for (String path : PAGES) {
                assertThat(page(path, language).body().text()).as(path + " " + language).doesNotContain("''");
            }
        }
    }

    @Test
    void theArchiveWritesPeriodsAndPublicationDaysAsPeopleDo() throws Exception {
        Element row = page("/issues", "en").selectFirst("#archive tbody tr");
        assertThat(row.select("td").get(0).text()).isEqualTo("September–October 2020");
        assertThat(row.selectFirst("td.published").text()).matches("\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}");

        Element russian = page("/issues", "ru").selectFirst("#archive tbody tr");
        assertThat(russian.select("td").get(0).text()).isEqualTo("Сентябрь–октябрь 2020");
        assertThat(russian.selectFirst("td.published").text()).matches("\\d{1,2} [а-я]+ \\d{4}");
    }

    @Test
    void russianPagesNameRelationshipsAsThePublicationDoes() throws Exception {
        assertThat(page("/", "ru").select("#indices tbody th").eachText()).containsExactly("Россия", "ЕС", "Китай", "США", "Украина");
        assertThat(page("/issues", "ru").select("#relationships a").eachText()).contains("Россия", "ЕС", "США");
        assertThat(page("/relationships/russia", "ru").selectFirst("h1").text()).isEqualTo("Отношения с Россией");
        assertThat(page("/relationships/eu", "ru").selectFirst("h1").text()).isEqualTo("Отношения с Европейским союзом");
        assertThat(page("/relationships/eu", "ru").select("main > section p.period").eachText()).containsExactly("Сентябрь–октябрь 2020");
        assertThat(page("/relationships/eu", "en").select("main > section p.period").eachText()).containsExactly("September–October 2020");
        assertThat(page("/search?relationship=russia&minScore=3", "ru").select("#results tbody tr td:eq(1)").eachText())
                .isNotEmpty().allSatisfy(name -> assertThat(name).isEqualTo("Россия"));
        assertThat(page("/search", "ru").select("#relationship option[value=us]").text()).isEqualTo("США");
        assertThat(page("/", "ru").select("#figures-of-record tbody tr").eachText()).contains("Россия совокупный индекс +21 +23")
                .allSatisfy(note -> assertThat(note).doesNotContain("Russia", "China", "aggregate", "total"));
        assertThat(page("/", "en").select("#figures-of-record tbody tr").eachText()).contains("Russia aggregate +21 +23");
        assertThat(page("/", "en").select("#indices tbody th").eachText()).containsExactly("Russia", "the EU", "China", "the U.S.", "Ukraine");
    }

    @Test
    void theHomePageShowsTheFiguresOfRecordMarkedWithOneEditorsNoteAndNoDynamicsOfOneIssue() throws Exception {
        for (String language : List.of("en", "ru")) {
            Document home = page("/", language);
            List<String> russia = home.select("#indices tbody tr").first().select("td").eachText();

            assertThat(russia).as(language).containsExactly("24", "+21*", "+25*", "-4", "—");
            assertThat(home.select("#indices a.mark").eachAttr("href")).hasSize(4).containsOnly("#editors-note");
            assertThat(home.select("#security td.num").eachText()).contains("-8", "-10");
            assertThat(home.select("#figures-of-record tbody tr")).hasSize(6);
            assertThat(home.select("#editors-note")).hasSize(1);
            assertThat(home.select("figure.chart")).as("charts of a single issue").isEmpty();
            assertThat(home.select("#dynamics-later").text()).isNotBlank();
            assertThat(home.select("main h2 + p").text()).as("the issue's title in the page's language").isEqualTo(
                    language.equals("ru") ? "Минский барометр: мониторинг внешней политики и региональной безопасности"
                            : "MINSK BAROMETER: Monitoring of foreign policy and regional security");
            assertThat(page("/issues", language).select("td").eachText()).contains(home.select("main h2 + p").text());
        }
    }

    private static String found(String text) {
        var matcher = ISO_DATE.matcher(text);
        return matcher.find() ? text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 40)) : "";
    }

    private Document page(String path, String language) throws Exception {
        MvcResult result = web.perform(get(path).param("lang", language)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
