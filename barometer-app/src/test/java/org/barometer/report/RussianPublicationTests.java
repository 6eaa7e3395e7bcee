package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.report.ReportFixtures.*;

import org.barometer.WebTest;
import org.barometer.issue.IssueStore;
import org.barometer.method.IssueStatus;
import org.barometer.publicdata.PublishedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invented issue in Russian and in English: descriptions and narratives in the language asked for, the other
 * language where one is missing, tagged as such; every fixed text from the Russian bundle; names with the letters
 * of Belarusian, Polish and Lithuanian spelling.
 */
@WebTest
class RussianPublicationTests {

    static final int NUMBER = 62;

    static PdfPages russian;
    static PdfPages english;

    @Autowired
    IssueReports reports;


    @Autowired

    PublishedData published;

    @Autowired
    IssueStore store;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void renderBothLanguagesOnce() {
        if (russian == null) {
            if (!store.exists(NUMBER)) {
                storeInvented(store, jdbc, NUMBER, IssueStatus.PUBLISHED);
            }
            russian = PdfPages.read(ReportFixtures.forReaders(reports, published, NUMBER, ReportFormat.PDF, "ru").orElseThrow().content());
            english = PdfPages.read(ReportFixtures.forReaders(reports, published, NUMBER, ReportFormat.PDF, "en").orElseThrow().content());
        }
    }

    @Test
    void showsTheRussianDescriptionsExactlyAsWritten() {
        assertThat(russian.text()).contains("3 марта " + GRAIN_RU + " +2").contains("20–24 марта " + DRILL_RU + " −1 −2")
                .contains("12 марта " + VISA_RU + " +1")
                .doesNotContain(GRAIN_EN).doesNotContain(DRILL_EN);
    }

    @Test
    void showsTheEnglishDescriptionWhereTheRussianIsMissingAndSaysSoOncePerCatalogue() {
        assertThat(russian.text()).contains("середина апреля " + BORDER_EN + " −1")
                .contains("апрель " + PATROL_EN + " 0 −1");
        String russia = "Отношения с Россией Описания некоторых событий приводятся на английском языке. Россия. Событий: 2";
        String security = "Описания некоторых событий приводятся на английском языке. Событий в сфере безопасности: 2";
        assertThat(russian.text()).contains(russia, security);
        assertThat(count(russian.text(), "событий приводятся на английском языке")).as("one line for Russia's catalogue, one for security's").isEqualTo(2);
        assertThat(count(russian.text(), "(на английском языке)")).as("one tag for each narrative written in English only").isEqualTo(7);
    }

    @Test
    void showsTheRussianDescriptionWhereTheEnglishIsMissingAndSaysSoOncePerCatalogue() {
        assertThat(english.text()).contains("12 March " + VISA_RU + " +1")
                .contains("Relationship with the EU The descriptions of these events are in Russian. The EU: one event")
                .contains("3 March " + GRAIN_EN + " +2");
        assertThat(count(english.text(), "are in Russian")).isEqualTo(1);
        assertThat(count(english.text(), "(in Russian)")).as("the tag of regional security's forecast only").isEqualTo(1);
    }

    @Test
    void writesTheDatesOfTheRussianEditionInRussianAndOfTheEnglishAsWritten() {
        assertThat(russian.text()).contains("20–24 марта", "середина апреля", "апрель").doesNotContain("Mid-April", "20-24 March");
        assertThat(english.text()).contains("Mid-April " + BORDER_EN, "20-24 March " + DRILL_EN);
    }

    static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void writesEveryFixedTextInRussian() {
        assertThat(russian.page(1)).contains("БАРОМЕТР").contains(TITLE_RU).contains("№ 62").contains("Март–апрель 2023")
                .contains("Издатель: " + PUBLISHER);
        assertThat(russian.page(2)).startsWith(TITLE_RU + " № 62 · Март–апрель 2023");
        assertThat(russian.text()).contains("Предисловие редактора", "Содержание", "Основные показатели", "Индексы за март–апрель 2023", "Индексы развития отношений",
                "Отношения с Россией", "Отношения с Европейским союзом", "Барометр безопасности", "Тенденции", "События и процессы",
                "Прогноз", "Приложение 1. Каталог событий, лежащих в основе индексов развития отношений",
                "Приложение 2. Каталог событий, лежащих в основе индексов безопасности",
                "Приложение 3. Цветовая шкала региональной напряжённости", "Авторы", "Благодарности", "Итого +1 Отношения с Европейским союзом", "Итого −1 −3 (Зелёный)",
                "Национальная безопасность Тенденции", "Региональная безопасность Прогноз", "Динамика по выпускам появится начиная со второго выпуска.")
                .doesNotContain("Relationship with", "Appendix", "Summary", "Total");
        assertThat(russian.linesText()).contains("Уровень региональной напряжённости: Зелёный — Военная активность, которая не несёт прямой угрозы");
    }

    @Test
    void givesTheFigureOfRecordAndTheEditorsNoteInRussian() {
        assertThat(russian.text()).contains("Россия +3* +2 −1")
                .contains("Примечание редактора В таблицах выпуска приведены его официальные цифры")
                .contains("Раздел Показатель Опубликовано По каталогу Россия совокупный индекс +3 +1");
        assertThat(count(russian.text(), "Примечание редактора")).isEqualTo(1);
    }

    @Test
    void showsNarrativesInTheLanguageAskedForAndTheOtherOneTaggedWhereMissing() {
        assertThat(russian.linesText()).contains("Тенденции 1. Торговые переговоры возобновились. 2. Транзитные споры утихли.")
                .contains("События и процессы (на английском языке) Talks on a grain terminal resumed in March (the ministry's statement).")
                .contains("Прогноз (на английском языке) Trade Further agreements are likely in the summer.");
        assertThat(english.linesText()).contains("Trends 1. Trade talks resumed. 2. Transit disputes eased.");
    }

    @Test
    void leavesOutEveryPartNotWrittenInEitherLanguage() {
        String text = english.text();
        String eu = text.substring(text.indexOf("Relationship with the EU Indices"), text.indexOf("Security barometer Indices"));
        assertThat(eu).doesNotContain("Trends", "Forecast", "Developments", "Not written");
        assertThat(russian.text()).doesNotContainIgnoringCase("не написано");
        assertThat(english.text()).doesNotContainIgnoringCase("not written");
    }

    @Test
    void endsWithTheAcknowledgementsTheEditorWroteInEachLanguage() {
        // The link's words come out of the PDF's text after the rest of their line; the words are checked, not their order.
        assertThat(english.text()).contains("Acknowledgements We thank the", "of Šiauliai and Gdańsk.", "reviewers");
        assertThat(russian.text()).contains("Благодарности Благодарим", "из Шяуляя и Гданьска.", "рецензентов");
        assertThat(english.text()).doesNotContain("Barometer thanks everyone");
    }

    @Test
    void printsAuthorsWithTheLettersOfTheirNames() {
        assertThat(english.text()).contains("Authors " + AUTHOR + ", Invented Institute. " + AUTHOR_BIO);
        assertThat(russian.text()).contains(AUTHOR).contains(AUTHOR_BIO);
    }
}
